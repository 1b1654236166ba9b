# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'strike_off_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from desktop.gui.widgets import DateEdit

class Ui_StrikeOffDialog(object):
    def setupUi(self, StrikeOffDialog):
        if not StrikeOffDialog.objectName():
            StrikeOffDialog.setObjectName(u"StrikeOffDialog")
        StrikeOffDialog.resize(560, 160)
        self.mainLayout = QVBoxLayout(StrikeOffDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_day = QLabel(StrikeOffDialog)
        self.label_day.setObjectName(u"label_day")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_day)

        self.day = DateEdit(StrikeOffDialog)
        self.day.setObjectName(u"day")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.day)

        self.label_ground = QLabel(StrikeOffDialog)
        self.label_ground.setObjectName(u"label_ground")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_ground)

        self.ground = QComboBox(StrikeOffDialog)
        self.ground.setObjectName(u"ground")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ground)

        self.label_form_ref = QLabel(StrikeOffDialog)
        self.label_form_ref.setObjectName(u"label_form_ref")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_form_ref)

        self.form_ref = QLineEdit(StrikeOffDialog)
        self.form_ref.setObjectName(u"form_ref")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.form_ref)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(StrikeOffDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_day.setBuddy(self.day)
        self.label_ground.setBuddy(self.ground)
        self.label_form_ref.setBuddy(self.form_ref)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StrikeOffDialog)

        QMetaObject.connectSlotsByName(StrikeOffDialog)
    # setupUi

    def retranslateUi(self, StrikeOffDialog):
        StrikeOffDialog.setWindowTitle(QCoreApplication.translate("StrikeOffDialog", u"X\u00f3a \u0111\u0103ng k\u00fd th\u01b0\u1eddng tr\u00fa", None))
        self.label_day.setText(QCoreApplication.translate("StrikeOffDialog", u"Ng\u00e0y x\u00f3a *", None))
        self.label_ground.setText(QCoreApplication.translate("StrikeOffDialog", u"C\u0103n c\u1ee9 *", None))
        self.label_form_ref.setText(QCoreApplication.translate("StrikeOffDialog", u"S\u1ed1 bi\u1ec3u m\u1eabu (CT)", None))
        self.form_ref.setPlaceholderText(QCoreApplication.translate("StrikeOffDialog", u"vd. CT01", None))
    # retranslateUi

