# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'officer_dialog.ui'
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
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_OfficerDialog(object):
    def setupUi(self, OfficerDialog):
        if not OfficerDialog.objectName():
            OfficerDialog.setObjectName(u"OfficerDialog")
        OfficerDialog.resize(460, 250)
        self.mainLayout = QVBoxLayout(OfficerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_full_name = QLabel(OfficerDialog)
        self.label_full_name.setObjectName(u"label_full_name")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_full_name)

        self.full_name = QLineEdit(OfficerDialog)
        self.full_name.setObjectName(u"full_name")
        self.full_name.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.label_rank = QLabel(OfficerDialog)
        self.label_rank.setObjectName(u"label_rank")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_rank)

        self.rank = QComboBox(OfficerDialog)
        self.rank.setObjectName(u"rank")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rank)

        self.label_position = QLabel(OfficerDialog)
        self.label_position.setObjectName(u"label_position")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_position)

        self.position = QLineEdit(OfficerDialog)
        self.position.setObjectName(u"position")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.position)

        self.label_phone = QLabel(OfficerDialog)
        self.label_phone.setObjectName(u"label_phone")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_phone)

        self.phone = QLineEdit(OfficerDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone)

        self.label_kind = QLabel(OfficerDialog)
        self.label_kind.setObjectName(u"label_kind")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_kind)

        self.kind = QComboBox(OfficerDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kind)

        self.label_active = QLabel(OfficerDialog)
        self.label_active.setObjectName(u"label_active")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_active)

        self.active = QCheckBox(OfficerDialog)
        self.active.setObjectName(u"active")
        self.active.setChecked(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.active)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(OfficerDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_full_name.setBuddy(self.full_name)
        self.label_rank.setBuddy(self.rank)
        self.label_position.setBuddy(self.position)
        self.label_phone.setBuddy(self.phone)
        self.label_kind.setBuddy(self.kind)
        self.label_active.setBuddy(self.active)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OfficerDialog)

        QMetaObject.connectSlotsByName(OfficerDialog)
    # setupUi

    def retranslateUi(self, OfficerDialog):
        OfficerDialog.setWindowTitle(QCoreApplication.translate("OfficerDialog", u"Th\u00eam c\u00e1n b\u1ed9", None))
        self.label_full_name.setText(QCoreApplication.translate("OfficerDialog", u"H\u1ecd v\u00e0 t\u00ean:", None))
        self.label_rank.setText(QCoreApplication.translate("OfficerDialog", u"C\u1ea5p b\u1eadc:", None))
        self.label_position.setText(QCoreApplication.translate("OfficerDialog", u"Ch\u1ee9c v\u1ee5:", None))
        self.label_phone.setText(QCoreApplication.translate("OfficerDialog", u"S\u1ed1 \u0111i\u1ec7n tho\u1ea1i:", None))
        self.label_kind.setText(QCoreApplication.translate("OfficerDialog", u"Lo\u1ea1i c\u00e1n b\u1ed9:", None))
        self.label_active.setText(QCoreApplication.translate("OfficerDialog", u"Tr\u1ea1ng th\u00e1i:", None))
        self.active.setText(QCoreApplication.translate("OfficerDialog", u"\u0110ang c\u00f4ng t\u00e1c", None))
    # retranslateUi

