# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'support_donor_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from desktop.gui.widgets import DateEdit

class Ui_SupportDonorDialog(object):
    def setupUi(self, SupportDonorDialog):
        if not SupportDonorDialog.objectName():
            SupportDonorDialog.setObjectName(u"SupportDonorDialog")
        SupportDonorDialog.resize(480, 300)
        self.mainLayout = QVBoxLayout(SupportDonorDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_name = QLabel(SupportDonorDialog)
        self.label_name.setObjectName(u"label_name")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_name)

        self.name = QLineEdit(SupportDonorDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.label_kind = QLabel(SupportDonorDialog)
        self.label_kind.setObjectName(u"label_kind")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_kind)

        self.kind = QComboBox(SupportDonorDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.label_sex = QLabel(SupportDonorDialog)
        self.label_sex.setObjectName(u"label_sex")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_sex)

        self.sex = QComboBox(SupportDonorDialog)
        self.sex.setObjectName(u"sex")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sex)

        self.label_contact_person = QLabel(SupportDonorDialog)
        self.label_contact_person.setObjectName(u"label_contact_person")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_contact_person)

        self.contact_person = QLineEdit(SupportDonorDialog)
        self.contact_person.setObjectName(u"contact_person")
        self.contact_person.setMaxLength(120)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contact_person)

        self.label_phone = QLabel(SupportDonorDialog)
        self.label_phone.setObjectName(u"label_phone")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_phone)

        self.phone = QLineEdit(SupportDonorDialog)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(20)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.label_address = QLabel(SupportDonorDialog)
        self.label_address.setObjectName(u"label_address")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_address)

        self.address = QLineEdit(SupportDonorDialog)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(200)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.address)

        self.label_note = QLabel(SupportDonorDialog)
        self.label_note.setObjectName(u"label_note")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_note)

        self.note = QPlainTextEdit(SupportDonorDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.note)

        self.label_active = QLabel(SupportDonorDialog)
        self.label_active.setObjectName(u"label_active")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_active)

        self.active = QCheckBox(SupportDonorDialog)
        self.active.setObjectName(u"active")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.active)


        self.columns.addLayout(self.form)


        self.mainLayout.addLayout(self.columns)

        self.buttons = QDialogButtonBox(SupportDonorDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_name.setBuddy(self.name)
        self.label_kind.setBuddy(self.kind)
        self.label_sex.setBuddy(self.sex)
        self.label_contact_person.setBuddy(self.contact_person)
        self.label_phone.setBuddy(self.phone)
        self.label_address.setBuddy(self.address)
        self.label_note.setBuddy(self.note)
        self.label_active.setBuddy(self.active)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SupportDonorDialog)

        QMetaObject.connectSlotsByName(SupportDonorDialog)
    # setupUi

    def retranslateUi(self, SupportDonorDialog):
        SupportDonorDialog.setWindowTitle(QCoreApplication.translate("SupportDonorDialog", u"Nh\u00e0 h\u1ea3o t\u00e2m, \u0111\u01a1n v\u1ecb t\u00e0i tr\u1ee3", None))
        self.label_name.setText(QCoreApplication.translate("SupportDonorDialog", u"T\u00ean:", None))
        self.label_kind.setText(QCoreApplication.translate("SupportDonorDialog", u"Lo\u1ea1i:", None))
        self.label_sex.setText(QCoreApplication.translate("SupportDonorDialog", u"Gi\u1edbi t\u00ednh:", None))
#if QT_CONFIG(tooltip)
        self.sex.setToolTip(QCoreApplication.translate("SupportDonorDialog", u"Th\u01b0 c\u1ea3m \u01a1n g\u1ecdi \u00ab\u00f4ng\u00bb ho\u1eb7c \u00abb\u00e0\u00bb theo gi\u1edbi t\u00ednh; c\u01a1 quan, doanh nghi\u1ec7p \u0111\u01b0\u1ee3c g\u1ecdi b\u1eb1ng t\u00ean", None))
#endif // QT_CONFIG(tooltip)
        self.label_contact_person.setText(QCoreApplication.translate("SupportDonorDialog", u"Ng\u01b0\u1eddi li\u00ean h\u1ec7:", None))
        self.label_phone.setText(QCoreApplication.translate("SupportDonorDialog", u"\u0110i\u1ec7n tho\u1ea1i:", None))
        self.label_address.setText(QCoreApplication.translate("SupportDonorDialog", u"\u0110\u1ecba ch\u1ec9:", None))
        self.label_note.setText(QCoreApplication.translate("SupportDonorDialog", u"Ghi ch\u00fa:", None))
        self.label_active.setText(QCoreApplication.translate("SupportDonorDialog", u"Tr\u1ea1ng th\u00e1i:", None))
        self.active.setText(QCoreApplication.translate("SupportDonorDialog", u"C\u00f2n theo d\u00f5i", None))
    # retranslateUi

