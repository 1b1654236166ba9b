# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from desktop.gui.kit.pickers import OfficerPicker
from desktop.gui.widgets import DateEdit

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.resize(600, 300)
        self.mainLayout = QVBoxLayout(ContactDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_person_text = QLabel(ContactDialog)
        self.label_person_text.setObjectName(u"label_person_text")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_person_text)

        self.person_text = QLabel(ContactDialog)
        self.person_text.setObjectName(u"person_text")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person_text)

        self.label_contact_date = QLabel(ContactDialog)
        self.label_contact_date.setObjectName(u"label_contact_date")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_contact_date)

        self.contact_date = DateEdit(ContactDialog)
        self.contact_date.setObjectName(u"contact_date")
        self.contact_date.setMinimumWidth(100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contact_date)

        self.label_kind = QLabel(ContactDialog)
        self.label_kind.setObjectName(u"label_kind")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_kind)

        self.kind = QComboBox(ContactDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.label_officer = QLabel(ContactDialog)
        self.label_officer.setObjectName(u"label_officer")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_officer)

        self.officer = OfficerPicker(ContactDialog)
        self.officer.setObjectName(u"officer")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.officer)

        self.label_note = QLabel(ContactDialog)
        self.label_note.setObjectName(u"label_note")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_note)

        self.note = QPlainTextEdit(ContactDialog)
        self.note.setObjectName(u"note")
        self.note.setMaximumHeight(80)
        self.note.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.note)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(ContactDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_person_text.setBuddy(self.person_text)
        self.label_contact_date.setBuddy(self.contact_date)
        self.label_kind.setBuddy(self.kind)
        self.label_officer.setBuddy(self.officer)
        self.label_note.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactDialog)

        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Ghi l\u1ea7n l\u00e0m vi\u1ec7c v\u1edbi \u0111\u1ed1i t\u01b0\u1ee3ng", None))
        self.label_person_text.setText(QCoreApplication.translate("ContactDialog", u"Ng\u01b0\u1eddi \u0111\u01b0\u1ee3c qu\u1ea3n l\u00fd:", None))
        self.person_text.setText(QCoreApplication.translate("ContactDialog", u"\u2014", None))
        self.label_contact_date.setText(QCoreApplication.translate("ContactDialog", u"Ng\u00e0y:", None))
        self.label_kind.setText(QCoreApplication.translate("ContactDialog", u"H\u00ecnh th\u1ee9c:", None))
        self.label_officer.setText(QCoreApplication.translate("ContactDialog", u"C\u00e1n b\u1ed9:", None))
        self.label_note.setText(QCoreApplication.translate("ContactDialog", u"N\u1ed9i dung:", None))
    # retranslateUi

