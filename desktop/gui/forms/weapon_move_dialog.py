# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'weapon_move_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WeaponMoveDialog(object):
    def setupUi(self, WeaponMoveDialog):
        if not WeaponMoveDialog.objectName():
            WeaponMoveDialog.setObjectName(u"WeaponMoveDialog")
        WeaponMoveDialog.resize(560, 120)
        self.mainLayout = QVBoxLayout(WeaponMoveDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(WeaponMoveDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_when = QLabel(WeaponMoveDialog)
        self.label_when.setObjectName(u"label_when")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_when)

        self.when = QDateTimeEdit(WeaponMoveDialog)
        self.when.setObjectName(u"when")
        self.when.setCalendarPopup(True)
        self.when.setMinimumSize(QSize(150, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.when)

        self.label_holder = QLabel(WeaponMoveDialog)
        self.label_holder.setObjectName(u"label_holder")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_holder)

        self.holder = QLineEdit(WeaponMoveDialog)
        self.holder.setObjectName(u"holder")
        self.holder.setMaxLength(120)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.holder)

        self.label_location = QLabel(WeaponMoveDialog)
        self.label_location.setObjectName(u"label_location")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_location)

        self.location = QLineEdit(WeaponMoveDialog)
        self.location.setObjectName(u"location")
        self.location.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.location)

        self.label_seal = QLabel(WeaponMoveDialog)
        self.label_seal.setObjectName(u"label_seal")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_seal)

        self.seal = QLineEdit(WeaponMoveDialog)
        self.seal.setObjectName(u"seal")
        self.seal.setMaxLength(60)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.seal)

        self.label_note = QLabel(WeaponMoveDialog)
        self.label_note.setObjectName(u"label_note")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_note)

        self.note = QLineEdit(WeaponMoveDialog)
        self.note.setObjectName(u"note")
        self.note.setMaxLength(500)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.note)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(WeaponMoveDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_when.setBuddy(self.when)
        self.label_holder.setBuddy(self.holder)
        self.label_location.setBuddy(self.location)
        self.label_seal.setBuddy(self.seal)
        self.label_note.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WeaponMoveDialog)

        QMetaObject.connectSlotsByName(WeaponMoveDialog)
    # setupUi

    def retranslateUi(self, WeaponMoveDialog):
        WeaponMoveDialog.setWindowTitle(QCoreApplication.translate("WeaponMoveDialog", u"Chuy\u1ec3n n\u01a1i c\u1ea5t gi\u1eef", None))
        self.intro.setText("")
        self.label_when.setText(QCoreApplication.translate("WeaponMoveDialog", u"Th\u1eddi gian:", None))
        self.when.setDisplayFormat(QCoreApplication.translate("WeaponMoveDialog", u"dd/MM/yyyy HH:mm", None))
        self.label_holder.setText(QCoreApplication.translate("WeaponMoveDialog", u"Ng\u01b0\u1eddi qu\u1ea3n l\u00fd:", None))
        self.label_location.setText(QCoreApplication.translate("WeaponMoveDialog", u"N\u01a1i c\u1ea5t gi\u1eef:", None))
        self.label_seal.setText(QCoreApplication.translate("WeaponMoveDialog", u"S\u1ed1 ni\u00eam phong m\u1edbi:", None))
        self.seal.setPlaceholderText(QCoreApplication.translate("WeaponMoveDialog", u"n\u1ebfu ni\u00eam phong l\u1ea1i", None))
        self.label_note.setText(QCoreApplication.translate("WeaponMoveDialog", u"Ghi ch\u00fa:", None))
    # retranslateUi

