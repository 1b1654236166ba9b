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
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QTimeEdit, QVBoxLayout, QWidget)

from desktop.gui.kit.pickers import (EventPicker, VillagePicker)
from desktop.gui.widgets import DateEdit

class Ui_IncidentDialog(object):
    def setupUi(self, IncidentDialog):
        if not IncidentDialog.objectName():
            IncidentDialog.setObjectName(u"IncidentDialog")
        IncidentDialog.resize(720, 480)
        self.mainLayout = QVBoxLayout(IncidentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_when = QLabel(IncidentDialog)
        self.label_when.setObjectName(u"label_when")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_when)

        self.whenLayout = QHBoxLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.date = DateEdit(IncidentDialog)
        self.date.setObjectName(u"date")
        self.date.setMinimumWidth(100)

        self.whenLayout.addWidget(self.date)

        self.time = QTimeEdit(IncidentDialog)
        self.time.setObjectName(u"time")

        self.whenLayout.addWidget(self.time)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.whenSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.whenLayout)

        self.label_kind = QLabel(IncidentDialog)
        self.label_kind.setObjectName(u"label_kind")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_kind)

        self.kind = QComboBox(IncidentDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.label_cause = QLabel(IncidentDialog)
        self.label_cause.setObjectName(u"label_cause")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_cause)

        self.causeLayout = QHBoxLayout()
        self.causeLayout.setObjectName(u"causeLayout")
        self.cause = QComboBox(IncidentDialog)
        self.cause.setObjectName(u"cause")

        self.causeLayout.addWidget(self.cause)

        self.cause_note = QLineEdit(IncidentDialog)
        self.cause_note.setObjectName(u"cause_note")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.cause_note.sizePolicy().hasHeightForWidth())
        self.cause_note.setSizePolicy(sizePolicy)

        self.causeLayout.addWidget(self.cause_note)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.causeLayout)

        self.label_village = QLabel(IncidentDialog)
        self.label_village.setObjectName(u"label_village")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_village)

        self.village = VillagePicker(IncidentDialog)
        self.village.setObjectName(u"village")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.village)

        self.label_place = QLabel(IncidentDialog)
        self.label_place.setObjectName(u"label_place")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_place)

        self.place = QLineEdit(IncidentDialog)
        self.place.setObjectName(u"place")
        self.place.setMaxLength(200)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place)

        self.label_people = QLabel(IncidentDialog)
        self.label_people.setObjectName(u"label_people")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_people)

        self.people = QPlainTextEdit(IncidentDialog)
        self.people.setObjectName(u"people")
        self.people.setMaximumHeight(56)
        self.people.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.people)

        self.people_note = QLabel(IncidentDialog)
        self.people_note.setObjectName(u"people_note")
        self.people_note.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.people_note)

        self.label_summary = QLabel(IncidentDialog)
        self.label_summary.setObjectName(u"label_summary")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_summary)

        self.summary = QPlainTextEdit(IncidentDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setMaximumHeight(72)
        self.summary.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.summary)

        self.label_handling = QLabel(IncidentDialog)
        self.label_handling.setObjectName(u"label_handling")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_handling)

        self.handling = QComboBox(IncidentDialog)
        self.handling.setObjectName(u"handling")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.handling)

        self.label_handling_note = QLabel(IncidentDialog)
        self.label_handling_note.setObjectName(u"label_handling_note")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_handling_note)

        self.handling_note = QPlainTextEdit(IncidentDialog)
        self.handling_note.setObjectName(u"handling_note")
        self.handling_note.setMaximumHeight(56)
        self.handling_note.setTabChangesFocus(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.handling_note)

        self.label_event = QLabel(IncidentDialog)
        self.label_event.setObjectName(u"label_event")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_event)

        self.event = EventPicker(IncidentDialog)
        self.event.setObjectName(u"event")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.event)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(IncidentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_when.setBuddy(self.date)
        self.label_kind.setBuddy(self.kind)
        self.label_cause.setBuddy(self.cause)
        self.label_village.setBuddy(self.village)
        self.label_place.setBuddy(self.place)
        self.label_people.setBuddy(self.people)
        self.label_summary.setBuddy(self.summary)
        self.label_handling.setBuddy(self.handling)
        self.label_handling_note.setBuddy(self.handling_note)
        self.label_event.setBuddy(self.event)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IncidentDialog)

        QMetaObject.connectSlotsByName(IncidentDialog)
    # setupUi

    def retranslateUi(self, IncidentDialog):
        IncidentDialog.setWindowTitle(QCoreApplication.translate("IncidentDialog", u"Ghi v\u1ee5 vi\u1ec7c v\u1ec1 an ninh, tr\u1eadt t\u1ef1", None))
        self.label_when.setText(QCoreApplication.translate("IncidentDialog", u"Th\u1eddi gian x\u1ea3y ra:", None))
        self.time.setDisplayFormat(QCoreApplication.translate("IncidentDialog", u"HH:mm", None))
        self.label_kind.setText(QCoreApplication.translate("IncidentDialog", u"Lo\u1ea1i v\u1ee5 vi\u1ec7c:", None))
        self.label_cause.setText(QCoreApplication.translate("IncidentDialog", u"Nguy\u00ean nh\u00e2n:", None))
        self.cause_note.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"ghi r\u00f5 th\u00eam (n\u1ebfu c\u1ea7n)", None))
        self.label_village.setText(QCoreApplication.translate("IncidentDialog", u"Th\u00f4n, bon:", None))
        self.label_place.setText(QCoreApplication.translate("IncidentDialog", u"\u0110\u1ecba \u0111i\u1ec3m:", None))
        self.label_people.setText(QCoreApplication.translate("IncidentDialog", u"Ng\u01b0\u1eddi li\u00ean quan:", None))
        self.people.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"H\u1ecd t\u00ean, n\u0103m sinh, n\u01a1i \u1edf c\u1ee7a ng\u01b0\u1eddi li\u00ean quan (g\u00f5 tay)", None))
        self.people_note.setText(QCoreApplication.translate("IncidentDialog", u"Ng\u01b0\u1eddi li\u00ean quan \u0111\u01b0\u1ee3c ghi b\u1eb1ng ch\u1eef; ch\u01b0a li\u00ean k\u1ebft v\u1edbi s\u1ed5 nh\u00e2n kh\u1ea9u.", None))
        self.people_note.setStyleSheet(QCoreApplication.translate("IncidentDialog", u"color:#666", None))
        self.label_summary.setText(QCoreApplication.translate("IncidentDialog", u"T\u00f3m t\u1eaft v\u1ee5 vi\u1ec7c:", None))
        self.label_handling.setText(QCoreApplication.translate("IncidentDialog", u"H\u00ecnh th\u1ee9c gi\u1ea3i quy\u1ebft:", None))
        self.label_handling_note.setText(QCoreApplication.translate("IncidentDialog", u"K\u1ebft qu\u1ea3 gi\u1ea3i quy\u1ebft:", None))
        self.label_event.setText(QCoreApplication.translate("IncidentDialog", u"Ph\u00e1t sinh trong c\u00f4ng vi\u1ec7c:", None))
    # retranslateUi

