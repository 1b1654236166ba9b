# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'household_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from desktop.gui.kit.pickers import (PersonPicker, VillagePicker)

class Ui_HouseholdDialog(object):
    def setupUi(self, HouseholdDialog):
        if not HouseholdDialog.objectName():
            HouseholdDialog.setObjectName(u"HouseholdDialog")
        HouseholdDialog.resize(520, 220)
        self.mainLayout = QVBoxLayout(HouseholdDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_number = QLabel(HouseholdDialog)
        self.label_number.setObjectName(u"label_number")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_number)

        self.number = QLineEdit(HouseholdDialog)
        self.number.setObjectName(u"number")
        self.number.setMaxLength(40)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number)

        self.label_village = QLabel(HouseholdDialog)
        self.label_village.setObjectName(u"label_village")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_village)

        self.village = VillagePicker(HouseholdDialog)
        self.village.setObjectName(u"village")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.village)

        self.label_address = QLabel(HouseholdDialog)
        self.label_address.setObjectName(u"label_address")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_address)

        self.address = QLineEdit(HouseholdDialog)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(250)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address)

        self.label_head = QLabel(HouseholdDialog)
        self.label_head.setObjectName(u"label_head")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_head)

        self.head = PersonPicker(HouseholdDialog)
        self.head.setObjectName(u"head")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.head)

        self.label_note = QLabel(HouseholdDialog)
        self.label_note.setObjectName(u"label_note")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_note)

        self.note = QLineEdit(HouseholdDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.note)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(HouseholdDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_number.setBuddy(self.number)
        self.label_village.setBuddy(self.village)
        self.label_address.setBuddy(self.address)
        self.label_head.setBuddy(self.head)
        self.label_note.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HouseholdDialog)

        QMetaObject.connectSlotsByName(HouseholdDialog)
    # setupUi

    def retranslateUi(self, HouseholdDialog):
        HouseholdDialog.setWindowTitle(QCoreApplication.translate("HouseholdDialog", u"L\u1eadp h\u1ed9 m\u1edbi", None))
        self.label_number.setText(QCoreApplication.translate("HouseholdDialog", u"S\u1ed1 h\u1ed9 *", None))
        self.label_village.setText(QCoreApplication.translate("HouseholdDialog", u"Th\u00f4n, bon *", None))
        self.label_address.setText(QCoreApplication.translate("HouseholdDialog", u"\u0110\u1ecba ch\u1ec9", None))
        self.label_head.setText(QCoreApplication.translate("HouseholdDialog", u"Ch\u1ee7 h\u1ed9", None))
        self.label_note.setText(QCoreApplication.translate("HouseholdDialog", u"Ghi ch\u00fa", None))
    # retranslateUi

