# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(420, 264)
        self.mainLayout = QVBoxLayout(UserDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_username = QLabel(UserDialog)
        self.label_username.setObjectName(u"label_username")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_username)

        self.username = QLineEdit(UserDialog)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(40)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.label_full_name = QLabel(UserDialog)
        self.label_full_name.setObjectName(u"label_full_name")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_full_name)

        self.full_name = QLineEdit(UserDialog)
        self.full_name.setObjectName(u"full_name")
        self.full_name.setMaxLength(120)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.label_role = QLabel(UserDialog)
        self.label_role.setObjectName(u"label_role")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_role)

        self.role = QComboBox(UserDialog)
        self.role.setObjectName(u"role")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.label_password = QLabel(UserDialog)
        self.label_password.setObjectName(u"label_password")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_password)

        self.password = QLineEdit(UserDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password)

        self.label_password2 = QLabel(UserDialog)
        self.label_password2.setObjectName(u"label_password2")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_password2)

        self.password2 = QLineEdit(UserDialog)
        self.password2.setObjectName(u"password2")
        self.password2.setEchoMode(QLineEdit.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password2)

        self.label_active = QLabel(UserDialog)
        self.label_active.setObjectName(u"label_active")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_active)

        self.active = QCheckBox(UserDialog)
        self.active.setObjectName(u"active")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.active)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(UserDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_username.setBuddy(self.username)
        self.label_full_name.setBuddy(self.full_name)
        self.label_role.setBuddy(self.role)
        self.label_password.setBuddy(self.password)
        self.label_password2.setBuddy(self.password2)
        self.label_active.setBuddy(self.active)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UserDialog)

        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"Ng\u01b0\u1eddi d\u00f9ng", None))
        self.label_username.setText(QCoreApplication.translate("UserDialog", u"T\u00ean \u0111\u0103ng nh\u1eadp:", None))
        self.label_full_name.setText(QCoreApplication.translate("UserDialog", u"H\u1ecd v\u00e0 t\u00ean:", None))
        self.label_role.setText(QCoreApplication.translate("UserDialog", u"Vai tr\u00f2:", None))
        self.label_password.setText(QCoreApplication.translate("UserDialog", u"M\u1eadt kh\u1ea9u:", None))
        self.label_password2.setText(QCoreApplication.translate("UserDialog", u"Nh\u1eadp l\u1ea1i m\u1eadt kh\u1ea9u:", None))
        self.label_active.setText(QCoreApplication.translate("UserDialog", u"Tr\u1ea1ng th\u00e1i:", None))
        self.active.setText(QCoreApplication.translate("UserDialog", u"\u0110ang s\u1eed d\u1ee5ng", None))
    # retranslateUi

