# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_dialog.ui'
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

from desktop.gui.kit.pickers import HouseholdPicker
from desktop.gui.widgets import DateEdit

class Ui_MergeDialog(object):
    def setupUi(self, MergeDialog):
        if not MergeDialog.objectName():
            MergeDialog.setObjectName(u"MergeDialog")
        MergeDialog.resize(520, 190)
        self.mainLayout = QVBoxLayout(MergeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_into = QLabel(MergeDialog)
        self.label_into.setObjectName(u"label_into")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_into)

        self.into = HouseholdPicker(MergeDialog)
        self.into.setObjectName(u"into")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.into)

        self.label_day = QLabel(MergeDialog)
        self.label_day.setObjectName(u"label_day")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_day)

        self.day = DateEdit(MergeDialog)
        self.day.setObjectName(u"day")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.day)

        self.label_reason = QLabel(MergeDialog)
        self.label_reason.setObjectName(u"label_reason")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_reason)

        self.reason = QLineEdit(MergeDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)

        self.hint = QLabel(MergeDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.hint)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(MergeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_into.setBuddy(self.into)
        self.label_day.setBuddy(self.day)
        self.label_reason.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MergeDialog)

        QMetaObject.connectSlotsByName(MergeDialog)
    # setupUi

    def retranslateUi(self, MergeDialog):
        MergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"Nh\u1eadp h\u1ed9", None))
        self.label_into.setText(QCoreApplication.translate("MergeDialog", u"Nh\u1eadp v\u00e0o h\u1ed9 *", None))
        self.label_day.setText(QCoreApplication.translate("MergeDialog", u"Ng\u00e0y nh\u1eadp *", None))
        self.label_reason.setText(QCoreApplication.translate("MergeDialog", u"L\u00fd do", None))
        self.hint.setText(QCoreApplication.translate("MergeDialog", u"M\u1ecdi th\u00e0nh vi\u00ean c\u1ee7a h\u1ed9 n\u00e0y chuy\u1ec3n sang h\u1ed9 \u0111\u01b0\u1ee3c ch\u1ecdn; h\u1ed9 n\u00e0y th\u00f4i ho\u1ea1t \u0111\u1ed9ng.", None))
    # retranslateUi

