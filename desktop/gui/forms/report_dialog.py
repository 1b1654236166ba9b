# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_dialog.ui'
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
    QTimeEdit, QVBoxLayout, QWidget)

from desktop.gui.kit.pickers import (OfficerPicker, PersonPicker)
from desktop.gui.widgets import DateEdit

class Ui_ReportDialog(object):
    def setupUi(self, ReportDialog):
        if not ReportDialog.objectName():
            ReportDialog.setObjectName(u"ReportDialog")
        ReportDialog.resize(720, 600)
        self.mainLayout = QVBoxLayout(ReportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_number_text = QLabel(ReportDialog)
        self.label_number_text.setObjectName(u"label_number_text")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_number_text)

        self.number_text = QLabel(ReportDialog)
        self.number_text.setObjectName(u"number_text")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number_text)

        self.label_date = QLabel(ReportDialog)
        self.label_date.setObjectName(u"label_date")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_date)

        self.whenLayout = QHBoxLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.date = DateEdit(ReportDialog)
        self.date.setObjectName(u"date")
        self.date.setMinimumWidth(100)

        self.whenLayout.addWidget(self.date)

        self.time = QTimeEdit(ReportDialog)
        self.time.setObjectName(u"time")

        self.whenLayout.addWidget(self.time)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.whenSpacer)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.whenLayout)

        self.label_kind = QLabel(ReportDialog)
        self.label_kind.setObjectName(u"label_kind")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_kind)

        self.kind = QComboBox(ReportDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.label_channel = QLabel(ReportDialog)
        self.label_channel.setObjectName(u"label_channel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_channel)

        self.channel = QComboBox(ReportDialog)
        self.channel.setObjectName(u"channel")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.channel)

        self.label_source_person = QLabel(ReportDialog)
        self.label_source_person.setObjectName(u"label_source_person")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_source_person)

        self.source_person = PersonPicker(ReportDialog)
        self.source_person.setObjectName(u"source_person")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.source_person)

        self.label_source_name = QLabel(ReportDialog)
        self.label_source_name.setObjectName(u"label_source_name")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_source_name)

        self.source_name = QLineEdit(ReportDialog)
        self.source_name.setObjectName(u"source_name")
        self.source_name.setMaxLength(160)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.source_name)

        self.label_source_contact = QLabel(ReportDialog)
        self.label_source_contact.setObjectName(u"label_source_contact")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_source_contact)

        self.source_contact = QLineEdit(ReportDialog)
        self.source_contact.setObjectName(u"source_contact")
        self.source_contact.setMaxLength(200)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.source_contact)

        self.label_content = QLabel(ReportDialog)
        self.label_content.setObjectName(u"label_content")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_content)

        self.content = QPlainTextEdit(ReportDialog)
        self.content.setObjectName(u"content")
        self.content.setMaximumHeight(80)
        self.content.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.content)

        self.label_officer = QLabel(ReportDialog)
        self.label_officer.setObjectName(u"label_officer")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_officer)

        self.officer = OfficerPicker(ReportDialog)
        self.officer.setObjectName(u"officer")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.officer)

        self.label_status = QLabel(ReportDialog)
        self.label_status.setObjectName(u"label_status")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_status)

        self.status = QComboBox(ReportDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.status)

        self.label_transferred_to = QLabel(ReportDialog)
        self.label_transferred_to.setObjectName(u"label_transferred_to")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_transferred_to)

        self.transferred_to = QLineEdit(ReportDialog)
        self.transferred_to.setObjectName(u"transferred_to")
        self.transferred_to.setMaxLength(200)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.transferred_to)

        self.label_transferred_on = QLabel(ReportDialog)
        self.label_transferred_on.setObjectName(u"label_transferred_on")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.label_transferred_on)

        self.transferLayout = QHBoxLayout()
        self.transferLayout.setObjectName(u"transferLayout")
        self.transferred_on = DateEdit(ReportDialog)
        self.transferred_on.setObjectName(u"transferred_on")
        self.transferred_on.setMinimumWidth(100)

        self.transferLayout.addWidget(self.transferred_on)

        self.label_transfer_number = QLabel(ReportDialog)
        self.label_transfer_number.setObjectName(u"label_transfer_number")

        self.transferLayout.addWidget(self.label_transfer_number)

        self.transfer_number = QLineEdit(ReportDialog)
        self.transfer_number.setObjectName(u"transfer_number")
        self.transfer_number.setMaxLength(60)

        self.transferLayout.addWidget(self.transfer_number)


        self.form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.transferLayout)

        self.label_closed_on = QLabel(ReportDialog)
        self.label_closed_on.setObjectName(u"label_closed_on")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.label_closed_on)

        self.closed_on = DateEdit(ReportDialog)
        self.closed_on.setObjectName(u"closed_on")
        self.closed_on.setMinimumWidth(100)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.closed_on)

        self.label_result = QLabel(ReportDialog)
        self.label_result.setObjectName(u"label_result")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.label_result)

        self.result = QPlainTextEdit(ReportDialog)
        self.result.setObjectName(u"result")
        self.result.setMaximumHeight(56)
        self.result.setTabChangesFocus(True)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.result)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(ReportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_number_text.setBuddy(self.number_text)
        self.label_date.setBuddy(self.date)
        self.label_kind.setBuddy(self.kind)
        self.label_channel.setBuddy(self.channel)
        self.label_source_person.setBuddy(self.source_person)
        self.label_source_name.setBuddy(self.source_name)
        self.label_source_contact.setBuddy(self.source_contact)
        self.label_content.setBuddy(self.content)
        self.label_officer.setBuddy(self.officer)
        self.label_status.setBuddy(self.status)
        self.label_transferred_to.setBuddy(self.transferred_to)
        self.label_transferred_on.setBuddy(self.transferred_on)
        self.label_closed_on.setBuddy(self.closed_on)
        self.label_result.setBuddy(self.result)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportDialog)

        QMetaObject.connectSlotsByName(ReportDialog)
    # setupUi

    def retranslateUi(self, ReportDialog):
        ReportDialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"Ti\u1ebfp nh\u1eadn t\u1ed1 gi\u00e1c, tin b\u00e1o", None))
        self.label_number_text.setText(QCoreApplication.translate("ReportDialog", u"S\u1ed1 th\u1ee9 t\u1ef1:", None))
        self.number_text.setText(QCoreApplication.translate("ReportDialog", u"C\u1ea5p t\u1ef1 \u0111\u1ed9ng khi l\u01b0u", None))
        self.label_date.setText(QCoreApplication.translate("ReportDialog", u"Th\u1eddi gian ti\u1ebfp nh\u1eadn:", None))
        self.time.setDisplayFormat(QCoreApplication.translate("ReportDialog", u"HH:mm", None))
        self.label_kind.setText(QCoreApplication.translate("ReportDialog", u"Lo\u1ea1i ngu\u1ed3n tin:", None))
        self.label_channel.setText(QCoreApplication.translate("ReportDialog", u"H\u00ecnh th\u1ee9c ti\u1ebfp nh\u1eadn:", None))
        self.label_source_person.setText(QCoreApplication.translate("ReportDialog", u"Ng\u01b0\u1eddi b\u00e1o tin (nh\u00e2n kh\u1ea9u):", None))
        self.label_source_name.setText(QCoreApplication.translate("ReportDialog", u"Ho\u1eb7c ng\u01b0\u1eddi, c\u01a1 quan kh\u00e1c:", None))
        self.label_source_contact.setText(QCoreApplication.translate("ReportDialog", u"\u0110\u1ecba ch\u1ec9, \u0111i\u1ec7n tho\u1ea1i:", None))
        self.label_content.setText(QCoreApplication.translate("ReportDialog", u"N\u1ed9i dung:", None))
        self.label_officer.setText(QCoreApplication.translate("ReportDialog", u"C\u00e1n b\u1ed9 ti\u1ebfp nh\u1eadn:", None))
        self.label_status.setText(QCoreApplication.translate("ReportDialog", u"T\u00ecnh tr\u1ea1ng:", None))
        self.label_transferred_to.setText(QCoreApplication.translate("ReportDialog", u"Chuy\u1ec3n \u0111\u1ebfn c\u01a1 quan:", None))
        self.label_transferred_on.setText(QCoreApplication.translate("ReportDialog", u"Ng\u00e0y chuy\u1ec3n:", None))
        self.label_transfer_number.setText(QCoreApplication.translate("ReportDialog", u"S\u1ed1 v\u0103n b\u1ea3n:", None))
        self.label_closed_on.setText(QCoreApplication.translate("ReportDialog", u"Ng\u00e0y gi\u1ea3i quy\u1ebft xong:", None))
        self.label_result.setText(QCoreApplication.translate("ReportDialog", u"K\u1ebft qu\u1ea3 x\u00e1c minh, gi\u1ea3i quy\u1ebft:", None))
    # retranslateUi

