# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lodging_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from desktop.gui.kit.pickers import (PersonPicker, VillagePicker)
from desktop.gui.widgets import DateEdit

class Ui_LodgingDialog(object):
    def setupUi(self, LodgingDialog):
        if not LodgingDialog.objectName():
            LodgingDialog.setObjectName(u"LodgingDialog")
        LodgingDialog.resize(680, 400)
        self.mainLayout = QVBoxLayout(LodgingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_received_on = QLabel(LodgingDialog)
        self.label_received_on.setObjectName(u"label_received_on")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_received_on)

        self.received_on = DateEdit(LodgingDialog)
        self.received_on.setObjectName(u"received_on")
        self.received_on.setMinimumWidth(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.received_on)

        self.label_guest_person = QLabel(LodgingDialog)
        self.label_guest_person.setObjectName(u"label_guest_person")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_guest_person)

        self.guest_person = PersonPicker(LodgingDialog)
        self.guest_person.setObjectName(u"guest_person")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.guest_person)

        self.label_guest_name = QLabel(LodgingDialog)
        self.label_guest_name.setObjectName(u"label_guest_name")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_guest_name)

        self.guest_name = QLineEdit(LodgingDialog)
        self.guest_name.setObjectName(u"guest_name")
        self.guest_name.setMaxLength(160)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.guest_name)

        self.label_guest_id_number = QLabel(LodgingDialog)
        self.label_guest_id_number.setObjectName(u"label_guest_id_number")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_guest_id_number)

        self.guest_id_number = QLineEdit(LodgingDialog)
        self.guest_id_number.setObjectName(u"guest_id_number")
        self.guest_id_number.setMaxLength(20)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.guest_id_number)

        self.label_place = QLabel(LodgingDialog)
        self.label_place.setObjectName(u"label_place")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_place)

        self.place = QLineEdit(LodgingDialog)
        self.place.setObjectName(u"place")
        self.place.setMaxLength(200)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place)

        self.label_village = QLabel(LodgingDialog)
        self.label_village.setObjectName(u"label_village")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_village)

        self.village = VillagePicker(LodgingDialog)
        self.village.setObjectName(u"village")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.village)

        self.label_from_date = QLabel(LodgingDialog)
        self.label_from_date.setObjectName(u"label_from_date")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_from_date)

        self.stayLayout = QHBoxLayout()
        self.stayLayout.setObjectName(u"stayLayout")
        self.from_date = DateEdit(LodgingDialog)
        self.from_date.setObjectName(u"from_date")
        self.from_date.setMinimumWidth(100)

        self.stayLayout.addWidget(self.from_date)

        self.label_to_date = QLabel(LodgingDialog)
        self.label_to_date.setObjectName(u"label_to_date")

        self.stayLayout.addWidget(self.label_to_date)

        self.to_date = DateEdit(LodgingDialog)
        self.to_date.setObjectName(u"to_date")
        self.to_date.setMinimumWidth(100)

        self.stayLayout.addWidget(self.to_date)

        self.staySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stayLayout.addItem(self.staySpacer)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.stayLayout)

        self.label_note = QLabel(LodgingDialog)
        self.label_note.setObjectName(u"label_note")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_note)

        self.note = QPlainTextEdit(LodgingDialog)
        self.note.setObjectName(u"note")
        self.note.setMaximumHeight(64)
        self.note.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.note)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(LodgingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_received_on.setBuddy(self.received_on)
        self.label_guest_person.setBuddy(self.guest_person)
        self.label_guest_name.setBuddy(self.guest_name)
        self.label_guest_id_number.setBuddy(self.guest_id_number)
        self.label_place.setBuddy(self.place)
        self.label_village.setBuddy(self.village)
        self.label_from_date.setBuddy(self.from_date)
        self.label_note.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LodgingDialog)

        QMetaObject.connectSlotsByName(LodgingDialog)
    # setupUi

    def retranslateUi(self, LodgingDialog):
        LodgingDialog.setWindowTitle(QCoreApplication.translate("LodgingDialog", u"Ti\u1ebfp nh\u1eadn th\u00f4ng b\u00e1o l\u01b0u tr\u00fa", None))
        self.label_received_on.setText(QCoreApplication.translate("LodgingDialog", u"Ng\u00e0y ti\u1ebfp nh\u1eadn:", None))
        self.label_guest_person.setText(QCoreApplication.translate("LodgingDialog", u"Ng\u01b0\u1eddi l\u01b0u tr\u00fa (nh\u00e2n kh\u1ea9u):", None))
        self.label_guest_name.setText(QCoreApplication.translate("LodgingDialog", u"Ho\u1eb7c h\u1ecd t\u00ean ng\u01b0\u1eddi l\u01b0u tr\u00fa:", None))
        self.label_guest_id_number.setText(QCoreApplication.translate("LodgingDialog", u"S\u1ed1 gi\u1ea5y t\u1edd:", None))
        self.label_place.setText(QCoreApplication.translate("LodgingDialog", u"N\u01a1i l\u01b0u tr\u00fa:", None))
        self.label_village.setText(QCoreApplication.translate("LodgingDialog", u"Th\u00f4n, bon:", None))
        self.label_from_date.setText(QCoreApplication.translate("LodgingDialog", u"L\u01b0u tr\u00fa t\u1eeb ng\u00e0y:", None))
        self.label_to_date.setText(QCoreApplication.translate("LodgingDialog", u"\u0110\u1ebfn ng\u00e0y:", None))
        self.label_note.setText(QCoreApplication.translate("LodgingDialog", u"Ghi ch\u00fa:", None))
    # retranslateUi

