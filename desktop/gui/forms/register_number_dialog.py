# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_number_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_RegisterNumberDialog(object):
    def setupUi(self, RegisterNumberDialog):
        if not RegisterNumberDialog.objectName():
            RegisterNumberDialog.setObjectName(u"RegisterNumberDialog")
        RegisterNumberDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(RegisterNumberDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hint = QLabel(RegisterNumberDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.mainLayout.addWidget(self.hint)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_number = QLabel(RegisterNumberDialog)
        self.label_number.setObjectName(u"label_number")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_number)

        self.number = QSpinBox(RegisterNumberDialog)
        self.number.setObjectName(u"number")
        self.number.setMinimum(1)
        self.number.setMaximum(99999)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number)

        self.label_doc_date = QLabel(RegisterNumberDialog)
        self.label_doc_date.setObjectName(u"label_doc_date")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_doc_date)

        self.doc_date = QDateEdit(RegisterNumberDialog)
        self.doc_date.setObjectName(u"doc_date")
        self.doc_date.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.doc_date)

        self.label_kind_code = QLabel(RegisterNumberDialog)
        self.label_kind_code.setObjectName(u"label_kind_code")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_kind_code)

        self.kind_code = QComboBox(RegisterNumberDialog)
        self.kind_code.setObjectName(u"kind_code")
        self.kind_code.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind_code)

        self.label_subject = QLabel(RegisterNumberDialog)
        self.label_subject.setObjectName(u"label_subject")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_subject)

        self.subject = QLineEdit(RegisterNumberDialog)
        self.subject.setObjectName(u"subject")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.subject)

        self.label_signer = QLabel(RegisterNumberDialog)
        self.label_signer.setObjectName(u"label_signer")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_signer)

        self.signer = QLineEdit(RegisterNumberDialog)
        self.signer.setObjectName(u"signer")
        self.signer.setMaxLength(160)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.signer)

        self.label_recipients = QLabel(RegisterNumberDialog)
        self.label_recipients.setObjectName(u"label_recipients")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_recipients)

        self.recipients = QLineEdit(RegisterNumberDialog)
        self.recipients.setObjectName(u"recipients")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.recipients)

        self.label_copies = QLabel(RegisterNumberDialog)
        self.label_copies.setObjectName(u"label_copies")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_copies)

        self.copies = QSpinBox(RegisterNumberDialog)
        self.copies.setObjectName(u"copies")
        self.copies.setMinimum(1)
        self.copies.setMaximum(999)
        self.copies.setValue(2)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.copies)

        self.label_note = QLabel(RegisterNumberDialog)
        self.label_note.setObjectName(u"label_note")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_note)

        self.note = QLineEdit(RegisterNumberDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.note)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(RegisterNumberDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_number.setBuddy(self.number)
        self.label_doc_date.setBuddy(self.doc_date)
        self.label_kind_code.setBuddy(self.kind_code)
        self.label_subject.setBuddy(self.subject)
        self.label_signer.setBuddy(self.signer)
        self.label_recipients.setBuddy(self.recipients)
        self.label_copies.setBuddy(self.copies)
        self.label_note.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.number, self.doc_date)
        QWidget.setTabOrder(self.doc_date, self.kind_code)
        QWidget.setTabOrder(self.kind_code, self.subject)
        QWidget.setTabOrder(self.subject, self.signer)
        QWidget.setTabOrder(self.signer, self.recipients)
        QWidget.setTabOrder(self.recipients, self.copies)
        QWidget.setTabOrder(self.copies, self.note)

        self.retranslateUi(RegisterNumberDialog)

        QMetaObject.connectSlotsByName(RegisterNumberDialog)
    # setupUi

    def retranslateUi(self, RegisterNumberDialog):
        RegisterNumberDialog.setWindowTitle(QCoreApplication.translate("RegisterNumberDialog", u"V\u00e0o s\u1ed5 s\u1ed1 v\u0103n b\u1ea3n l\u1ea5y b\u1eb1ng tay", None))
        self.hint.setText(QCoreApplication.translate("RegisterNumberDialog", u"V\u0103n b\u1ea3n vi\u1ebft ngo\u00e0i CAXA \u0111\u00e3 l\u1ea5y s\u1ed1: ghi v\u00e0o s\u1ed5 \u0111\u1ec3 s\u1ed1 n\u00e0y kh\u00f4ng bao gi\u1edd \u0111\u01b0\u1ee3c c\u1ea5p l\u1ea1i.", None))
        self.label_number.setText(QCoreApplication.translate("RegisterNumberDialog", u"S\u1ed1:", None))
        self.label_doc_date.setText(QCoreApplication.translate("RegisterNumberDialog", u"Ng\u00e0y v\u0103n b\u1ea3n:", None))
        self.doc_date.setDisplayFormat(QCoreApplication.translate("RegisterNumberDialog", u"dd/MM/yyyy", None))
        self.label_kind_code.setText(QCoreApplication.translate("RegisterNumberDialog", u"K\u00fd hi\u1ec7u lo\u1ea1i v\u0103n b\u1ea3n:", None))
        self.label_subject.setText(QCoreApplication.translate("RegisterNumberDialog", u"Tr\u00edch y\u1ebfu:", None))
        self.label_signer.setText(QCoreApplication.translate("RegisterNumberDialog", u"Ng\u01b0\u1eddi k\u00fd:", None))
        self.label_recipients.setText(QCoreApplication.translate("RegisterNumberDialog", u"N\u01a1i nh\u1eadn:", None))
        self.recipients.setPlaceholderText(QCoreApplication.translate("RegisterNumberDialog", u"C\u00e1ch nhau b\u1eb1ng d\u1ea5u ch\u1ea5m ph\u1ea9y, vd. C\u00f4ng an t\u1ec9nh; L\u01b0u: VT", None))
        self.label_copies.setText(QCoreApplication.translate("RegisterNumberDialog", u"S\u1ed1 b\u1ea3n:", None))
        self.label_note.setText(QCoreApplication.translate("RegisterNumberDialog", u"Ghi ch\u00fa:", None))
    # retranslateUi

