# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'weapon_receipt_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.gui.kit.pickers import (EventPicker, OfficerMultiPicker, OfficerPicker, PersonPicker)

class Ui_WeaponReceiptDialog(object):
    def setupUi(self, WeaponReceiptDialog):
        if not WeaponReceiptDialog.objectName():
            WeaponReceiptDialog.setObjectName(u"WeaponReceiptDialog")
        WeaponReceiptDialog.resize(1000, 580)
        self.mainLayout = QVBoxLayout(WeaponReceiptDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setSpacing(18)
        self.columns.setObjectName(u"columns")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_received_at = QLabel(WeaponReceiptDialog)
        self.label_received_at.setObjectName(u"label_received_at")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_received_at)

        self.received_at = QDateTimeEdit(WeaponReceiptDialog)
        self.received_at.setObjectName(u"received_at")
        self.received_at.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.received_at)

        self.label_origin = QLabel(WeaponReceiptDialog)
        self.label_origin.setObjectName(u"label_origin")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_origin)

        self.origin = QComboBox(WeaponReceiptDialog)
        self.origin.setObjectName(u"origin")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.origin)

        self.label_place = QLabel(WeaponReceiptDialog)
        self.label_place.setObjectName(u"label_place")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_place)

        self.place = QLineEdit(WeaponReceiptDialog)
        self.place.setObjectName(u"place")
        self.place.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place)

        self.label_event = QLabel(WeaponReceiptDialog)
        self.label_event.setObjectName(u"label_event")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_event)

        self.event = EventPicker(WeaponReceiptDialog)
        self.event.setObjectName(u"event")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.event)

        self.label_event_text = QLabel(WeaponReceiptDialog)
        self.label_event_text.setObjectName(u"label_event_text")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_event_text)

        self.event_text = QLineEdit(WeaponReceiptDialog)
        self.event_text.setObjectName(u"event_text")
        self.event_text.setMaxLength(200)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.event_text)

        self.label_person = QLabel(WeaponReceiptDialog)
        self.label_person.setObjectName(u"label_person")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_person)

        self.person = PersonPicker(WeaponReceiptDialog)
        self.person.setObjectName(u"person")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.person)

        self.label_person_name = QLabel(WeaponReceiptDialog)
        self.label_person_name.setObjectName(u"label_person_name")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_person_name)

        self.person_name = QLineEdit(WeaponReceiptDialog)
        self.person_name.setObjectName(u"person_name")
        self.person_name.setMaxLength(120)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.person_name)

        self.label_person_id_number = QLabel(WeaponReceiptDialog)
        self.label_person_id_number.setObjectName(u"label_person_id_number")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_person_id_number)

        self.person_id_number = QLineEdit(WeaponReceiptDialog)
        self.person_id_number.setObjectName(u"person_id_number")
        self.person_id_number.setMaxLength(12)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.person_id_number)

        self.label_person_address = QLabel(WeaponReceiptDialog)
        self.label_person_address.setObjectName(u"label_person_address")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_person_address)

        self.person_address = QLineEdit(WeaponReceiptDialog)
        self.person_address.setObjectName(u"person_address")
        self.person_address.setMaxLength(250)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.person_address)

        self.label_sanction = QLabel(WeaponReceiptDialog)
        self.label_sanction.setObjectName(u"label_sanction")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_sanction)

        self.sanctionRow = QHBoxLayout()
        self.sanctionRow.setObjectName(u"sanctionRow")
        self.sanction_number = QLineEdit(WeaponReceiptDialog)
        self.sanction_number.setObjectName(u"sanction_number")
        self.sanction_number.setMaxLength(60)

        self.sanctionRow.addWidget(self.sanction_number)

        self.sanction_date = QDateEdit(WeaponReceiptDialog)
        self.sanction_date.setObjectName(u"sanction_date")
        self.sanction_date.setCalendarPopup(True)

        self.sanctionRow.addWidget(self.sanction_date)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.sanctionRow)


        self.columns.addLayout(self.form)

        self.formRight = QFormLayout()
        self.formRight.setObjectName(u"formRight")
        self.formRight.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_officers = QLabel(WeaponReceiptDialog)
        self.label_officers.setObjectName(u"label_officers")

        self.formRight.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_officers)

        self.officers = OfficerMultiPicker(WeaponReceiptDialog)
        self.officers.setObjectName(u"officers")

        self.formRight.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officers)

        self.label_drafted_by = QLabel(WeaponReceiptDialog)
        self.label_drafted_by.setObjectName(u"label_drafted_by")

        self.formRight.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_drafted_by)

        self.drafted_by = OfficerPicker(WeaponReceiptDialog)
        self.drafted_by.setObjectName(u"drafted_by")

        self.formRight.setWidget(3, QFormLayout.ItemRole.FieldRole, self.drafted_by)

        self.label_witnesses = QLabel(WeaponReceiptDialog)
        self.label_witnesses.setObjectName(u"label_witnesses")

        self.formRight.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_witnesses)

        self.witnesses = QPlainTextEdit(WeaponReceiptDialog)
        self.witnesses.setObjectName(u"witnesses")
        self.witnesses.setMaximumSize(QSize(16777215, 70))

        self.formRight.setWidget(1, QFormLayout.ItemRole.FieldRole, self.witnesses)

        self.label_notes = QLabel(WeaponReceiptDialog)
        self.label_notes.setObjectName(u"label_notes")

        self.formRight.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_notes)

        self.notes = QPlainTextEdit(WeaponReceiptDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 50))

        self.formRight.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notes)


        self.columns.addLayout(self.formRight)


        self.mainLayout.addLayout(self.columns)

        self.label_items = QLabel(WeaponReceiptDialog)
        self.label_items.setObjectName(u"label_items")

        self.mainLayout.addWidget(self.label_items)

        self.items = QTableWidget(WeaponReceiptDialog)
        self.items.setObjectName(u"items")

        self.mainLayout.addWidget(self.items)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.add_item = QPushButton(WeaponReceiptDialog)
        self.add_item.setObjectName(u"add_item")

        self.itemButtons.addWidget(self.add_item)

        self.remove_item = QPushButton(WeaponReceiptDialog)
        self.remove_item.setObjectName(u"remove_item")

        self.itemButtons.addWidget(self.remove_item)

        self.itemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.itemSpacer)


        self.mainLayout.addLayout(self.itemButtons)

        self.buttons = QDialogButtonBox(WeaponReceiptDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_received_at.setBuddy(self.received_at)
        self.label_origin.setBuddy(self.origin)
        self.label_place.setBuddy(self.place)
        self.label_event.setBuddy(self.event)
        self.label_event_text.setBuddy(self.event_text)
        self.label_person.setBuddy(self.person)
        self.label_person_name.setBuddy(self.person_name)
        self.label_person_id_number.setBuddy(self.person_id_number)
        self.label_person_address.setBuddy(self.person_address)
        self.label_sanction.setBuddy(self.sanction_number)
        self.label_officers.setBuddy(self.officers)
        self.label_drafted_by.setBuddy(self.drafted_by)
        self.label_witnesses.setBuddy(self.witnesses)
        self.label_notes.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WeaponReceiptDialog)

        QMetaObject.connectSlotsByName(WeaponReceiptDialog)
    # setupUi

    def retranslateUi(self, WeaponReceiptDialog):
        WeaponReceiptDialog.setWindowTitle(QCoreApplication.translate("WeaponReceiptDialog", u"Bi\u00ean b\u1ea3n ti\u1ebfp nh\u1eadn v\u0169 kh\u00ed, v\u1eadt li\u1ec7u n\u1ed5, c\u00f4ng c\u1ee5 h\u1ed7 tr\u1ee3", None))
        self.label_received_at.setText(QCoreApplication.translate("WeaponReceiptDialog", u"Ng\u00e0y gi\u1edd ti\u1ebfp nh\u1eadn:", None))
        self.received_at.setDisplayFormat(QCoreApplication.translate("WeaponReceiptDialog", u"dd/MM/yyyy HH:mm", None))
        self.label_origin.setText(QCoreApplication.translate("WeaponReceiptDialog", u"H\u00ecnh th\u1ee9c:", None))
        self.label_place.setText(QCoreApplication.translate("WeaponReceiptDialog", u"\u0110\u1ecba \u0111i\u1ec3m:", None))
        self.label_event.setText(QCoreApplication.translate("WeaponReceiptDialog", u"Ho\u1ea1t \u0111\u1ed9ng trong l\u1ecbch:", None))
#if QT_CONFIG(tooltip)
        self.event.setToolTip(QCoreApplication.translate("WeaponReceiptDialog", u"Ng\u00e0y h\u1ed9i, \u0111\u1ee3t v\u1eadn \u0111\u1ed9ng giao n\u1ed9p trong l\u1ecbch c\u00f4ng t\u00e1c", None))
#endif // QT_CONFIG(tooltip)
        self.label_event_text.setText(QCoreApplication.translate("WeaponReceiptDialog", u"T\u00ean s\u1ef1 ki\u1ec7n in tr\u00ean bi\u00ean b\u1ea3n:", None))
        self.event_text.setPlaceholderText(QCoreApplication.translate("WeaponReceiptDialog", u"\u0111\u1ec3 tr\u1ed1ng n\u1ebfu kh\u00f4ng g\u1eafn v\u1edbi s\u1ef1 ki\u1ec7n n\u00e0o", None))
        self.label_person.setText(QCoreApplication.translate("WeaponReceiptDialog", u"Ng\u01b0\u1eddi giao n\u1ed9p (trong s\u1ed5):", None))
        self.label_person_name.setText(QCoreApplication.translate("WeaponReceiptDialog", u"H\u1ecd t\u00ean ghi tr\u00ean bi\u00ean b\u1ea3n:", None))
        self.label_person_id_number.setText(QCoreApplication.translate("WeaponReceiptDialog", u"S\u1ed1 \u0111\u1ecbnh danh c\u00e1 nh\u00e2n:", None))
        self.label_person_address.setText(QCoreApplication.translate("WeaponReceiptDialog", u"N\u01a1i c\u01b0 tr\u00fa:", None))
        self.label_sanction.setText(QCoreApplication.translate("WeaponReceiptDialog", u"Quy\u1ebft \u0111\u1ecbnh t\u1ecbch thu (s\u1ed1, ng\u00e0y):", None))
        self.sanction_number.setPlaceholderText(QCoreApplication.translate("WeaponReceiptDialog", u"\u0111\u1ec3 tr\u1ed1ng: t\u1ea1m gi\u1eef", None))
        self.sanction_date.setDisplayFormat(QCoreApplication.translate("WeaponReceiptDialog", u"dd/MM/yyyy", None))
        self.label_officers.setText(QCoreApplication.translate("WeaponReceiptDialog", u"C\u00e1n b\u1ed9 ti\u1ebfp nh\u1eadn:", None))
        self.label_drafted_by.setText(QCoreApplication.translate("WeaponReceiptDialog", u"Ng\u01b0\u1eddi l\u1eadp bi\u00ean b\u1ea3n:", None))
        self.drafted_by.setPlaceholderText(QCoreApplication.translate("WeaponReceiptDialog", u"\u0111\u1ec3 tr\u1ed1ng: c\u00e1n b\u1ed9 ti\u1ebfp nh\u1eadn \u0111\u1ea7u ti\u00ean", None))
        self.label_witnesses.setText(QCoreApplication.translate("WeaponReceiptDialog", u"Ng\u01b0\u1eddi ch\u1ee9ng ki\u1ebfn:", None))
        self.witnesses.setPlaceholderText(QCoreApplication.translate("WeaponReceiptDialog", u"m\u1ed7i d\u00f2ng m\u1ed9t ng\u01b0\u1eddi", None))
        self.label_notes.setText(QCoreApplication.translate("WeaponReceiptDialog", u"Ghi ch\u00fa:", None))
        self.label_items.setText(QCoreApplication.translate("WeaponReceiptDialog", u"<b>V\u1eadt ph\u1ea9m ti\u1ebfp nh\u1eadn</b> (m\u1ed7i d\u00f2ng m\u1ed9t t\u00fai/bao ni\u00eam phong):", None))
        self.add_item.setText(QCoreApplication.translate("WeaponReceiptDialog", u"Th\u00eam d\u00f2ng", None))
        self.remove_item.setText(QCoreApplication.translate("WeaponReceiptDialog", u"B\u1ecf d\u00f2ng \u0111ang ch\u1ecdn", None))
    # retranslateUi

