# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidgetItem,
    QPlainTextEdit, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

from desktop.gui.dialogs.checklist import CheckList
from desktop.gui.kit.pickers import (OfficerMultiPicker, VillageMultiPicker)
from desktop.gui.widgets import DateEdit

class Ui_EventDialog(object):
    def setupUi(self, EventDialog):
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        EventDialog.resize(980, 600)
        EventDialog.setMinimumSize(QSize(900, 0))
        self.mainLayout = QVBoxLayout(EventDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.warning = QLabel(EventDialog)
        self.warning.setObjectName(u"warning")
        self.warning.setWordWrap(True)

        self.mainLayout.addWidget(self.warning)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_kind = QLabel(EventDialog)
        self.label_kind.setObjectName(u"label_kind")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_kind)

        self.kind = QComboBox(EventDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.label_title_edit = QLabel(EventDialog)
        self.label_title_edit.setObjectName(u"label_title_edit")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_title_edit)

        self.title_edit = QLineEdit(EventDialog)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.label_when = QLabel(EventDialog)
        self.label_when.setObjectName(u"label_when")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_when)

        self.whenLayout = QHBoxLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.date = DateEdit(EventDialog)
        self.date.setObjectName(u"date")
        self.date.setMinimumWidth(100)

        self.whenLayout.addWidget(self.date)

        self.label_from = QLabel(EventDialog)
        self.label_from.setObjectName(u"label_from")

        self.whenLayout.addWidget(self.label_from)

        self.start_time = QTimeEdit(EventDialog)
        self.start_time.setObjectName(u"start_time")

        self.whenLayout.addWidget(self.start_time)

        self.label_to = QLabel(EventDialog)
        self.label_to.setObjectName(u"label_to")

        self.whenLayout.addWidget(self.label_to)

        self.end_time = QTimeEdit(EventDialog)
        self.end_time.setObjectName(u"end_time")

        self.whenLayout.addWidget(self.end_time)

        self.label_end_date = QLabel(EventDialog)
        self.label_end_date.setObjectName(u"label_end_date")

        self.whenLayout.addWidget(self.label_end_date)

        self.end_date = DateEdit(EventDialog)
        self.end_date.setObjectName(u"end_date")
        self.end_date.setMinimumWidth(100)

        self.whenLayout.addWidget(self.end_date)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.whenSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.whenLayout)

        self.label_place = QLabel(EventDialog)
        self.label_place.setObjectName(u"label_place")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_place)

        self.place = QLineEdit(EventDialog)
        self.place.setObjectName(u"place")
        self.place.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place)

        self.label_partners = QLabel(EventDialog)
        self.label_partners.setObjectName(u"label_partners")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_partners)

        self.partners = QComboBox(EventDialog)
        self.partners.setObjectName(u"partners")
        self.partners.setEditable(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.partners)

        self.label_description = QLabel(EventDialog)
        self.label_description.setObjectName(u"label_description")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_description)

        self.description = QPlainTextEdit(EventDialog)
        self.description.setObjectName(u"description")
        self.description.setMaximumHeight(56)
        self.description.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.description)


        self.mainLayout.addLayout(self.form)

        self.listsLayout = QHBoxLayout()
        self.listsLayout.setObjectName(u"listsLayout")
        self.officersBox = QGroupBox(EventDialog)
        self.officersBox.setObjectName(u"officersBox")
        self.officersBoxLayout = QVBoxLayout(self.officersBox)
        self.officersBoxLayout.setObjectName(u"officersBoxLayout")
        self.officers = OfficerMultiPicker(self.officersBox)
        self.officers.setObjectName(u"officers")

        self.officersBoxLayout.addWidget(self.officers)


        self.listsLayout.addWidget(self.officersBox)

        self.villagesBox = QGroupBox(EventDialog)
        self.villagesBox.setObjectName(u"villagesBox")
        self.villagesBoxLayout = QVBoxLayout(self.villagesBox)
        self.villagesBoxLayout.setObjectName(u"villagesBoxLayout")
        self.villages = VillageMultiPicker(self.villagesBox)
        self.villages.setObjectName(u"villages")

        self.villagesBoxLayout.addWidget(self.villages)


        self.listsLayout.addWidget(self.villagesBox)

        self.topicsBox = QGroupBox(EventDialog)
        self.topicsBox.setObjectName(u"topicsBox")
        self.topicsBoxLayout = QVBoxLayout(self.topicsBox)
        self.topicsBoxLayout.setObjectName(u"topicsBoxLayout")
        self.topics = CheckList(self.topicsBox)
        self.topics.setObjectName(u"topics")
        self.topics.setMinimumHeight(120)

        self.topicsBoxLayout.addWidget(self.topics)


        self.listsLayout.addWidget(self.topicsBox)

        self.listsLayout.setStretch(0, 3)
        self.listsLayout.setStretch(1, 2)
        self.listsLayout.setStretch(2, 2)

        self.mainLayout.addLayout(self.listsLayout)

        self.only_this = QRadioButton(EventDialog)
        self.only_this.setObjectName(u"only_this")
        self.only_this.setChecked(True)

        self.mainLayout.addWidget(self.only_this)

        self.whole_series = QRadioButton(EventDialog)
        self.whole_series.setObjectName(u"whole_series")

        self.mainLayout.addWidget(self.whole_series)

        self.repeat = QGroupBox(EventDialog)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setCheckable(True)
        self.repeat.setChecked(False)
        self.repeatLayout = QHBoxLayout(self.repeat)
        self.repeatLayout.setObjectName(u"repeatLayout")
        self.freq = QComboBox(self.repeat)
        self.freq.setObjectName(u"freq")

        self.repeatLayout.addWidget(self.freq)

        self.label_every = QLabel(self.repeat)
        self.label_every.setObjectName(u"label_every")

        self.repeatLayout.addWidget(self.label_every)

        self.every = QSpinBox(self.repeat)
        self.every.setObjectName(u"every")
        self.every.setMinimum(1)
        self.every.setMaximum(52)

        self.repeatLayout.addWidget(self.every)

        self.label_days = QLabel(self.repeat)
        self.label_days.setObjectName(u"label_days")

        self.repeatLayout.addWidget(self.label_days)

        self.weekday_0 = QCheckBox(self.repeat)
        self.weekday_0.setObjectName(u"weekday_0")

        self.repeatLayout.addWidget(self.weekday_0)

        self.weekday_1 = QCheckBox(self.repeat)
        self.weekday_1.setObjectName(u"weekday_1")

        self.repeatLayout.addWidget(self.weekday_1)

        self.weekday_2 = QCheckBox(self.repeat)
        self.weekday_2.setObjectName(u"weekday_2")

        self.repeatLayout.addWidget(self.weekday_2)

        self.weekday_3 = QCheckBox(self.repeat)
        self.weekday_3.setObjectName(u"weekday_3")

        self.repeatLayout.addWidget(self.weekday_3)

        self.weekday_4 = QCheckBox(self.repeat)
        self.weekday_4.setObjectName(u"weekday_4")

        self.repeatLayout.addWidget(self.weekday_4)

        self.weekday_5 = QCheckBox(self.repeat)
        self.weekday_5.setObjectName(u"weekday_5")

        self.repeatLayout.addWidget(self.weekday_5)

        self.weekday_6 = QCheckBox(self.repeat)
        self.weekday_6.setObjectName(u"weekday_6")

        self.repeatLayout.addWidget(self.weekday_6)

        self.label_until = QLabel(self.repeat)
        self.label_until.setObjectName(u"label_until")

        self.repeatLayout.addWidget(self.label_until)

        self.until = DateEdit(self.repeat)
        self.until.setObjectName(u"until")
        self.until.setMinimumWidth(100)

        self.repeatLayout.addWidget(self.until)

        self.repeatSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.repeatLayout.addItem(self.repeatSpacer)


        self.mainLayout.addWidget(self.repeat)

        self.buttons = QDialogButtonBox(EventDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_kind.setBuddy(self.kind)
        self.label_title_edit.setBuddy(self.title_edit)
        self.label_when.setBuddy(self.date)
        self.label_from.setBuddy(self.start_time)
        self.label_to.setBuddy(self.end_time)
        self.label_end_date.setBuddy(self.end_date)
        self.label_place.setBuddy(self.place)
        self.label_partners.setBuddy(self.partners)
        self.label_description.setBuddy(self.description)
        self.label_every.setBuddy(self.every)
        self.label_until.setBuddy(self.until)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventDialog)

        QMetaObject.connectSlotsByName(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog):
        EventDialog.setWindowTitle(QCoreApplication.translate("EventDialog", u"Th\u00eam c\u00f4ng vi\u1ec7c v\u00e0o l\u1ecbch", None))
        self.warning.setStyleSheet(QCoreApplication.translate("EventDialog", u"color:#b00020", None))
        self.label_kind.setText(QCoreApplication.translate("EventDialog", u"Lo\u1ea1i c\u00f4ng vi\u1ec7c:", None))
        self.label_title_edit.setText(QCoreApplication.translate("EventDialog", u"N\u1ed9i dung:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"\u0111\u1ec3 tr\u1ed1ng: l\u1ea5y t\u00ean lo\u1ea1i c\u00f4ng vi\u1ec7c", None))
        self.label_when.setText(QCoreApplication.translate("EventDialog", u"Th\u1eddi gian:", None))
        self.label_from.setText(QCoreApplication.translate("EventDialog", u"t\u1eeb", None))
        self.start_time.setDisplayFormat(QCoreApplication.translate("EventDialog", u"HH:mm", None))
        self.label_to.setText(QCoreApplication.translate("EventDialog", u"\u0111\u1ebfn", None))
        self.end_time.setDisplayFormat(QCoreApplication.translate("EventDialog", u"HH:mm", None))
        self.label_end_date.setText(QCoreApplication.translate("EventDialog", u"k\u1ebft th\u00fac ng\u00e0y (n\u1ebfu kh\u00e1c)", None))
        self.label_place.setText(QCoreApplication.translate("EventDialog", u"\u0110\u1ecba \u0111i\u1ec3m:", None))
        self.label_partners.setText(QCoreApplication.translate("EventDialog", u"L\u1ef1c l\u01b0\u1ee3ng ph\u1ed1i h\u1ee3p:", None))
        self.label_description.setText(QCoreApplication.translate("EventDialog", u"Ghi ch\u00fa:", None))
        self.officersBox.setTitle(QCoreApplication.translate("EventDialog", u"C\u00e1n b\u1ed9 tham gia", None))
        self.villagesBox.setTitle(QCoreApplication.translate("EventDialog", u"Th\u00f4n, bon", None))
        self.topicsBox.setTitle(QCoreApplication.translate("EventDialog", u"Ch\u1ee7 \u0111\u1ec1 tuy\u00ean truy\u1ec1n", None))
        self.only_this.setText(QCoreApplication.translate("EventDialog", u"Ch\u1ec9 s\u1eeda bu\u1ed5i n\u00e0y", None))
        self.whole_series.setText(QCoreApplication.translate("EventDialog", u"S\u1eeda c\u1ea3 l\u1ecbch l\u1eb7p l\u1ea1i t\u1eeb h\u00f4m nay (c\u00e1c bu\u1ed5i ch\u01b0a s\u1eeda ri\u00eang)", None))
        self.repeat.setTitle(QCoreApplication.translate("EventDialog", u"L\u1eb7p l\u1ea1i", None))
        self.label_every.setText(QCoreApplication.translate("EventDialog", u"m\u1ed7i", None))
        self.label_days.setText(QCoreApplication.translate("EventDialog", u"v\u00e0o", None))
        self.weekday_0.setText(QCoreApplication.translate("EventDialog", u"T2", None))
        self.weekday_1.setText(QCoreApplication.translate("EventDialog", u"T3", None))
        self.weekday_2.setText(QCoreApplication.translate("EventDialog", u"T4", None))
        self.weekday_3.setText(QCoreApplication.translate("EventDialog", u"T5", None))
        self.weekday_4.setText(QCoreApplication.translate("EventDialog", u"T6", None))
        self.weekday_5.setText(QCoreApplication.translate("EventDialog", u"T7", None))
        self.weekday_6.setText(QCoreApplication.translate("EventDialog", u"CN", None))
        self.label_until.setText(QCoreApplication.translate("EventDialog", u"\u0111\u1ebfn ng\u00e0y", None))
    # retranslateUi

