# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview_dialog.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PdfPreviewDialog(object):
    def setupUi(self, PdfPreviewDialog):
        if not PdfPreviewDialog.objectName():
            PdfPreviewDialog.setObjectName(u"PdfPreviewDialog")
        PdfPreviewDialog.resize(640, 700)
        self.mainLayout = QVBoxLayout(PdfPreviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.view = QPdfView(PdfPreviewDialog)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.pages_label = QLabel(PdfPreviewDialog)
        self.pages_label.setObjectName(u"pages_label")

        self.bar.addWidget(self.pages_label)

        self.signer_label = QLabel(PdfPreviewDialog)
        self.signer_label.setObjectName(u"signer_label")

        self.bar.addWidget(self.signer_label)

        self.signer_combo = QComboBox(PdfPreviewDialog)
        self.signer_combo.setObjectName(u"signer_combo")
        self.signer_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.bar.addWidget(self.signer_combo)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.spacer)

        self.print_button = QPushButton(PdfPreviewDialog)
        self.print_button.setObjectName(u"print_button")

        self.bar.addWidget(self.print_button)

        self.save_button = QPushButton(PdfPreviewDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.bar.addWidget(self.save_button)

        self.close_button = QPushButton(PdfPreviewDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.bar.addWidget(self.close_button)


        self.mainLayout.addLayout(self.bar)

#if QT_CONFIG(shortcut)
        self.signer_label.setBuddy(self.signer_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PdfPreviewDialog)

        QMetaObject.connectSlotsByName(PdfPreviewDialog)
    # setupUi

    def retranslateUi(self, PdfPreviewDialog):
        PdfPreviewDialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", u"Xem tr\u01b0\u1edbc khi in", None))
        self.pages_label.setText(QCoreApplication.translate("PdfPreviewDialog", u"0 trang", None))
        self.signer_label.setText(QCoreApplication.translate("PdfPreviewDialog", u"Ng\u01b0\u1eddi k\u00fd:", None))
#if QT_CONFIG(tooltip)
        self.signer_combo.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Ng\u01b0\u1eddi k\u00fd v\u0103n b\u1ea3n (Tr\u01b0\u1edfng, ho\u1eb7c Ph\u00f3 Tr\u01b0\u1edfng k\u00fd thay); l\u1ef1a ch\u1ecdn \u0111\u01b0\u1ee3c ghi nh\u1edb cho \u0111\u01a1n v\u1ecb", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"In\u2026 (Ctrl+P)", None))
        self.save_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"L\u01b0u PDF\u2026", None))
        self.close_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"\u0110\u00f3ng", None))
    # retranslateUi

