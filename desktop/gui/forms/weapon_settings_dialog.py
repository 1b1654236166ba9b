# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'weapon_settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_WeaponSettingsDialog(object):
    def setupUi(self, WeaponSettingsDialog):
        if not WeaponSettingsDialog.objectName():
            WeaponSettingsDialog.setObjectName(u"WeaponSettingsDialog")
        WeaponSettingsDialog.resize(800, 560)
        self.mainLayout = QVBoxLayout(WeaponSettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_receipt_intro = QLabel(WeaponSettingsDialog)
        self.label_receipt_intro.setObjectName(u"label_receipt_intro")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_receipt_intro)

        self.receipt_intro = QPlainTextEdit(WeaponSettingsDialog)
        self.receipt_intro.setObjectName(u"receipt_intro")
        self.receipt_intro.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receipt_intro)

        self.label_receipt_closing = QLabel(WeaponSettingsDialog)
        self.label_receipt_closing.setObjectName(u"label_receipt_closing")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_receipt_closing)

        self.receipt_closing = QPlainTextEdit(WeaponSettingsDialog)
        self.receipt_closing.setObjectName(u"receipt_closing")
        self.receipt_closing.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receipt_closing)

        self.label_handover_intro = QLabel(WeaponSettingsDialog)
        self.label_handover_intro.setObjectName(u"label_handover_intro")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_handover_intro)

        self.handover_intro = QPlainTextEdit(WeaponSettingsDialog)
        self.handover_intro.setObjectName(u"handover_intro")
        self.handover_intro.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.handover_intro)

        self.label_legal_basis = QLabel(WeaponSettingsDialog)
        self.label_legal_basis.setObjectName(u"label_legal_basis")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_legal_basis)

        self.legal_basis = QPlainTextEdit(WeaponSettingsDialog)
        self.legal_basis.setObjectName(u"legal_basis")
        self.legal_basis.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.legal_basis)

        self.direct = QCheckBox(WeaponSettingsDialog)
        self.direct.setObjectName(u"direct")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.direct)


        self.mainLayout.addLayout(self.form)

        self.hint = QLabel(WeaponSettingsDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.mainLayout.addWidget(self.hint)

        self.label_categories = QLabel(WeaponSettingsDialog)
        self.label_categories.setObjectName(u"label_categories")

        self.mainLayout.addWidget(self.label_categories)

        self.categoriesBox = QVBoxLayout()
        self.categoriesBox.setObjectName(u"categoriesBox")

        self.mainLayout.addLayout(self.categoriesBox)

        self.buttons = QDialogButtonBox(WeaponSettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_receipt_intro.setBuddy(self.receipt_intro)
        self.label_receipt_closing.setBuddy(self.receipt_closing)
        self.label_handover_intro.setBuddy(self.handover_intro)
        self.label_legal_basis.setBuddy(self.legal_basis)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WeaponSettingsDialog)

        QMetaObject.connectSlotsByName(WeaponSettingsDialog)
    # setupUi

    def retranslateUi(self, WeaponSettingsDialog):
        WeaponSettingsDialog.setWindowTitle(QCoreApplication.translate("WeaponSettingsDialog", u"C\u00e0i \u0111\u1eb7t s\u1ed5 v\u0169 kh\u00ed, v\u1eadt li\u1ec7u n\u1ed5", None))
        self.label_receipt_intro.setText(QCoreApplication.translate("WeaponSettingsDialog", u"L\u1eddi m\u1edf \u0111\u1ea7u bi\u00ean b\u1ea3n ti\u1ebfp nh\u1eadn:", None))
        self.label_receipt_closing.setText(QCoreApplication.translate("WeaponSettingsDialog", u"L\u1eddi k\u1ebft bi\u00ean b\u1ea3n ti\u1ebfp nh\u1eadn:", None))
        self.label_handover_intro.setText(QCoreApplication.translate("WeaponSettingsDialog", u"L\u1eddi m\u1edf \u0111\u1ea7u bi\u00ean b\u1ea3n b\u00e0n giao:", None))
        self.label_legal_basis.setText(QCoreApplication.translate("WeaponSettingsDialog", u"C\u0103n c\u1ee9 ph\u00e1p l\u00fd (in \u1edf \u0111\u1ea7u bi\u00ean b\u1ea3n):", None))
        self.direct.setText(QCoreApplication.translate("WeaponSettingsDialog", u"Cho ph\u00e9p ghi ti\u00eau h\u1ee7y v\u1eadt ph\u1ea9m \u0111ang l\u01b0u gi\u1eef t\u1ea1i C\u00f4ng an x\u00e3 khi ch\u01b0a b\u00e0n giao", None))
        self.hint.setText("")
        self.label_categories.setText(QCoreApplication.translate("WeaponSettingsDialog", u"<b>Danh m\u1ee5c lo\u1ea1i v\u0169 kh\u00ed, v\u1eadt li\u1ec7u n\u1ed5, c\u00f4ng c\u1ee5 h\u1ed7 tr\u1ee3</b>", None))
    # retranslateUi

