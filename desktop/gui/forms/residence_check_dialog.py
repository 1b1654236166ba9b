# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'residence_check_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from desktop.gui.kit.pickers import (HouseholdPicker, OfficerMultiPicker, VillagePicker)
from desktop.gui.widgets import DateEdit

class Ui_ResidenceCheckDialog(object):
    def setupUi(self, ResidenceCheckDialog):
        if not ResidenceCheckDialog.objectName():
            ResidenceCheckDialog.setObjectName(u"ResidenceCheckDialog")
        ResidenceCheckDialog.resize(680, 460)
        self.mainLayout = QVBoxLayout(ResidenceCheckDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_checked_on = QLabel(ResidenceCheckDialog)
        self.label_checked_on.setObjectName(u"label_checked_on")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_checked_on)

        self.checked_on = DateEdit(ResidenceCheckDialog)
        self.checked_on.setObjectName(u"checked_on")
        self.checked_on.setMinimumWidth(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.checked_on)

        self.label_village = QLabel(ResidenceCheckDialog)
        self.label_village.setObjectName(u"label_village")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_village)

        self.village = VillagePicker(ResidenceCheckDialog)
        self.village.setObjectName(u"village")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.village)

        self.label_household = QLabel(ResidenceCheckDialog)
        self.label_household.setObjectName(u"label_household")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_household)

        self.household = HouseholdPicker(ResidenceCheckDialog)
        self.household.setObjectName(u"household")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.household)

        self.label_officers = QLabel(ResidenceCheckDialog)
        self.label_officers.setObjectName(u"label_officers")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_officers)

        self.officers = OfficerMultiPicker(ResidenceCheckDialog)
        self.officers.setObjectName(u"officers")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.officers)

        self.label_households_checked = QLabel(ResidenceCheckDialog)
        self.label_households_checked.setObjectName(u"label_households_checked")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_households_checked)

        self.households_checked = QSpinBox(ResidenceCheckDialog)
        self.households_checked.setObjectName(u"households_checked")
        self.households_checked.setMaximum(99999)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.households_checked)

        self.label_rooms_checked = QLabel(ResidenceCheckDialog)
        self.label_rooms_checked.setObjectName(u"label_rooms_checked")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_rooms_checked)

        self.rooms_checked = QSpinBox(ResidenceCheckDialog)
        self.rooms_checked.setObjectName(u"rooms_checked")
        self.rooms_checked.setMaximum(99999)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rooms_checked)

        self.label_violations = QLabel(ResidenceCheckDialog)
        self.label_violations.setObjectName(u"label_violations")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_violations)

        self.violations = QSpinBox(ResidenceCheckDialog)
        self.violations.setObjectName(u"violations")
        self.violations.setMaximum(9999)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.violations)

        self.label_note = QLabel(ResidenceCheckDialog)
        self.label_note.setObjectName(u"label_note")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_note)

        self.note = QPlainTextEdit(ResidenceCheckDialog)
        self.note.setObjectName(u"note")
        self.note.setMaximumHeight(72)
        self.note.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.note)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(ResidenceCheckDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_checked_on.setBuddy(self.checked_on)
        self.label_village.setBuddy(self.village)
        self.label_household.setBuddy(self.household)
        self.label_officers.setBuddy(self.officers)
        self.label_households_checked.setBuddy(self.households_checked)
        self.label_rooms_checked.setBuddy(self.rooms_checked)
        self.label_violations.setBuddy(self.violations)
        self.label_note.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResidenceCheckDialog)

        QMetaObject.connectSlotsByName(ResidenceCheckDialog)
    # setupUi

    def retranslateUi(self, ResidenceCheckDialog):
        ResidenceCheckDialog.setWindowTitle(QCoreApplication.translate("ResidenceCheckDialog", u"Ghi \u0111\u1ee3t ki\u1ec3m tra c\u01b0 tr\u00fa", None))
        self.label_checked_on.setText(QCoreApplication.translate("ResidenceCheckDialog", u"Ng\u00e0y ki\u1ec3m tra:", None))
        self.label_village.setText(QCoreApplication.translate("ResidenceCheckDialog", u"Th\u00f4n, bon:", None))
        self.label_household.setText(QCoreApplication.translate("ResidenceCheckDialog", u"H\u1ed9 (n\u1ebfu ki\u1ec3m tra m\u1ed9t h\u1ed9):", None))
        self.label_officers.setText(QCoreApplication.translate("ResidenceCheckDialog", u"C\u00e1n b\u1ed9 ki\u1ec3m tra:", None))
        self.label_households_checked.setText(QCoreApplication.translate("ResidenceCheckDialog", u"S\u1ed1 h\u1ed9 ki\u1ec3m tra:", None))
        self.label_rooms_checked.setText(QCoreApplication.translate("ResidenceCheckDialog", u"S\u1ed1 ph\u00f2ng tr\u1ecd ki\u1ec3m tra:", None))
        self.label_violations.setText(QCoreApplication.translate("ResidenceCheckDialog", u"S\u1ed1 vi ph\u1ea1m ph\u00e1t hi\u1ec7n:", None))
        self.label_note.setText(QCoreApplication.translate("ResidenceCheckDialog", u"K\u1ebft qu\u1ea3, ghi ch\u00fa:", None))
    # retranslateUi

