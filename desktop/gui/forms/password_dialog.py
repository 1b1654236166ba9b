# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
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

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(420, 162)
        self.mainLayout = QVBoxLayout(PasswordDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_old_password = QLabel(PasswordDialog)
        self.label_old_password.setObjectName(u"label_old_password")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_old_password)

        self.old_password = QLineEdit(PasswordDialog)
        self.old_password.setObjectName(u"old_password")
        self.old_password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.old_password)

        self.label_new_password = QLabel(PasswordDialog)
        self.label_new_password.setObjectName(u"label_new_password")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_new_password)

        self.new_password = QLineEdit(PasswordDialog)
        self.new_password.setObjectName(u"new_password")
        self.new_password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_password)

        self.label_new_password2 = QLabel(PasswordDialog)
        self.label_new_password2.setObjectName(u"label_new_password2")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_new_password2)

        self.new_password2 = QLineEdit(PasswordDialog)
        self.new_password2.setObjectName(u"new_password2")
        self.new_password2.setEchoMode(QLineEdit.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new_password2)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(PasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_old_password.setBuddy(self.old_password)
        self.label_new_password.setBuddy(self.new_password)
        self.label_new_password2.setBuddy(self.new_password2)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PasswordDialog)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"\u0110\u1ed5i m\u1eadt kh\u1ea9u", None))
        self.label_old_password.setText(QCoreApplication.translate("PasswordDialog", u"M\u1eadt kh\u1ea9u hi\u1ec7n t\u1ea1i:", None))
        self.label_new_password.setText(QCoreApplication.translate("PasswordDialog", u"M\u1eadt kh\u1ea9u m\u1edbi:", None))
        self.label_new_password2.setText(QCoreApplication.translate("PasswordDialog", u"Nh\u1eadp l\u1ea1i m\u1eadt kh\u1ea9u m\u1edbi:", None))
    # retranslateUi

