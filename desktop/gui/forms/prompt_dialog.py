# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'prompt_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PromptDialog(object):
    def setupUi(self, PromptDialog):
        if not PromptDialog.objectName():
            PromptDialog.setObjectName(u"PromptDialog")
        PromptDialog.resize(480, 140)
        self.mainLayout = QVBoxLayout(PromptDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_text = QLabel(PromptDialog)
        self.label_text.setObjectName(u"label_text")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_text)

        self.text = QLineEdit(PromptDialog)
        self.text.setObjectName(u"text")
        self.text.setMaxLength(250)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.text)

        self.label_choice = QLabel(PromptDialog)
        self.label_choice.setObjectName(u"label_choice")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_choice)

        self.choice = QComboBox(PromptDialog)
        self.choice.setObjectName(u"choice")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.choice)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(PromptDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_text.setBuddy(self.text)
        self.label_choice.setBuddy(self.choice)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PromptDialog)

        QMetaObject.connectSlotsByName(PromptDialog)
    # setupUi

    def retranslateUi(self, PromptDialog):
        PromptDialog.setWindowTitle(QCoreApplication.translate("PromptDialog", u"Nh\u1eadp", None))
        self.label_text.setText(QCoreApplication.translate("PromptDialog", u"N\u1ed9i dung:", None))
        self.label_choice.setText(QCoreApplication.translate("PromptDialog", u"Ch\u1ecdn:", None))
    # retranslateUi

