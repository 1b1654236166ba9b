# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'award_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from desktop.gui.kit.pickers import OfficerPicker
from desktop.gui.widgets import DateEdit

class Ui_AwardDialog(object):
    def setupUi(self, AwardDialog):
        if not AwardDialog.objectName():
            AwardDialog.setObjectName(u"AwardDialog")
        AwardDialog.resize(520, 330)
        self.mainLayout = QVBoxLayout(AwardDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_officer = QLabel(AwardDialog)
        self.label_officer.setObjectName(u"label_officer")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_officer)

        self.officer = OfficerPicker(AwardDialog)
        self.officer.setObjectName(u"officer")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officer)

        self.label_title_combo = QLabel(AwardDialog)
        self.label_title_combo.setObjectName(u"label_title_combo")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_title_combo)

        self.title_combo = QComboBox(AwardDialog)
        self.title_combo.setObjectName(u"title_combo")
        self.title_combo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_combo)

        self.label_issued_by = QLabel(AwardDialog)
        self.label_issued_by.setObjectName(u"label_issued_by")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_issued_by)

        self.issued_by = QLineEdit(AwardDialog)
        self.issued_by.setObjectName(u"issued_by")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issued_by)

        self.label_decision_number = QLabel(AwardDialog)
        self.label_decision_number.setObjectName(u"label_decision_number")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_decision_number)

        self.decision_number = QLineEdit(AwardDialog)
        self.decision_number.setObjectName(u"decision_number")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decision_number)

        self.label_date = QLabel(AwardDialog)
        self.label_date.setObjectName(u"label_date")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_date)

        self.date = DateEdit(AwardDialog)
        self.date.setObjectName(u"date")
        self.date.setMinimumWidth(100)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.date)

        self.label_reason = QLabel(AwardDialog)
        self.label_reason.setObjectName(u"label_reason")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_reason)

        self.reason = QPlainTextEdit(AwardDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMaximumHeight(60)
        self.reason.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reason)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(AwardDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_officer.setBuddy(self.officer)
        self.label_title_combo.setBuddy(self.title_combo)
        self.label_issued_by.setBuddy(self.issued_by)
        self.label_decision_number.setBuddy(self.decision_number)
        self.label_date.setBuddy(self.date)
        self.label_reason.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AwardDialog)

        QMetaObject.connectSlotsByName(AwardDialog)
    # setupUi

    def retranslateUi(self, AwardDialog):
        AwardDialog.setWindowTitle(QCoreApplication.translate("AwardDialog", u"Th\u00eam khen th\u01b0\u1edfng", None))
        self.label_officer.setText(QCoreApplication.translate("AwardDialog", u"C\u00e1n b\u1ed9:", None))
        self.label_title_combo.setText(QCoreApplication.translate("AwardDialog", u"H\u00ecnh th\u1ee9c:", None))
        self.label_issued_by.setText(QCoreApplication.translate("AwardDialog", u"C\u01a1 quan khen th\u01b0\u1edfng:", None))
        self.issued_by.setPlaceholderText(QCoreApplication.translate("AwardDialog", u"vd. Gi\u00e1m \u0111\u1ed1c C\u00f4ng an t\u1ec9nh", None))
        self.label_decision_number.setText(QCoreApplication.translate("AwardDialog", u"S\u1ed1 quy\u1ebft \u0111\u1ecbnh:", None))
        self.label_date.setText(QCoreApplication.translate("AwardDialog", u"Ng\u00e0y:", None))
        self.label_reason.setText(QCoreApplication.translate("AwardDialog", u"Th\u00e0nh t\u00edch:", None))
    # retranslateUi

