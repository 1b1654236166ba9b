# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'period_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from desktop.gui.widgets import DateEdit

class Ui_PeriodDialog(object):
    def setupUi(self, PeriodDialog):
        if not PeriodDialog.objectName():
            PeriodDialog.setObjectName(u"PeriodDialog")
        PeriodDialog.resize(340, 130)
        self.mainLayout = QVBoxLayout(PeriodDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_start = QLabel(PeriodDialog)
        self.label_start.setObjectName(u"label_start")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_start)

        self.start = DateEdit(PeriodDialog)
        self.start.setObjectName(u"start")
        self.start.setMinimumWidth(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.start)

        self.label_end = QLabel(PeriodDialog)
        self.label_end.setObjectName(u"label_end")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_end)

        self.end = DateEdit(PeriodDialog)
        self.end.setObjectName(u"end")
        self.end.setMinimumWidth(100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.end)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(PeriodDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_start.setBuddy(self.start)
        self.label_end.setBuddy(self.end)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PeriodDialog)

        QMetaObject.connectSlotsByName(PeriodDialog)
    # setupUi

    def retranslateUi(self, PeriodDialog):
        PeriodDialog.setWindowTitle(QCoreApplication.translate("PeriodDialog", u"Ch\u1ecdn kho\u1ea3ng th\u1eddi gian", None))
        self.label_start.setText(QCoreApplication.translate("PeriodDialog", u"T\u1eeb ng\u00e0y:", None))
        self.label_end.setText(QCoreApplication.translate("PeriodDialog", u"\u0110\u1ebfn ng\u00e0y:", None))
    # retranslateUi

