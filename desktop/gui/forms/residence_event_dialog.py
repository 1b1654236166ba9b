# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'residence_event_dialog.ui'
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

class Ui_ResidenceEventDialog(object):
    def setupUi(self, ResidenceEventDialog):
        if not ResidenceEventDialog.objectName():
            ResidenceEventDialog.setObjectName(u"ResidenceEventDialog")
        ResidenceEventDialog.resize(460, 190)
        self.mainLayout = QVBoxLayout(ResidenceEventDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_kind = QLabel(ResidenceEventDialog)
        self.label_kind.setObjectName(u"label_kind")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_kind)

        self.kind = QComboBox(ResidenceEventDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.label_day = QLabel(ResidenceEventDialog)
        self.label_day.setObjectName(u"label_day")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_day)

        self.day = DateEdit(ResidenceEventDialog)
        self.day.setObjectName(u"day")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.day)

        self.label_reason = QLabel(ResidenceEventDialog)
        self.label_reason.setObjectName(u"label_reason")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_reason)

        self.reason = QLineEdit(ResidenceEventDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)

        self.label_form_ref = QLabel(ResidenceEventDialog)
        self.label_form_ref.setObjectName(u"label_form_ref")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_form_ref)

        self.form_ref = QLineEdit(ResidenceEventDialog)
        self.form_ref.setObjectName(u"form_ref")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.form_ref)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ResidenceEventDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_kind.setBuddy(self.kind)
        self.label_day.setBuddy(self.day)
        self.label_reason.setBuddy(self.reason)
        self.label_form_ref.setBuddy(self.form_ref)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResidenceEventDialog)

        QMetaObject.connectSlotsByName(ResidenceEventDialog)
    # setupUi

    def retranslateUi(self, ResidenceEventDialog):
        ResidenceEventDialog.setWindowTitle(QCoreApplication.translate("ResidenceEventDialog", u"Th\u00eam bi\u1ebfn \u0111\u1ed9ng c\u01b0 tr\u00fa", None))
        self.label_kind.setText(QCoreApplication.translate("ResidenceEventDialog", u"Lo\u1ea1i bi\u1ebfn \u0111\u1ed9ng *", None))
        self.label_day.setText(QCoreApplication.translate("ResidenceEventDialog", u"Ng\u00e0y *", None))
        self.label_reason.setText(QCoreApplication.translate("ResidenceEventDialog", u"L\u00fd do", None))
        self.label_form_ref.setText(QCoreApplication.translate("ResidenceEventDialog", u"S\u1ed1 bi\u1ec3u m\u1eabu (CT)", None))
        self.form_ref.setPlaceholderText(QCoreApplication.translate("ResidenceEventDialog", u"vd. CT01", None))
    # retranslateUi

