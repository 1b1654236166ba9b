# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'village_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_VillageDialog(object):
    def setupUi(self, VillageDialog):
        if not VillageDialog.objectName():
            VillageDialog.setObjectName(u"VillageDialog")
        VillageDialog.resize(420, 162)
        self.mainLayout = QVBoxLayout(VillageDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_kind = QLabel(VillageDialog)
        self.label_kind.setObjectName(u"label_kind")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_kind)

        self.kind = QComboBox(VillageDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.label_name = QLabel(VillageDialog)
        self.label_name.setObjectName(u"label_name")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_name)

        self.name = QLineEdit(VillageDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(80)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.label_active = QLabel(VillageDialog)
        self.label_active.setObjectName(u"label_active")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_active)

        self.active = QCheckBox(VillageDialog)
        self.active.setObjectName(u"active")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.active)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(VillageDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_kind.setBuddy(self.kind)
        self.label_name.setBuddy(self.name)
        self.label_active.setBuddy(self.active)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VillageDialog)

        QMetaObject.connectSlotsByName(VillageDialog)
    # setupUi

    def retranslateUi(self, VillageDialog):
        VillageDialog.setWindowTitle(QCoreApplication.translate("VillageDialog", u"Th\u00f4n, bon, t\u1ed5 d\u00e2n ph\u1ed1", None))
        self.label_kind.setText(QCoreApplication.translate("VillageDialog", u"Lo\u1ea1i:", None))
        self.label_name.setText(QCoreApplication.translate("VillageDialog", u"T\u00ean:", None))
        self.label_active.setText(QCoreApplication.translate("VillageDialog", u"Tr\u1ea1ng th\u00e1i:", None))
        self.active.setText(QCoreApplication.translate("VillageDialog", u"\u0110ang d\u00f9ng", None))
    # retranslateUi

