# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTimeEdit, QVBoxLayout, QWidget)

from desktop.gui.kit.pickers import (EventPicker, PersonPicker, VillagePicker)
from desktop.gui.widgets import DateEdit

class Ui_IncidentDialog(object):
    def setupUi(self, IncidentDialog):
        if not IncidentDialog.objectName():
            IncidentDialog.setObjectName(u"IncidentDialog")
        IncidentDialog.resize(720, 500)
        self.mainLayout = QVBoxLayout(IncidentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(IncidentDialog)
        self.tabs.setObjectName(u"tabs")
        self.tab_incident = QWidget()
        self.tab_incident.setObjectName(u"tab_incident")
        self.form = QFormLayout(self.tab_incident)
        self.form.setObjectName(u"form")
        self.label_date = QLabel(self.tab_incident)
        self.label_date.setObjectName(u"label_date")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_date)

        self.whenLayout = QHBoxLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.date = DateEdit(self.tab_incident)
        self.date.setObjectName(u"date")
        self.date.setMinimumWidth(100)

        self.whenLayout.addWidget(self.date)

        self.time = QTimeEdit(self.tab_incident)
        self.time.setObjectName(u"time")

        self.whenLayout.addWidget(self.time)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.whenSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.whenLayout)

        self.label_klass = QLabel(self.tab_incident)
        self.label_klass.setObjectName(u"label_klass")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_klass)

        self.klass = QComboBox(self.tab_incident)
        self.klass.setObjectName(u"klass")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.klass)

        self.label_crime_kind = QLabel(self.tab_incident)
        self.label_crime_kind.setObjectName(u"label_crime_kind")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_crime_kind)

        self.crime_kind = QComboBox(self.tab_incident)
        self.crime_kind.setObjectName(u"crime_kind")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.crime_kind)

        self.label_violation_field = QLabel(self.tab_incident)
        self.label_violation_field.setObjectName(u"label_violation_field")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_violation_field)

        self.violation_field = QComboBox(self.tab_incident)
        self.violation_field.setObjectName(u"violation_field")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.violation_field)

        self.label_cause = QLabel(self.tab_incident)
        self.label_cause.setObjectName(u"label_cause")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_cause)

        self.causeLayout = QHBoxLayout()
        self.causeLayout.setObjectName(u"causeLayout")
        self.cause = QComboBox(self.tab_incident)
        self.cause.setObjectName(u"cause")

        self.causeLayout.addWidget(self.cause)

        self.cause_note = QLineEdit(self.tab_incident)
        self.cause_note.setObjectName(u"cause_note")

        self.causeLayout.addWidget(self.cause_note)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.causeLayout)

        self.label_village = QLabel(self.tab_incident)
        self.label_village.setObjectName(u"label_village")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_village)

        self.village = VillagePicker(self.tab_incident)
        self.village.setObjectName(u"village")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.village)

        self.label_place = QLabel(self.tab_incident)
        self.label_place.setObjectName(u"label_place")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_place)

        self.place = QLineEdit(self.tab_incident)
        self.place.setObjectName(u"place")
        self.place.setMaxLength(200)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.place)

        self.label_summary = QLabel(self.tab_incident)
        self.label_summary.setObjectName(u"label_summary")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_summary)

        self.summary = QPlainTextEdit(self.tab_incident)
        self.summary.setObjectName(u"summary")
        self.summary.setMaximumHeight(72)
        self.summary.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.summary)

        self.label_event = QLabel(self.tab_incident)
        self.label_event.setObjectName(u"label_event")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_event)

        self.event = EventPicker(self.tab_incident)
        self.event.setObjectName(u"event")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.event)

        self.review_note = QLabel(self.tab_incident)
        self.review_note.setObjectName(u"review_note")
        self.review_note.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.review_note)

        self.tabs.addTab(self.tab_incident, "")
        self.tab_people = QWidget()
        self.tab_people.setObjectName(u"tab_people")
        self.peopleLayout = QVBoxLayout(self.tab_people)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.persons = QListWidget(self.tab_people)
        self.persons.setObjectName(u"persons")

        self.peopleLayout.addWidget(self.persons)

        self.personRow = QHBoxLayout()
        self.personRow.setObjectName(u"personRow")
        self.role = QComboBox(self.tab_people)
        self.role.setObjectName(u"role")

        self.personRow.addWidget(self.role)

        self.person = PersonPicker(self.tab_people)
        self.person.setObjectName(u"person")

        self.personRow.addWidget(self.person)

        self.add_person = QPushButton(self.tab_people)
        self.add_person.setObjectName(u"add_person")

        self.personRow.addWidget(self.add_person)


        self.peopleLayout.addLayout(self.personRow)

        self.outsiderRow = QHBoxLayout()
        self.outsiderRow.setObjectName(u"outsiderRow")
        self.outsider_name = QLineEdit(self.tab_people)
        self.outsider_name.setObjectName(u"outsider_name")
        self.outsider_name.setMaxLength(120)

        self.outsiderRow.addWidget(self.outsider_name)

        self.add_outsider = QPushButton(self.tab_people)
        self.add_outsider.setObjectName(u"add_outsider")

        self.outsiderRow.addWidget(self.add_outsider)


        self.peopleLayout.addLayout(self.outsiderRow)

        self.removeRow = QHBoxLayout()
        self.removeRow.setObjectName(u"removeRow")
        self.remove_person = QPushButton(self.tab_people)
        self.remove_person.setObjectName(u"remove_person")

        self.removeRow.addWidget(self.remove_person)

        self.removeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.removeRow.addItem(self.removeSpacer)


        self.peopleLayout.addLayout(self.removeRow)

        self.people_label = QLabel(self.tab_people)
        self.people_label.setObjectName(u"people_label")
        self.people_label.setWordWrap(True)

        self.peopleLayout.addWidget(self.people_label)

        self.people = QPlainTextEdit(self.tab_people)
        self.people.setObjectName(u"people")
        self.people.setMaximumHeight(56)
        self.people.setTabChangesFocus(True)

        self.peopleLayout.addWidget(self.people)

        self.tabs.addTab(self.tab_people, "")
        self.tab_handling = QWidget()
        self.tab_handling.setObjectName(u"tab_handling")
        self.handlingForm = QFormLayout(self.tab_handling)
        self.handlingForm.setObjectName(u"handlingForm")
        self.label_handling = QLabel(self.tab_handling)
        self.label_handling.setObjectName(u"label_handling")

        self.handlingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_handling)

        self.handling = QComboBox(self.tab_handling)
        self.handling.setObjectName(u"handling")

        self.handlingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.handling)

        self.label_fine_amount = QLabel(self.tab_handling)
        self.label_fine_amount.setObjectName(u"label_fine_amount")

        self.handlingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_fine_amount)

        self.fine_amount = QLineEdit(self.tab_handling)
        self.fine_amount.setObjectName(u"fine_amount")

        self.handlingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fine_amount)

        self.label_fined_persons = QLabel(self.tab_handling)
        self.label_fined_persons.setObjectName(u"label_fined_persons")

        self.handlingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_fined_persons)

        self.fined_persons = QSpinBox(self.tab_handling)
        self.fined_persons.setObjectName(u"fined_persons")
        self.fined_persons.setMaximum(999)

        self.handlingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fined_persons)

        self.label_decision_number = QLabel(self.tab_handling)
        self.label_decision_number.setObjectName(u"label_decision_number")

        self.handlingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_decision_number)

        self.decision_number = QLineEdit(self.tab_handling)
        self.decision_number.setObjectName(u"decision_number")
        self.decision_number.setMaxLength(60)

        self.handlingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decision_number)

        self.label_killed = QLabel(self.tab_handling)
        self.label_killed.setObjectName(u"label_killed")

        self.handlingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_killed)

        self.killed = QSpinBox(self.tab_handling)
        self.killed.setObjectName(u"killed")
        self.killed.setMaximum(999)

        self.handlingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.killed)

        self.label_injured = QLabel(self.tab_handling)
        self.label_injured.setObjectName(u"label_injured")

        self.handlingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_injured)

        self.injured = QSpinBox(self.tab_handling)
        self.injured.setObjectName(u"injured")
        self.injured.setMaximum(999)

        self.handlingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.injured)

        self.label_damage = QLabel(self.tab_handling)
        self.label_damage.setObjectName(u"label_damage")

        self.handlingForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_damage)

        self.damage = QLineEdit(self.tab_handling)
        self.damage.setObjectName(u"damage")

        self.handlingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.damage)

        self.label_handling_note = QLabel(self.tab_handling)
        self.label_handling_note.setObjectName(u"label_handling_note")

        self.handlingForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_handling_note)

        self.handling_note = QPlainTextEdit(self.tab_handling)
        self.handling_note.setObjectName(u"handling_note")
        self.handling_note.setMaximumHeight(72)
        self.handling_note.setTabChangesFocus(True)

        self.handlingForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.handling_note)

        self.tabs.addTab(self.tab_handling, "")

        self.mainLayout.addWidget(self.tabs)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(IncidentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_date.setBuddy(self.date)
        self.label_klass.setBuddy(self.klass)
        self.label_crime_kind.setBuddy(self.crime_kind)
        self.label_violation_field.setBuddy(self.violation_field)
        self.label_cause.setBuddy(self.cause)
        self.label_village.setBuddy(self.village)
        self.label_place.setBuddy(self.place)
        self.label_summary.setBuddy(self.summary)
        self.label_event.setBuddy(self.event)
        self.label_handling.setBuddy(self.handling)
        self.label_fine_amount.setBuddy(self.fine_amount)
        self.label_fined_persons.setBuddy(self.fined_persons)
        self.label_decision_number.setBuddy(self.decision_number)
        self.label_killed.setBuddy(self.killed)
        self.label_injured.setBuddy(self.injured)
        self.label_damage.setBuddy(self.damage)
        self.label_handling_note.setBuddy(self.handling_note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IncidentDialog)

        QMetaObject.connectSlotsByName(IncidentDialog)
    # setupUi

    def retranslateUi(self, IncidentDialog):
        IncidentDialog.setWindowTitle(QCoreApplication.translate("IncidentDialog", u"Ghi v\u1ee5 vi\u1ec7c v\u1ec1 an ninh, tr\u1eadt t\u1ef1", None))
        self.label_date.setText(QCoreApplication.translate("IncidentDialog", u"Th\u1eddi gian x\u1ea3y ra:", None))
        self.time.setDisplayFormat(QCoreApplication.translate("IncidentDialog", u"HH:mm", None))
        self.label_klass.setText(QCoreApplication.translate("IncidentDialog", u"Ph\u00e2n lo\u1ea1i:", None))
        self.label_crime_kind.setText(QCoreApplication.translate("IncidentDialog", u"Lo\u1ea1i t\u1ed9i ph\u1ea1m:", None))
        self.label_violation_field.setText(QCoreApplication.translate("IncidentDialog", u"L\u0129nh v\u1ef1c vi ph\u1ea1m:", None))
        self.label_cause.setText(QCoreApplication.translate("IncidentDialog", u"Nguy\u00ean nh\u00e2n:", None))
        self.cause_note.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"ghi r\u00f5 th\u00eam (n\u1ebfu c\u1ea7n)", None))
        self.label_village.setText(QCoreApplication.translate("IncidentDialog", u"Th\u00f4n, bon:", None))
        self.label_place.setText(QCoreApplication.translate("IncidentDialog", u"\u0110\u1ecba \u0111i\u1ec3m:", None))
        self.label_summary.setText(QCoreApplication.translate("IncidentDialog", u"T\u00f3m t\u1eaft v\u1ee5 vi\u1ec7c:", None))
        self.label_event.setText(QCoreApplication.translate("IncidentDialog", u"Ph\u00e1t sinh trong c\u00f4ng vi\u1ec7c:", None))
        self.review_note.setStyleSheet(QCoreApplication.translate("IncidentDialog", u"color:#a15c00", None))
        self.review_note.setText(QCoreApplication.translate("IncidentDialog", u"\u2014", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab_incident), QCoreApplication.translate("IncidentDialog", u"V\u1ee5 vi\u1ec7c", None))
        self.add_person.setText(QCoreApplication.translate("IncidentDialog", u"Th\u00eam nh\u00e2n kh\u1ea9u", None))
        self.outsider_name.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"H\u1ecd t\u00ean, n\u0103m sinh, n\u01a1i \u1edf c\u1ee7a ng\u01b0\u1eddi ngo\u00e0i \u0111\u1ecba b\u00e0n", None))
        self.add_outsider.setText(QCoreApplication.translate("IncidentDialog", u"Th\u00eam ng\u01b0\u1eddi ngo\u00e0i \u0111\u1ecba b\u00e0n", None))
        self.remove_person.setText(QCoreApplication.translate("IncidentDialog", u"B\u1ecf ng\u01b0\u1eddi \u0111\u00e3 ch\u1ecdn", None))
        self.people_label.setText(QCoreApplication.translate("IncidentDialog", u"T\u00ean \u0111\u00e3 g\u00f5 tr\u01b0\u1edbc \u0111\u00e2y, ch\u01b0a kh\u1edbp v\u1edbi nh\u00e2n kh\u1ea9u n\u00e0o (h\u00e3y ch\u1ecdn l\u1ea1i \u1edf tr\u00ean):", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab_people), QCoreApplication.translate("IncidentDialog", u"Ng\u01b0\u1eddi li\u00ean quan", None))
        self.label_handling.setText(QCoreApplication.translate("IncidentDialog", u"H\u00ecnh th\u1ee9c gi\u1ea3i quy\u1ebft:", None))
        self.label_fine_amount.setText(QCoreApplication.translate("IncidentDialog", u"S\u1ed1 ti\u1ec1n ph\u1ea1t (\u0111\u1ed3ng):", None))
        self.fine_amount.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"vd. 1.500.000", None))
        self.label_fined_persons.setText(QCoreApplication.translate("IncidentDialog", u"S\u1ed1 ng\u01b0\u1eddi b\u1ecb ph\u1ea1t:", None))
        self.label_decision_number.setText(QCoreApplication.translate("IncidentDialog", u"S\u1ed1 quy\u1ebft \u0111\u1ecbnh x\u1eed ph\u1ea1t:", None))
        self.label_killed.setText(QCoreApplication.translate("IncidentDialog", u"S\u1ed1 ng\u01b0\u1eddi ch\u1ebft:", None))
        self.label_injured.setText(QCoreApplication.translate("IncidentDialog", u"S\u1ed1 ng\u01b0\u1eddi b\u1ecb th\u01b0\u01a1ng:", None))
        self.label_damage.setText(QCoreApplication.translate("IncidentDialog", u"Thi\u1ec7t h\u1ea1i (\u0111\u1ed3ng):", None))
        self.damage.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"\u01b0\u1edbc t\u00ednh, vd. 30.000.000", None))
        self.label_handling_note.setText(QCoreApplication.translate("IncidentDialog", u"K\u1ebft qu\u1ea3 gi\u1ea3i quy\u1ebft:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab_handling), QCoreApplication.translate("IncidentDialog", u"Gi\u1ea3i quy\u1ebft, thi\u1ec7t h\u1ea1i", None))
    # retranslateUi

