# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mark_many_dialog.ui'
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

from desktop.gui.widgets import DateEdit

class Ui_MarkManyDialog(object):
    def setupUi(self, MarkManyDialog):
        if not MarkManyDialog.objectName():
            MarkManyDialog.setObjectName(u"MarkManyDialog")
        MarkManyDialog.resize(560, 160)
        self.mainLayout = QVBoxLayout(MarkManyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summary = QLabel(MarkManyDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.mainLayout.addWidget(self.summary)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_reason = QLabel(MarkManyDialog)
        self.label_reason.setObjectName(u"label_reason")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_reason)

        self.reason = QLineEdit(MarkManyDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMaxLength(300)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)

        self.label_day = QLabel(MarkManyDialog)
        self.label_day.setObjectName(u"label_day")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_day)

        self.day = DateEdit(MarkManyDialog)
        self.day.setObjectName(u"day")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.day)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(MarkManyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_reason.setBuddy(self.reason)
        self.label_day.setBuddy(self.day)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MarkManyDialog)

        QMetaObject.connectSlotsByName(MarkManyDialog)
    # setupUi

    def retranslateUi(self, MarkManyDialog):
        MarkManyDialog.setWindowTitle(QCoreApplication.translate("MarkManyDialog", u"\u0110\u00e3 ki\u1ec3m tra \u2014 kh\u00f4ng ph\u1ea3i l\u1ed7i", None))
        self.summary.setText(QCoreApplication.translate("MarkManyDialog", u"Nh\u1eefng ng\u01b0\u1eddi \u0111\u00e3 ch\u1ecdn", None))
        self.label_reason.setText(QCoreApplication.translate("MarkManyDialog", u"L\u00fd do (chung cho t\u1ea5t c\u1ea3) *", None))
        self.label_day.setText(QCoreApplication.translate("MarkManyDialog", u"Ng\u00e0y ki\u1ec3m tra", None))
#if QT_CONFIG(tooltip)
        self.day.setToolTip(QCoreApplication.translate("MarkManyDialog", u"Ng\u00e0y \u0111\u00e3 ki\u1ec3m tra, x\u00e1c minh (m\u1eb7c \u0111\u1ecbnh h\u00f4m nay; kh\u00f4ng sau h\u00f4m nay)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

