# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hotspot_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from desktop.gui.kit.pickers import (EventPicker, VillagePicker)
from desktop.gui.widgets import DateEdit

class Ui_HotspotDialog(object):
    def setupUi(self, HotspotDialog):
        if not HotspotDialog.objectName():
            HotspotDialog.setObjectName(u"HotspotDialog")
        HotspotDialog.resize(720, 420)
        self.mainLayout = QVBoxLayout(HotspotDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_place = QLabel(HotspotDialog)
        self.label_place.setObjectName(u"label_place")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_place)

        self.place = QLineEdit(HotspotDialog)
        self.place.setObjectName(u"place")
        self.place.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.place)

        self.label_village = QLabel(HotspotDialog)
        self.label_village.setObjectName(u"label_village")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_village)

        self.village = VillagePicker(HotspotDialog)
        self.village.setObjectName(u"village")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.village)

        self.label_description = QLabel(HotspotDialog)
        self.label_description.setObjectName(u"label_description")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_description)

        self.description = QPlainTextEdit(HotspotDialog)
        self.description.setObjectName(u"description")
        self.description.setMaximumHeight(72)
        self.description.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.description)

        self.label_found_on = QLabel(HotspotDialog)
        self.label_found_on.setObjectName(u"label_found_on")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_found_on)

        self.found_on = DateEdit(HotspotDialog)
        self.found_on.setObjectName(u"found_on")
        self.found_on.setMinimumWidth(100)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.found_on)

        self.label_reported_to = QLabel(HotspotDialog)
        self.label_reported_to.setObjectName(u"label_reported_to")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_reported_to)

        self.reported_to = QLineEdit(HotspotDialog)
        self.reported_to.setObjectName(u"reported_to")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reported_to)

        self.label_proposed_fix = QLabel(HotspotDialog)
        self.label_proposed_fix.setObjectName(u"label_proposed_fix")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_proposed_fix)

        self.proposed_fix = QPlainTextEdit(HotspotDialog)
        self.proposed_fix.setObjectName(u"proposed_fix")
        self.proposed_fix.setMaximumHeight(56)
        self.proposed_fix.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.proposed_fix)

        self.label_status = QLabel(HotspotDialog)
        self.label_status.setObjectName(u"label_status")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_status)

        self.status = QComboBox(HotspotDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.status)

        self.label_fixed_on = QLabel(HotspotDialog)
        self.label_fixed_on.setObjectName(u"label_fixed_on")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_fixed_on)

        self.fixed_on = DateEdit(HotspotDialog)
        self.fixed_on.setObjectName(u"fixed_on")
        self.fixed_on.setMinimumWidth(100)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.fixed_on)

        self.label_event = QLabel(HotspotDialog)
        self.label_event.setObjectName(u"label_event")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_event)

        self.event = EventPicker(HotspotDialog)
        self.event.setObjectName(u"event")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.event)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(HotspotDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_place.setBuddy(self.place)
        self.label_village.setBuddy(self.village)
        self.label_description.setBuddy(self.description)
        self.label_found_on.setBuddy(self.found_on)
        self.label_reported_to.setBuddy(self.reported_to)
        self.label_proposed_fix.setBuddy(self.proposed_fix)
        self.label_status.setBuddy(self.status)
        self.label_fixed_on.setBuddy(self.fixed_on)
        self.label_event.setBuddy(self.event)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HotspotDialog)

        QMetaObject.connectSlotsByName(HotspotDialog)
    # setupUi

    def retranslateUi(self, HotspotDialog):
        HotspotDialog.setWindowTitle(QCoreApplication.translate("HotspotDialog", u"Th\u00eam \u0111i\u1ec3m nguy c\u01a1 m\u1ea5t an to\u00e0n giao th\u00f4ng", None))
        self.label_place.setText(QCoreApplication.translate("HotspotDialog", u"V\u1ecb tr\u00ed:", None))
        self.label_village.setText(QCoreApplication.translate("HotspotDialog", u"Th\u00f4n, bon:", None))
        self.label_description.setText(QCoreApplication.translate("HotspotDialog", u"M\u00f4 t\u1ea3:", None))
        self.label_found_on.setText(QCoreApplication.translate("HotspotDialog", u"Ng\u00e0y ph\u00e1t hi\u1ec7n:", None))
        self.label_reported_to.setText(QCoreApplication.translate("HotspotDialog", u"\u0110\u00e3 b\u00e1o c\u00e1o \u0111\u1ebfn:", None))
        self.label_proposed_fix.setText(QCoreApplication.translate("HotspotDialog", u"\u0110\u1ec1 xu\u1ea5t kh\u1eafc ph\u1ee5c:", None))
        self.label_status.setText(QCoreApplication.translate("HotspotDialog", u"T\u00ecnh tr\u1ea1ng:", None))
        self.label_fixed_on.setText(QCoreApplication.translate("HotspotDialog", u"Ng\u00e0y kh\u1eafc ph\u1ee5c:", None))
        self.label_event.setText(QCoreApplication.translate("HotspotDialog", u"Ph\u00e1t hi\u1ec7n trong c\u00f4ng vi\u1ec7c:", None))
    # retranslateUi

