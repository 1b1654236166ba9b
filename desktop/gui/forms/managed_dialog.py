# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'managed_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from desktop.gui.kit.pickers import (OfficerPicker, PersonPicker)
from desktop.gui.widgets import DateEdit

class Ui_ManagedDialog(object):
    def setupUi(self, ManagedDialog):
        if not ManagedDialog.objectName():
            ManagedDialog.setObjectName(u"ManagedDialog")
        ManagedDialog.resize(680, 380)
        self.mainLayout = QVBoxLayout(ManagedDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_person = QLabel(ManagedDialog)
        self.label_person.setObjectName(u"label_person")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_person)

        self.person = PersonPicker(ManagedDialog)
        self.person.setObjectName(u"person")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person)

        self.label_category = QLabel(ManagedDialog)
        self.label_category.setObjectName(u"label_category")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_category)

        self.categoryLayout = QHBoxLayout()
        self.categoryLayout.setObjectName(u"categoryLayout")
        self.category = QComboBox(ManagedDialog)
        self.category.setObjectName(u"category")

        self.categoryLayout.addWidget(self.category)

        self.category_note = QLineEdit(ManagedDialog)
        self.category_note.setObjectName(u"category_note")
        self.category_note.setMaxLength(200)

        self.categoryLayout.addWidget(self.category_note)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.categoryLayout)

        self.label_decision = QLabel(ManagedDialog)
        self.label_decision.setObjectName(u"label_decision")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_decision)

        self.decision = QLineEdit(ManagedDialog)
        self.decision.setObjectName(u"decision")
        self.decision.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decision)

        self.label_starts_on = QLabel(ManagedDialog)
        self.label_starts_on.setObjectName(u"label_starts_on")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_starts_on)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.starts_on = DateEdit(ManagedDialog)
        self.starts_on.setObjectName(u"starts_on")
        self.starts_on.setMinimumWidth(100)

        self.periodLayout.addWidget(self.starts_on)

        self.label_ends_on = QLabel(ManagedDialog)
        self.label_ends_on.setObjectName(u"label_ends_on")

        self.periodLayout.addWidget(self.label_ends_on)

        self.ends_on = DateEdit(ManagedDialog)
        self.ends_on.setObjectName(u"ends_on")
        self.ends_on.setMinimumWidth(100)

        self.periodLayout.addWidget(self.ends_on)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.label_officer = QLabel(ManagedDialog)
        self.label_officer.setObjectName(u"label_officer")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_officer)

        self.officer = OfficerPicker(ManagedDialog)
        self.officer.setObjectName(u"officer")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.officer)

        self.label_note = QLabel(ManagedDialog)
        self.label_note.setObjectName(u"label_note")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_note)

        self.note = QPlainTextEdit(ManagedDialog)
        self.note.setObjectName(u"note")
        self.note.setMaximumHeight(72)
        self.note.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.note)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(ManagedDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_person.setBuddy(self.person)
        self.label_category.setBuddy(self.category)
        self.label_decision.setBuddy(self.decision)
        self.label_starts_on.setBuddy(self.starts_on)
        self.label_officer.setBuddy(self.officer)
        self.label_note.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ManagedDialog)

        QMetaObject.connectSlotsByName(ManagedDialog)
    # setupUi

    def retranslateUi(self, ManagedDialog):
        ManagedDialog.setWindowTitle(QCoreApplication.translate("ManagedDialog", u"\u0110\u01b0a v\u00e0o di\u1ec7n qu\u1ea3n l\u00fd", None))
        self.label_person.setText(QCoreApplication.translate("ManagedDialog", u"Nh\u00e2n kh\u1ea9u:", None))
        self.label_category.setText(QCoreApplication.translate("ManagedDialog", u"Di\u1ec7n qu\u1ea3n l\u00fd:", None))
        self.category_note.setPlaceholderText(QCoreApplication.translate("ManagedDialog", u"ghi r\u00f5 di\u1ec7n kh\u00e1c", None))
        self.label_decision.setText(QCoreApplication.translate("ManagedDialog", u"Quy\u1ebft \u0111\u1ecbnh, c\u0103n c\u1ee9:", None))
        self.label_starts_on.setText(QCoreApplication.translate("ManagedDialog", u"T\u1eeb ng\u00e0y:", None))
        self.label_ends_on.setText(QCoreApplication.translate("ManagedDialog", u"\u0110\u1ebfn ng\u00e0y:", None))
        self.label_officer.setText(QCoreApplication.translate("ManagedDialog", u"C\u00e1n b\u1ed9 ph\u1ee5 tr\u00e1ch:", None))
        self.label_note.setText(QCoreApplication.translate("ManagedDialog", u"Ghi ch\u00fa:", None))
    # retranslateUi

