# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'help_dialog.ui'
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
    QListWidget, QListWidgetItem, QSizePolicy, QSplitter,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_HelpDialog(object):
    def setupUi(self, HelpDialog):
        if not HelpDialog.objectName():
            HelpDialog.setObjectName(u"HelpDialog")
        HelpDialog.resize(900, 600)
        self.mainLayout = QVBoxLayout(HelpDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.split = QSplitter(HelpDialog)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Horizontal)
        self.topics = QListWidget(self.split)
        self.topics.setObjectName(u"topics")
        self.split.addWidget(self.topics)
        self.text = QTextBrowser(self.split)
        self.text.setObjectName(u"text")
        self.text.setOpenExternalLinks(True)
        self.split.addWidget(self.text)

        self.mainLayout.addWidget(self.split)

        self.buttons = QDialogButtonBox(HelpDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttons)


        self.retranslateUi(HelpDialog)

        QMetaObject.connectSlotsByName(HelpDialog)
    # setupUi

    def retranslateUi(self, HelpDialog):
        HelpDialog.setWindowTitle(QCoreApplication.translate("HelpDialog", u"H\u01b0\u1edbng d\u1eabn s\u1eed d\u1ee5ng CAXA", None))
#if QT_CONFIG(accessibility)
        self.topics.setAccessibleName(QCoreApplication.translate("HelpDialog", u"M\u1ee5c h\u01b0\u1edbng d\u1eabn", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

