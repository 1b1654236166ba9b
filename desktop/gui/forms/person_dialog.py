# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from desktop.gui.kit.pickers import VillagePicker
from desktop.gui.widgets import DateEdit

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(860, 440)
        self.mainLayout = QVBoxLayout(PersonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.column0 = QVBoxLayout()
        self.column0.setObjectName(u"column0")
        self.who = QGroupBox(PersonDialog)
        self.who.setObjectName(u"who")
        self.whoForm = QFormLayout(self.who)
        self.whoForm.setObjectName(u"whoForm")
        self.whoForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_full_name = QLabel(self.who)
        self.label_full_name.setObjectName(u"label_full_name")

        self.whoForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_full_name)

        self.full_name = QLineEdit(self.who)
        self.full_name.setObjectName(u"full_name")
        self.full_name.setMaxLength(120)

        self.whoForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.label_other_name = QLabel(self.who)
        self.label_other_name.setObjectName(u"label_other_name")

        self.whoForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_other_name)

        self.other_name = QLineEdit(self.who)
        self.other_name.setObjectName(u"other_name")

        self.whoForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.other_name)

        self.label_birth = QLabel(self.who)
        self.label_birth.setObjectName(u"label_birth")

        self.whoForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_birth)

        self.birth = QLineEdit(self.who)
        self.birth.setObjectName(u"birth")

        self.whoForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birth)

        self.label_sex = QLabel(self.who)
        self.label_sex.setObjectName(u"label_sex")

        self.whoForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_sex)

        self.sex = QComboBox(self.who)
        self.sex.setObjectName(u"sex")

        self.whoForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sex)

        self.label_ethnic = QLabel(self.who)
        self.label_ethnic.setObjectName(u"label_ethnic")

        self.whoForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_ethnic)

        self.ethnic = QComboBox(self.who)
        self.ethnic.setObjectName(u"ethnic")

        self.whoForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ethnic)

        self.label_religion = QLabel(self.who)
        self.label_religion.setObjectName(u"label_religion")

        self.whoForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_religion)

        self.religion = QComboBox(self.who)
        self.religion.setObjectName(u"religion")
        self.religion.setEditable(True)

        self.whoForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.religion)

        self.label_id_number = QLabel(self.who)
        self.label_id_number.setObjectName(u"label_id_number")

        self.whoForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_id_number)

        self.id_number = QLineEdit(self.who)
        self.id_number.setObjectName(u"id_number")
        self.id_number.setMaxLength(32)

        self.whoForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.id_number)

        self.id_hint = QLabel(self.who)
        self.id_hint.setObjectName(u"id_hint")
        self.id_hint.setWordWrap(True)

        self.whoForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.id_hint)

        self.label_phone = QLabel(self.who)
        self.label_phone.setObjectName(u"label_phone")

        self.whoForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_phone)

        self.phone = QLineEdit(self.who)
        self.phone.setObjectName(u"phone")

        self.whoForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phone)

        self.label_occupation = QLabel(self.who)
        self.label_occupation.setObjectName(u"label_occupation")

        self.whoForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_occupation)

        self.occupation = QLineEdit(self.who)
        self.occupation.setObjectName(u"occupation")

        self.whoForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.occupation)

        self.label_note = QLabel(self.who)
        self.label_note.setObjectName(u"label_note")

        self.whoForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_note)

        self.note = QPlainTextEdit(self.who)
        self.note.setObjectName(u"note")

        self.whoForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.note)


        self.column0.addWidget(self.who)

        self.colSpacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column0.addItem(self.colSpacer0)


        self.columns.addLayout(self.column0)

        self.column1 = QVBoxLayout()
        self.column1.setObjectName(u"column1")
        self.where = QGroupBox(PersonDialog)
        self.where.setObjectName(u"where")
        self.whereForm = QFormLayout(self.where)
        self.whereForm.setObjectName(u"whereForm")
        self.whereForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_permanent = QLabel(self.where)
        self.label_permanent.setObjectName(u"label_permanent")

        self.whereForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_permanent)

        self.permanent = QLineEdit(self.where)
        self.permanent.setObjectName(u"permanent")

        self.whereForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.permanent)

        self.label_temporary = QLabel(self.where)
        self.label_temporary.setObjectName(u"label_temporary")

        self.whereForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_temporary)

        self.temporary = QLineEdit(self.where)
        self.temporary.setObjectName(u"temporary")

        self.whereForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.temporary)

        self.label_village = QLabel(self.where)
        self.label_village.setObjectName(u"label_village")

        self.whereForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_village)

        self.village = VillagePicker(self.where)
        self.village.setObjectName(u"village")

        self.whereForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.village)

        self.label_relation = QLabel(self.where)
        self.label_relation.setObjectName(u"label_relation")

        self.whereForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_relation)

        self.relation = QComboBox(self.where)
        self.relation.setObjectName(u"relation")

        self.whereForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.relation)

        self.label_status = QLabel(self.where)
        self.label_status.setObjectName(u"label_status")

        self.whereForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_status)

        self.status = QComboBox(self.where)
        self.status.setObjectName(u"status")

        self.whereForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.status)

        self.label_death_date = QLabel(self.where)
        self.label_death_date.setObjectName(u"label_death_date")

        self.whereForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_death_date)

        self.death_date = DateEdit(self.where)
        self.death_date.setObjectName(u"death_date")

        self.whereForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.death_date)

        self.label_reported_date = QLabel(self.where)
        self.label_reported_date.setObjectName(u"label_reported_date")

        self.whereForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_reported_date)

        self.reported_date = DateEdit(self.where)
        self.reported_date.setObjectName(u"reported_date")

        self.whereForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reported_date)

        self.label_moved_date = QLabel(self.where)
        self.label_moved_date.setObjectName(u"label_moved_date")

        self.whereForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_moved_date)

        self.moved_date = DateEdit(self.where)
        self.moved_date.setObjectName(u"moved_date")

        self.whereForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.moved_date)


        self.column1.addWidget(self.where)

        self.card_box = QGroupBox(PersonDialog)
        self.card_box.setObjectName(u"card_box")
        self.card_boxForm = QFormLayout(self.card_box)
        self.card_boxForm.setObjectName(u"card_boxForm")
        self.card_boxForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_card = QLabel(self.card_box)
        self.label_card.setObjectName(u"label_card")

        self.card_boxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_card)

        self.card = QComboBox(self.card_box)
        self.card.setObjectName(u"card")

        self.card_boxForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.card)

        self.label_applied_date = QLabel(self.card_box)
        self.label_applied_date.setObjectName(u"label_applied_date")

        self.card_boxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_applied_date)

        self.applied_date = DateEdit(self.card_box)
        self.applied_date.setObjectName(u"applied_date")

        self.card_boxForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.applied_date)

        self.label_issued_date = QLabel(self.card_box)
        self.label_issued_date.setObjectName(u"label_issued_date")

        self.card_boxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_issued_date)

        self.issued_date = DateEdit(self.card_box)
        self.issued_date.setObjectName(u"issued_date")

        self.card_boxForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issued_date)

        self.label_card_kind = QLabel(self.card_box)
        self.label_card_kind.setObjectName(u"label_card_kind")

        self.card_boxForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_card_kind)

        self.card_kind = QComboBox(self.card_box)
        self.card_kind.setObjectName(u"card_kind")

        self.card_boxForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.card_kind)

        self.label_vneid = QLabel(self.card_box)
        self.label_vneid.setObjectName(u"label_vneid")

        self.card_boxForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_vneid)

        self.vneid = QComboBox(self.card_box)
        self.vneid.setObjectName(u"vneid")

        self.card_boxForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.vneid)

        self.label_vneid2_date = QLabel(self.card_box)
        self.label_vneid2_date.setObjectName(u"label_vneid2_date")

        self.card_boxForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_vneid2_date)

        self.vneid2_date = DateEdit(self.card_box)
        self.vneid2_date.setObjectName(u"vneid2_date")

        self.card_boxForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.vneid2_date)


        self.column1.addWidget(self.card_box)

        self.colSpacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column1.addItem(self.colSpacer1)


        self.columns.addLayout(self.column1)

        self.card_diff = QGroupBox(PersonDialog)
        self.card_diff.setObjectName(u"card_diff")
        self.card_diff.setMaximumSize(QSize(300, 16777215))
        self.card_diff_layout = QVBoxLayout(self.card_diff)
        self.card_diff_layout.setObjectName(u"card_diff_layout")
        self.card_diff_intro = QLabel(self.card_diff)
        self.card_diff_intro.setObjectName(u"card_diff_intro")
        self.card_diff_intro.setWordWrap(True)

        self.card_diff_layout.addWidget(self.card_diff_intro)

        self.take_card = QPushButton(self.card_diff)
        self.take_card.setObjectName(u"take_card")

        self.card_diff_layout.addWidget(self.take_card)


        self.columns.addWidget(self.card_diff)


        self.mainLayout.addLayout(self.columns)

        self.buttons = QDialogButtonBox(PersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_full_name.setBuddy(self.full_name)
        self.label_other_name.setBuddy(self.other_name)
        self.label_birth.setBuddy(self.birth)
        self.label_sex.setBuddy(self.sex)
        self.label_ethnic.setBuddy(self.ethnic)
        self.label_religion.setBuddy(self.religion)
        self.label_id_number.setBuddy(self.id_number)
        self.label_phone.setBuddy(self.phone)
        self.label_occupation.setBuddy(self.occupation)
        self.label_note.setBuddy(self.note)
        self.label_permanent.setBuddy(self.permanent)
        self.label_temporary.setBuddy(self.temporary)
        self.label_village.setBuddy(self.village)
        self.label_relation.setBuddy(self.relation)
        self.label_status.setBuddy(self.status)
        self.label_death_date.setBuddy(self.death_date)
        self.label_reported_date.setBuddy(self.reported_date)
        self.label_moved_date.setBuddy(self.moved_date)
        self.label_card.setBuddy(self.card)
        self.label_applied_date.setBuddy(self.applied_date)
        self.label_issued_date.setBuddy(self.issued_date)
        self.label_card_kind.setBuddy(self.card_kind)
        self.label_vneid.setBuddy(self.vneid)
        self.label_vneid2_date.setBuddy(self.vneid2_date)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Nh\u00e2n kh\u1ea9u", None))
        self.who.setTitle(QCoreApplication.translate("PersonDialog", u"Nh\u00e2n th\u00e2n", None))
        self.label_full_name.setText(QCoreApplication.translate("PersonDialog", u"H\u1ecd v\u00e0 t\u00ean *", None))
        self.label_other_name.setText(QCoreApplication.translate("PersonDialog", u"T\u00ean g\u1ecdi kh\u00e1c", None))
        self.label_birth.setText(QCoreApplication.translate("PersonDialog", u"Ng\u00e0y sinh", None))
        self.birth.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"dd/mm/yyyy, mm/yyyy ho\u1eb7c yyyy", None))
        self.label_sex.setText(QCoreApplication.translate("PersonDialog", u"Gi\u1edbi t\u00ednh *", None))
        self.label_ethnic.setText(QCoreApplication.translate("PersonDialog", u"D\u00e2n t\u1ed9c", None))
        self.label_religion.setText(QCoreApplication.translate("PersonDialog", u"T\u00f4n gi\u00e1o", None))
        self.label_id_number.setText(QCoreApplication.translate("PersonDialog", u"S\u1ed1 \u0111\u1ecbnh danh c\u00e1 nh\u00e2n", None))
        self.label_phone.setText(QCoreApplication.translate("PersonDialog", u"S\u1ed1 \u0111i\u1ec7n tho\u1ea1i", None))
        self.label_occupation.setText(QCoreApplication.translate("PersonDialog", u"Ngh\u1ec1 nghi\u1ec7p", None))
        self.label_note.setText(QCoreApplication.translate("PersonDialog", u"Ghi ch\u00fa", None))
        self.where.setTitle(QCoreApplication.translate("PersonDialog", u"C\u01b0 tr\u00fa", None))
        self.label_permanent.setText(QCoreApplication.translate("PersonDialog", u"N\u01a1i th\u01b0\u1eddng tr\u00fa", None))
        self.label_temporary.setText(QCoreApplication.translate("PersonDialog", u"N\u01a1i t\u1ea1m tr\u00fa", None))
        self.label_village.setText(QCoreApplication.translate("PersonDialog", u"Th\u00f4n, bon", None))
        self.label_relation.setText(QCoreApplication.translate("PersonDialog", u"Quan h\u1ec7 v\u1edbi ch\u1ee7 h\u1ed9", None))
        self.label_status.setText(QCoreApplication.translate("PersonDialog", u"T\u00ecnh tr\u1ea1ng", None))
        self.label_death_date.setText(QCoreApplication.translate("PersonDialog", u"Ng\u00e0y ch\u1ebft", None))
        self.label_reported_date.setText(QCoreApplication.translate("PersonDialog", u"Ng\u00e0y nh\u1eadn tin b\u00e1o t\u1eed", None))
        self.label_moved_date.setText(QCoreApplication.translate("PersonDialog", u"Ng\u00e0y chuy\u1ec3n \u0111i", None))
        self.card_box.setTitle(QCoreApplication.translate("PersonDialog", u"C\u0103n c\u01b0\u1edbc, VNeID", None))
        self.label_card.setText(QCoreApplication.translate("PersonDialog", u"T\u00ecnh tr\u1ea1ng c\u0103n c\u01b0\u1edbc", None))
        self.label_applied_date.setText(QCoreApplication.translate("PersonDialog", u"Ng\u00e0y n\u1ed9p h\u1ed3 s\u01a1", None))
        self.label_issued_date.setText(QCoreApplication.translate("PersonDialog", u"Ng\u00e0y c\u1ea5p", None))
        self.label_card_kind.setText(QCoreApplication.translate("PersonDialog", u"Lo\u1ea1i th\u1ebb", None))
        self.label_vneid.setText(QCoreApplication.translate("PersonDialog", u"M\u1ee9c VNeID", None))
        self.label_vneid2_date.setText(QCoreApplication.translate("PersonDialog", u"Ng\u00e0y k\u00edch ho\u1ea1t m\u1ee9c 2", None))
        self.card_diff.setTitle(QCoreApplication.translate("PersonDialog", u"Th\u1ebb c\u0103n c\u01b0\u1edbc v\u1eeba qu\u00e9t kh\u00e1c v\u1edbi s\u1ed5", None))
        self.card_diff_intro.setText(QCoreApplication.translate("PersonDialog", u"\u0110\u00e1nh d\u1ea5u c\u00e1c m\u1ee5c l\u1ea5y theo th\u1ebb, r\u1ed3i b\u1ea5m \u00abL\u1ea5y theo th\u1ebb\u00bb; m\u1ee5c kh\u00f4ng \u0111\u00e1nh d\u1ea5u gi\u1eef nh\u01b0 s\u1ed5.", None))
        self.take_card.setText(QCoreApplication.translate("PersonDialog", u"L\u1ea5y theo th\u1ebb", None))
    # retranslateUi

