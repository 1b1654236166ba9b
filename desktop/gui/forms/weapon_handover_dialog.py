# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'weapon_handover_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from desktop.gui.kit.pickers import OfficerPicker

class Ui_WeaponHandoverDialog(object):
    def setupUi(self, WeaponHandoverDialog):
        if not WeaponHandoverDialog.objectName():
            WeaponHandoverDialog.setObjectName(u"WeaponHandoverDialog")
        WeaponHandoverDialog.resize(640, 340)
        self.mainLayout = QVBoxLayout(WeaponHandoverDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(WeaponHandoverDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_when = QLabel(WeaponHandoverDialog)
        self.label_when.setObjectName(u"label_when")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_when)

        self.when = QDateTimeEdit(WeaponHandoverDialog)
        self.when.setObjectName(u"when")
        self.when.setCalendarPopup(True)
        self.when.setMinimumSize(QSize(150, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.when)

        self.label_unit = QLabel(WeaponHandoverDialog)
        self.label_unit.setObjectName(u"label_unit")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_unit)

        self.unit = QLineEdit(WeaponHandoverDialog)
        self.unit.setObjectName(u"unit")
        self.unit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unit)

        self.label_their_number = QLabel(WeaponHandoverDialog)
        self.label_their_number.setObjectName(u"label_their_number")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_their_number)

        self.their_number = QLineEdit(WeaponHandoverDialog)
        self.their_number.setObjectName(u"their_number")
        self.their_number.setMaxLength(60)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.their_number)

        self.label_receiver = QLabel(WeaponHandoverDialog)
        self.label_receiver.setObjectName(u"label_receiver")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_receiver)

        self.receiver = QLineEdit(WeaponHandoverDialog)
        self.receiver.setObjectName(u"receiver")
        self.receiver.setMaxLength(120)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receiver)

        self.label_receiver_rank = QLabel(WeaponHandoverDialog)
        self.label_receiver_rank.setObjectName(u"label_receiver_rank")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_receiver_rank)

        self.receiverRow = QHBoxLayout()
        self.receiverRow.setObjectName(u"receiverRow")
        self.receiver_rank = QLineEdit(WeaponHandoverDialog)
        self.receiver_rank.setObjectName(u"receiver_rank")
        self.receiver_rank.setMaxLength(40)

        self.receiverRow.addWidget(self.receiver_rank)

        self.receiver_position = QLineEdit(WeaponHandoverDialog)
        self.receiver_position.setObjectName(u"receiver_position")
        self.receiver_position.setMaxLength(120)

        self.receiverRow.addWidget(self.receiver_position)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.receiverRow)

        self.label_deliverer = QLabel(WeaponHandoverDialog)
        self.label_deliverer.setObjectName(u"label_deliverer")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_deliverer)

        self.deliverer = OfficerPicker(WeaponHandoverDialog)
        self.deliverer.setObjectName(u"deliverer")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.deliverer)

        self.label_place = QLabel(WeaponHandoverDialog)
        self.label_place.setObjectName(u"label_place")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_place)

        self.place = QLineEdit(WeaponHandoverDialog)
        self.place.setObjectName(u"place")
        self.place.setMaxLength(200)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.place)

        self.label_notes = QLabel(WeaponHandoverDialog)
        self.label_notes.setObjectName(u"label_notes")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_notes)

        self.notes = QPlainTextEdit(WeaponHandoverDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notes)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(WeaponHandoverDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_when.setBuddy(self.when)
        self.label_unit.setBuddy(self.unit)
        self.label_their_number.setBuddy(self.their_number)
        self.label_receiver.setBuddy(self.receiver)
        self.label_receiver_rank.setBuddy(self.receiver_rank)
        self.label_deliverer.setBuddy(self.deliverer)
        self.label_place.setBuddy(self.place)
        self.label_notes.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WeaponHandoverDialog)

        QMetaObject.connectSlotsByName(WeaponHandoverDialog)
    # setupUi

    def retranslateUi(self, WeaponHandoverDialog):
        WeaponHandoverDialog.setWindowTitle(QCoreApplication.translate("WeaponHandoverDialog", u"L\u1eadp bi\u00ean b\u1ea3n b\u00e0n giao", None))
        self.intro.setText("")
        self.label_when.setText(QCoreApplication.translate("WeaponHandoverDialog", u"Ng\u00e0y gi\u1edd b\u00e0n giao:", None))
        self.when.setDisplayFormat(QCoreApplication.translate("WeaponHandoverDialog", u"dd/MM/yyyy HH:mm", None))
        self.label_unit.setText(QCoreApplication.translate("WeaponHandoverDialog", u"\u0110\u01a1n v\u1ecb nh\u1eadn:", None))
        self.unit.setPlaceholderText(QCoreApplication.translate("WeaponHandoverDialog", u"vd. Ph\u00f2ng PC06 C\u00f4ng an t\u1ec9nh / Ban CHQS x\u00e3", None))
        self.label_their_number.setText(QCoreApplication.translate("WeaponHandoverDialog", u"S\u1ed1 bi\u00ean b\u1ea3n, phi\u1ebfu nh\u1eadn c\u1ee7a b\u00ean nh\u1eadn:", None))
        self.label_receiver.setText(QCoreApplication.translate("WeaponHandoverDialog", u"\u0110\u1ea1i di\u1ec7n b\u00ean nh\u1eadn (h\u1ecd t\u00ean):", None))
        self.label_receiver_rank.setText(QCoreApplication.translate("WeaponHandoverDialog", u"C\u1ea5p b\u1eadc, ch\u1ee9c v\u1ee5 b\u00ean nh\u1eadn:", None))
        self.receiver_rank.setPlaceholderText(QCoreApplication.translate("WeaponHandoverDialog", u"c\u1ea5p b\u1eadc, vd. \u0110\u1ea1i \u00fay", None))
        self.receiver_position.setPlaceholderText(QCoreApplication.translate("WeaponHandoverDialog", u"ch\u1ee9c v\u1ee5", None))
        self.label_deliverer.setText(QCoreApplication.translate("WeaponHandoverDialog", u"\u0110\u1ea1i di\u1ec7n b\u00ean giao:", None))
        self.label_place.setText(QCoreApplication.translate("WeaponHandoverDialog", u"\u0110\u1ecba \u0111i\u1ec3m b\u00e0n giao:", None))
        self.place.setPlaceholderText(QCoreApplication.translate("WeaponHandoverDialog", u"\u0111\u1ec3 tr\u1ed1ng: tr\u1ee5 s\u1edf \u0111\u01a1n v\u1ecb", None))
        self.label_notes.setText(QCoreApplication.translate("WeaponHandoverDialog", u"Ghi ch\u00fa:", None))
    # retranslateUi

