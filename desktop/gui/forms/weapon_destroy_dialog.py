# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'weapon_destroy_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WeaponDestroyDialog(object):
    def setupUi(self, WeaponDestroyDialog):
        if not WeaponDestroyDialog.objectName():
            WeaponDestroyDialog.setObjectName(u"WeaponDestroyDialog")
        WeaponDestroyDialog.resize(560, 120)
        self.mainLayout = QVBoxLayout(WeaponDestroyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(WeaponDestroyDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_when = QLabel(WeaponDestroyDialog)
        self.label_when.setObjectName(u"label_when")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_when)

        self.when = QDateEdit(WeaponDestroyDialog)
        self.when.setObjectName(u"when")
        self.when.setCalendarPopup(True)
        self.when.setMinimumSize(QSize(120, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.when)

        self.label_decision = QLabel(WeaponDestroyDialog)
        self.label_decision.setObjectName(u"label_decision")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_decision)

        self.decision = QLineEdit(WeaponDestroyDialog)
        self.decision.setObjectName(u"decision")
        self.decision.setMaxLength(60)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decision)

        self.label_note = QLabel(WeaponDestroyDialog)
        self.label_note.setObjectName(u"label_note")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_note)

        self.note = QLineEdit(WeaponDestroyDialog)
        self.note.setObjectName(u"note")
        self.note.setMaxLength(500)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(WeaponDestroyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_when.setBuddy(self.when)
        self.label_decision.setBuddy(self.decision)
        self.label_note.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WeaponDestroyDialog)

        QMetaObject.connectSlotsByName(WeaponDestroyDialog)
    # setupUi

    def retranslateUi(self, WeaponDestroyDialog):
        WeaponDestroyDialog.setWindowTitle(QCoreApplication.translate("WeaponDestroyDialog", u"Ghi nh\u1eadn ti\u00eau h\u1ee7y", None))
        self.intro.setText("")
        self.label_when.setText(QCoreApplication.translate("WeaponDestroyDialog", u"Ng\u00e0y ti\u00eau h\u1ee7y:", None))
        self.when.setDisplayFormat(QCoreApplication.translate("WeaponDestroyDialog", u"dd/MM/yyyy", None))
        self.label_decision.setText(QCoreApplication.translate("WeaponDestroyDialog", u"S\u1ed1 quy\u1ebft \u0111\u1ecbnh/bi\u00ean b\u1ea3n ti\u00eau h\u1ee7y:", None))
        self.decision.setPlaceholderText(QCoreApplication.translate("WeaponDestroyDialog", u"vd. 27/Q\u0110-H\u0110TH", None))
        self.label_note.setText(QCoreApplication.translate("WeaponDestroyDialog", u"Ghi ch\u00fa:", None))
    # retranslateUi

