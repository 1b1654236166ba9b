# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'support_labour_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from desktop.gui.kit.pickers import OfficerPicker
from desktop.gui.widgets import DateEdit

class Ui_SupportLabourDialog(object):
    def setupUi(self, SupportLabourDialog):
        if not SupportLabourDialog.objectName():
            SupportLabourDialog.setObjectName(u"SupportLabourDialog")
        SupportLabourDialog.resize(420, 200)
        self.mainLayout = QVBoxLayout(SupportLabourDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_officer = QLabel(SupportLabourDialog)
        self.label_officer.setObjectName(u"label_officer")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_officer)

        self.officer = OfficerPicker(SupportLabourDialog)
        self.officer.setObjectName(u"officer")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officer)

        self.label_days = QLabel(SupportLabourDialog)
        self.label_days.setObjectName(u"label_days")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_days)

        self.days = QLineEdit(SupportLabourDialog)
        self.days.setObjectName(u"days")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.days)

        self.label_work_date = QLabel(SupportLabourDialog)
        self.label_work_date.setObjectName(u"label_work_date")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_work_date)

        self.work_date = DateEdit(SupportLabourDialog)
        self.work_date.setObjectName(u"work_date")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.work_date)

        self.label_note = QLabel(SupportLabourDialog)
        self.label_note.setObjectName(u"label_note")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_note)

        self.note = QLineEdit(SupportLabourDialog)
        self.note.setObjectName(u"note")
        self.note.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note)


        self.columns.addLayout(self.form)


        self.mainLayout.addLayout(self.columns)

        self.buttons = QDialogButtonBox(SupportLabourDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_officer.setBuddy(self.officer)
        self.label_days.setBuddy(self.days)
        self.label_work_date.setBuddy(self.work_date)
        self.label_note.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SupportLabourDialog)

        QMetaObject.connectSlotsByName(SupportLabourDialog)
    # setupUi

    def retranslateUi(self, SupportLabourDialog):
        SupportLabourDialog.setWindowTitle(QCoreApplication.translate("SupportLabourDialog", u"Ng\u00e0y c\u00f4ng c\u1ee7a c\u00e1n b\u1ed9", None))
        self.label_officer.setText(QCoreApplication.translate("SupportLabourDialog", u"C\u00e1n b\u1ed9:", None))
        self.label_days.setText(QCoreApplication.translate("SupportLabourDialog", u"S\u1ed1 ng\u00e0y c\u00f4ng:", None))
        self.days.setPlaceholderText(QCoreApplication.translate("SupportLabourDialog", u"vd. 2 ho\u1eb7c 1,5", None))
        self.label_work_date.setText(QCoreApplication.translate("SupportLabourDialog", u"Ng\u00e0y l\u00e0m:", None))
        self.label_note.setText(QCoreApplication.translate("SupportLabourDialog", u"Ghi ch\u00fa:", None))
    # retranslateUi

