# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'weapon_stocktake_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QTimeEdit,
    QVBoxLayout, QWidget)

class Ui_WeaponStocktakeDialog(object):
    def setupUi(self, WeaponStocktakeDialog):
        if not WeaponStocktakeDialog.objectName():
            WeaponStocktakeDialog.setObjectName(u"WeaponStocktakeDialog")
        WeaponStocktakeDialog.resize(560, 160)
        self.mainLayout = QVBoxLayout(WeaponStocktakeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(WeaponStocktakeDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_when = QLabel(WeaponStocktakeDialog)
        self.label_when.setObjectName(u"label_when")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_when)

        self.when = QDateEdit(WeaponStocktakeDialog)
        self.when.setObjectName(u"when")
        self.when.setCalendarPopup(True)
        self.when.setMinimumSize(QSize(120, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.when)

        self.label_start = QLabel(WeaponStocktakeDialog)
        self.label_start.setObjectName(u"label_start")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_start)

        self.start = QTimeEdit(WeaponStocktakeDialog)
        self.start.setObjectName(u"start")
        self.start.setMinimumSize(QSize(80, 0))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.start)

        self.label_members = QLabel(WeaponStocktakeDialog)
        self.label_members.setObjectName(u"label_members")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_members)

        self.members = QPlainTextEdit(WeaponStocktakeDialog)
        self.members.setObjectName(u"members")
        self.members.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.members)

        self.label_note = QLabel(WeaponStocktakeDialog)
        self.label_note.setObjectName(u"label_note")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_note)

        self.note = QLineEdit(WeaponStocktakeDialog)
        self.note.setObjectName(u"note")
        self.note.setMaxLength(500)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(WeaponStocktakeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_when.setBuddy(self.when)
        self.label_start.setBuddy(self.start)
        self.label_members.setBuddy(self.members)
        self.label_note.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WeaponStocktakeDialog)

        QMetaObject.connectSlotsByName(WeaponStocktakeDialog)
    # setupUi

    def retranslateUi(self, WeaponStocktakeDialog):
        WeaponStocktakeDialog.setWindowTitle(QCoreApplication.translate("WeaponStocktakeDialog", u"B\u1eaft \u0111\u1ea7u ki\u1ec3m k\u00ea", None))
        self.intro.setText("")
        self.label_when.setText(QCoreApplication.translate("WeaponStocktakeDialog", u"Ng\u00e0y ki\u1ec3m k\u00ea:", None))
        self.when.setDisplayFormat(QCoreApplication.translate("WeaponStocktakeDialog", u"dd/MM/yyyy", None))
        self.label_start.setText(QCoreApplication.translate("WeaponStocktakeDialog", u"B\u1eaft \u0111\u1ea7u l\u00fac:", None))
        self.start.setDisplayFormat(QCoreApplication.translate("WeaponStocktakeDialog", u"HH:mm", None))
        self.label_members.setText(QCoreApplication.translate("WeaponStocktakeDialog", u"Th\u00e0nh ph\u1ea7n ki\u1ec3m k\u00ea:", None))
        self.members.setPlaceholderText(QCoreApplication.translate("WeaponStocktakeDialog", u"m\u1ed7i d\u00f2ng m\u1ed9t ng\u01b0\u1eddi", None))
        self.label_note.setText(QCoreApplication.translate("WeaponStocktakeDialog", u"Ghi ch\u00fa:", None))
    # retranslateUi

