# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'figure_records_dialog.ui'
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

class Ui_FigureRecordsDialog(object):
    def setupUi(self, FigureRecordsDialog):
        if not FigureRecordsDialog.objectName():
            FigureRecordsDialog.setObjectName(u"FigureRecordsDialog")
        FigureRecordsDialog.resize(980, 560)
        self.mainLayout = QVBoxLayout(FigureRecordsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.heading = QLabel(FigureRecordsDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setTextFormat(Qt.RichText)
        self.heading.setWordWrap(True)

        self.mainLayout.addWidget(self.heading)

        self.records_host = QWidget(FigureRecordsDialog)
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

        self.check_label = QLabel(FigureRecordsDialog)
        self.check_label.setObjectName(u"check_label")
        self.check_label.setWordWrap(True)

        self.mainLayout.addWidget(self.check_label)

        self.buttons = QDialogButtonBox(FigureRecordsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttons)


        self.retranslateUi(FigureRecordsDialog)

        QMetaObject.connectSlotsByName(FigureRecordsDialog)
    # setupUi

    def retranslateUi(self, FigureRecordsDialog):
        FigureRecordsDialog.setWindowTitle(QCoreApplication.translate("FigureRecordsDialog", u"C\u00e1c b\u1ea3n ghi sau s\u1ed1 li\u1ec7u", None))
        self.heading.setText(QCoreApplication.translate("FigureRecordsDialog", u"\u0110ang t\u1ea3i\u2026", None))
        self.check_label.setText(QCoreApplication.translate("FigureRecordsDialog", u"\u0110ang \u0111\u1ed1i chi\u1ebfu v\u1edbi s\u1ed1 li\u1ec7u\u2026", None))
    # retranslateUi

