# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'passphrase_dialog.ui'
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

class Ui_PassphraseDialog(object):
    def setupUi(self, PassphraseDialog):
        if not PassphraseDialog.objectName():
            PassphraseDialog.setObjectName(u"PassphraseDialog")
        PassphraseDialog.resize(440, 170)
        self.mainLayout = QVBoxLayout(PassphraseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hint = QLabel(PassphraseDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.mainLayout.addWidget(self.hint)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_passphrase = QLabel(PassphraseDialog)
        self.label_passphrase.setObjectName(u"label_passphrase")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_passphrase)

        self.passphrase = QLineEdit(PassphraseDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.label_passphrase2 = QLabel(PassphraseDialog)
        self.label_passphrase2.setObjectName(u"label_passphrase2")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_passphrase2)

        self.passphrase2 = QLineEdit(PassphraseDialog)
        self.passphrase2.setObjectName(u"passphrase2")
        self.passphrase2.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase2)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(PassphraseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_passphrase.setBuddy(self.passphrase)
        self.label_passphrase2.setBuddy(self.passphrase2)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PassphraseDialog)

        QMetaObject.connectSlotsByName(PassphraseDialog)
    # setupUi

    def retranslateUi(self, PassphraseDialog):
        PassphraseDialog.setWindowTitle(QCoreApplication.translate("PassphraseDialog", u"M\u1eadt kh\u1ea9u sao l\u01b0u", None))
        self.hint.setText(QCoreApplication.translate("PassphraseDialog", u"Nh\u1eadp m\u1eadt kh\u1ea9u d\u00f9ng khi sao l\u01b0u. M\u1ea5t m\u1eadt kh\u1ea9u th\u00ec kh\u00f4ng ph\u1ee5c h\u1ed3i \u0111\u01b0\u1ee3c b\u1ea3n sao l\u01b0u \u0111\u00e3 m\u00e3 h\u00f3a.", None))
        self.label_passphrase.setText(QCoreApplication.translate("PassphraseDialog", u"M\u1eadt kh\u1ea9u sao l\u01b0u:", None))
        self.label_passphrase2.setText(QCoreApplication.translate("PassphraseDialog", u"Nh\u1eadp l\u1ea1i:", None))
    # retranslateUi

