# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_page_dialog.ui'
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
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_RecordPageDialog(object):
    def setupUi(self, RecordPageDialog):
        if not RecordPageDialog.objectName():
            RecordPageDialog.setObjectName(u"RecordPageDialog")
        RecordPageDialog.resize(960, 560)
        self.mainLayout = QVBoxLayout(RecordPageDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.heading = QLabel(RecordPageDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setTextFormat(Qt.RichText)
        self.heading.setWordWrap(True)

        self.mainLayout.addWidget(self.heading)

        self.splitter = QSplitter(RecordPageDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.fields = QTextBrowser(self.splitter)
        self.fields.setObjectName(u"fields")
        self.fields.setMinimumSize(QSize(0, 90))
        self.splitter.addWidget(self.fields)
        self.records_host = QWidget(self.splitter)
        self.records_host.setObjectName(u"records_host")
        self.records_layout = QVBoxLayout(self.records_host)
        self.records_layout.setObjectName(u"records_layout")
        self.records_layout.setContentsMargins(0, 0, 0, 0)
        self.records_label = QLabel(self.records_host)
        self.records_label.setObjectName(u"records_label")

        self.records_layout.addWidget(self.records_label)

        self.splitter.addWidget(self.records_host)

        self.mainLayout.addWidget(self.splitter)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.edit_button = QPushButton(RecordPageDialog)
        self.edit_button.setObjectName(u"edit_button")
        self.edit_button.setAutoDefault(False)

        self.buttons_row.addWidget(self.edit_button)

        self.spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.spacer)

        self.buttons = QDialogButtonBox(RecordPageDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.buttons_row.addWidget(self.buttons)


        self.mainLayout.addLayout(self.buttons_row)


        self.retranslateUi(RecordPageDialog)

        QMetaObject.connectSlotsByName(RecordPageDialog)
    # setupUi

    def retranslateUi(self, RecordPageDialog):
        RecordPageDialog.setWindowTitle(QCoreApplication.translate("RecordPageDialog", u"H\u1ed3 s\u01a1 nh\u00e2n kh\u1ea9u", None))
        self.heading.setText(QCoreApplication.translate("RecordPageDialog", u"\u0110ang t\u1ea3i\u2026", None))
        self.records_label.setText(QCoreApplication.translate("RecordPageDialog", u"M\u1ecdi b\u1ea3n ghi li\u00ean quan (nh\u1ea5n \u0111\u00fap ho\u1eb7c Enter \u0111\u1ec3 m\u1edf):", None))
        self.edit_button.setText(QCoreApplication.translate("RecordPageDialog", u"S\u1eeda th\u00f4ng tin\u2026", None))
    # retranslateUi

