# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'loan_dialog.ui'
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

from desktop.gui.kit.pickers import OfficerPicker
from desktop.gui.widgets import DateEdit

class Ui_LoanDialog(object):
    def setupUi(self, LoanDialog):
        if not LoanDialog.objectName():
            LoanDialog.setObjectName(u"LoanDialog")
        LoanDialog.resize(500, 250)
        self.mainLayout = QVBoxLayout(LoanDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_borrower = QLabel(LoanDialog)
        self.label_borrower.setObjectName(u"label_borrower")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_borrower)

        self.borrower = QLineEdit(LoanDialog)
        self.borrower.setObjectName(u"borrower")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.borrower)

        self.label_unit = QLabel(LoanDialog)
        self.label_unit.setObjectName(u"label_unit")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_unit)

        self.unit = QLineEdit(LoanDialog)
        self.unit.setObjectName(u"unit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unit)

        self.label_purpose = QLabel(LoanDialog)
        self.label_purpose.setObjectName(u"label_purpose")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_purpose)

        self.purpose = QLineEdit(LoanDialog)
        self.purpose.setObjectName(u"purpose")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.label_out_date = QLabel(LoanDialog)
        self.label_out_date.setObjectName(u"label_out_date")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_out_date)

        self.out_date = DateEdit(LoanDialog)
        self.out_date.setObjectName(u"out_date")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.out_date)

        self.label_due_date = QLabel(LoanDialog)
        self.label_due_date.setObjectName(u"label_due_date")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_due_date)

        self.due_date = DateEdit(LoanDialog)
        self.due_date.setObjectName(u"due_date")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.due_date)

        self.label_officer = QLabel(LoanDialog)
        self.label_officer.setObjectName(u"label_officer")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_officer)

        self.officer = OfficerPicker(LoanDialog)
        self.officer.setObjectName(u"officer")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.officer)

        self.label_request_ref = QLabel(LoanDialog)
        self.label_request_ref.setObjectName(u"label_request_ref")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_request_ref)

        self.request_ref = QLineEdit(LoanDialog)
        self.request_ref.setObjectName(u"request_ref")
        self.request_ref.setMaxLength(200)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.request_ref)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(LoanDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_borrower.setBuddy(self.borrower)
        self.label_unit.setBuddy(self.unit)
        self.label_purpose.setBuddy(self.purpose)
        self.label_out_date.setBuddy(self.out_date)
        self.label_due_date.setBuddy(self.due_date)
        self.label_officer.setBuddy(self.officer)
        self.label_request_ref.setBuddy(self.request_ref)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LoanDialog)

        QMetaObject.connectSlotsByName(LoanDialog)
    # setupUi

    def retranslateUi(self, LoanDialog):
        LoanDialog.setWindowTitle(QCoreApplication.translate("LoanDialog", u"Cho m\u01b0\u1ee3n h\u1ed3 s\u01a1", None))
        self.label_borrower.setText(QCoreApplication.translate("LoanDialog", u"Ng\u01b0\u1eddi m\u01b0\u1ee3n *", None))
        self.label_unit.setText(QCoreApplication.translate("LoanDialog", u"\u0110\u01a1n v\u1ecb", None))
        self.label_purpose.setText(QCoreApplication.translate("LoanDialog", u"M\u1ee5c \u0111\u00edch *", None))
        self.label_out_date.setText(QCoreApplication.translate("LoanDialog", u"Ng\u00e0y m\u01b0\u1ee3n *", None))
        self.label_due_date.setText(QCoreApplication.translate("LoanDialog", u"H\u1ea1n tr\u1ea3 *", None))
        self.label_officer.setText(QCoreApplication.translate("LoanDialog", u"C\u00e1n b\u1ed9 giao", None))
        self.label_request_ref.setText(QCoreApplication.translate("LoanDialog", u"V\u0103n b\u1ea3n \u0111\u1ec1 ngh\u1ecb", None))
        self.request_ref.setPlaceholderText(QCoreApplication.translate("LoanDialog", u"S\u1ed1, ng\u00e0y, n\u01a1i g\u1eedi gi\u1ea5y \u0111\u1ec1 ngh\u1ecb (n\u1ebfu c\u00f3)", None))
    # retranslateUi

