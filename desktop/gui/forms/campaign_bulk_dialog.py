# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'campaign_bulk_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from desktop.gui.kit.pickers import OfficerPicker
from desktop.gui.widgets import DateEdit

class Ui_CampaignBulkDialog(object):
    def setupUi(self, CampaignBulkDialog):
        if not CampaignBulkDialog.objectName():
            CampaignBulkDialog.setObjectName(u"CampaignBulkDialog")
        CampaignBulkDialog.resize(600, 340)
        self.mainLayout = QVBoxLayout(CampaignBulkDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_who = QLabel(CampaignBulkDialog)
        self.label_who.setObjectName(u"label_who")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_who)

        self.who = QComboBox(CampaignBulkDialog)
        self.who.setObjectName(u"who")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.who)

        self.label_id_numbers = QLabel(CampaignBulkDialog)
        self.label_id_numbers.setObjectName(u"label_id_numbers")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_id_numbers)

        self.id_numbers = QPlainTextEdit(CampaignBulkDialog)
        self.id_numbers.setObjectName(u"id_numbers")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.id_numbers)

        self.label_step = QLabel(CampaignBulkDialog)
        self.label_step.setObjectName(u"label_step")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_step)

        self.step = QComboBox(CampaignBulkDialog)
        self.step.setObjectName(u"step")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.step)

        self.label_day = QLabel(CampaignBulkDialog)
        self.label_day.setObjectName(u"label_day")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_day)

        self.day = DateEdit(CampaignBulkDialog)
        self.day.setObjectName(u"day")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.day)

        self.label_officer = QLabel(CampaignBulkDialog)
        self.label_officer.setObjectName(u"label_officer")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_officer)

        self.officer = OfficerPicker(CampaignBulkDialog)
        self.officer.setObjectName(u"officer")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.officer)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(CampaignBulkDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_who.setBuddy(self.who)
        self.label_id_numbers.setBuddy(self.id_numbers)
        self.label_step.setBuddy(self.step)
        self.label_day.setBuddy(self.day)
        self.label_officer.setBuddy(self.officer)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CampaignBulkDialog)

        QMetaObject.connectSlotsByName(CampaignBulkDialog)
    # setupUi

    def retranslateUi(self, CampaignBulkDialog):
        CampaignBulkDialog.setWindowTitle(QCoreApplication.translate("CampaignBulkDialog", u"Ghi nh\u1eadn cho nhi\u1ec1u ng\u01b0\u1eddi", None))
        self.label_who.setText(QCoreApplication.translate("CampaignBulkDialog", u"Ghi cho", None))
        self.label_id_numbers.setText(QCoreApplication.translate("CampaignBulkDialog", u"S\u1ed1 \u0111\u1ecbnh danh", None))
        self.id_numbers.setPlaceholderText(QCoreApplication.translate("CampaignBulkDialog", u"D\u00e1n ho\u1eb7c qu\u00e9t c\u00e1c s\u1ed1 \u0111\u1ecbnh danh, m\u1ed7i s\u1ed1 m\u1ed9t d\u00f2ng (ho\u1eb7c c\u00e1ch nhau b\u1eb1ng d\u1ea5u ph\u1ea9y)", None))
        self.label_step.setText(QCoreApplication.translate("CampaignBulkDialog", u"B\u01b0\u1edbc", None))
        self.label_day.setText(QCoreApplication.translate("CampaignBulkDialog", u"Ng\u00e0y", None))
#if QT_CONFIG(tooltip)
        self.day.setToolTip(QCoreApplication.translate("CampaignBulkDialog", u"Ng\u00e0y l\u00e0m b\u01b0\u1edbc n\u00e0y (m\u1eb7c \u0111\u1ecbnh h\u00f4m nay; kh\u00f4ng sau h\u00f4m nay)", None))
#endif // QT_CONFIG(tooltip)
        self.label_officer.setText(QCoreApplication.translate("CampaignBulkDialog", u"C\u00e1n b\u1ed9 v\u1eadn \u0111\u1ed9ng", None))
    # retranslateUi

