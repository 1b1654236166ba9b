# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_differences_dialog.ui'
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
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

class Ui_DifferencesDialog(object):
    def setupUi(self, DifferencesDialog):
        if not DifferencesDialog.objectName():
            DifferencesDialog.setObjectName(u"DifferencesDialog")
        DifferencesDialog.resize(760, 460)
        self.mainLayout = QVBoxLayout(DifferencesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.heading = QLabel(DifferencesDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setTextFormat(Qt.RichText)
        self.heading.setWordWrap(True)

        self.mainLayout.addWidget(self.heading)

        self.records_host = QWidget(DifferencesDialog)
        self.records_host.setObjectName(u"records_host")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.records_host.sizePolicy().hasHeightForWidth())
        self.records_host.setSizePolicy(sizePolicy)
        self.records_layout = QVBoxLayout(self.records_host)
        self.records_layout.setObjectName(u"records_layout")
        self.records_layout.setContentsMargins(0, 0, 0, 0)

        self.mainLayout.addWidget(self.records_host)

        self.hint_label = QLabel(DifferencesDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.mainLayout.addWidget(self.hint_label)

        self.buttons = QDialogButtonBox(DifferencesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttons)


        self.retranslateUi(DifferencesDialog)

        QMetaObject.connectSlotsByName(DifferencesDialog)
    # setupUi

    def retranslateUi(self, DifferencesDialog):
        DifferencesDialog.setWindowTitle(QCoreApplication.translate("DifferencesDialog", u"So s\u00e1nh v\u1edbi s\u1ed1 li\u1ec7u hi\u1ec7n t\u1ea1i", None))
        self.heading.setText(QCoreApplication.translate("DifferencesDialog", u"\u0110ang t\u1ea3i\u2026", None))
        self.hint_label.setText(QCoreApplication.translate("DifferencesDialog", u"Nh\u1ea5n \u0111\u00fap ho\u1eb7c Enter v\u00e0o m\u1ed9t d\u00f2ng \u0111\u1ec3 xem c\u00e1c b\u1ea3n ghi hi\u1ec7n nay.", None))
    # retranslateUi

