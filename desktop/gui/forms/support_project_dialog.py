# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'support_project_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QTabWidget, QVBoxLayout, QWidget)

from desktop.gui.kit.pickers import (EventPicker, HouseholdPicker, VillagePicker)
from desktop.gui.widgets import DateEdit

class Ui_SupportProjectDialog(object):
    def setupUi(self, SupportProjectDialog):
        if not SupportProjectDialog.objectName():
            SupportProjectDialog.setObjectName(u"SupportProjectDialog")
        SupportProjectDialog.resize(1060, 560)
        self.mainLayout = QVBoxLayout(SupportProjectDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_title = QLabel(SupportProjectDialog)
        self.label_title.setObjectName(u"label_title")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_title)

        self.title = QLineEdit(SupportProjectDialog)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.label_kind = QLabel(SupportProjectDialog)
        self.label_kind.setObjectName(u"label_kind")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_kind)

        self.kind = QComboBox(SupportProjectDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.label_household = QLabel(SupportProjectDialog)
        self.label_household.setObjectName(u"label_household")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_household)

        self.household = HouseholdPicker(SupportProjectDialog)
        self.household.setObjectName(u"household")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.household)

        self.label_head_name = QLabel(SupportProjectDialog)
        self.label_head_name.setObjectName(u"label_head_name")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_head_name)

        self.head_name = QLineEdit(SupportProjectDialog)
        self.head_name.setObjectName(u"head_name")
        self.head_name.setMaxLength(120)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.head_name)

        self.label_village = QLabel(SupportProjectDialog)
        self.label_village.setObjectName(u"label_village")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_village)

        self.village = VillagePicker(SupportProjectDialog)
        self.village.setObjectName(u"village")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.village)

        self.label_address = QLabel(SupportProjectDialog)
        self.label_address.setObjectName(u"label_address")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_address)

        self.address = QLineEdit(SupportProjectDialog)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(200)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.address)

        self.label_hardship = QLabel(SupportProjectDialog)
        self.label_hardship.setObjectName(u"label_hardship")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_hardship)

        self.hardship = QComboBox(SupportProjectDialog)
        self.hardship.setObjectName(u"hardship")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.hardship)

        self.label_ethnic_minority = QLabel(SupportProjectDialog)
        self.label_ethnic_minority.setObjectName(u"label_ethnic_minority")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_ethnic_minority)

        self.ethnic_minority = QCheckBox(SupportProjectDialog)
        self.ethnic_minority.setObjectName(u"ethnic_minority")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.ethnic_minority)

        self.label_ethnicity = QLabel(SupportProjectDialog)
        self.label_ethnicity.setObjectName(u"label_ethnicity")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_ethnicity)

        self.ethnicity = QLineEdit(SupportProjectDialog)
        self.ethnicity.setObjectName(u"ethnicity")
        self.ethnicity.setMaxLength(40)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.ethnicity)

        self.label_status = QLabel(SupportProjectDialog)
        self.label_status.setObjectName(u"label_status")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_status)

        self.status = QComboBox(SupportProjectDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.status)

        self.label_start_date = QLabel(SupportProjectDialog)
        self.label_start_date.setObjectName(u"label_start_date")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_start_date)

        self.start_date = DateEdit(SupportProjectDialog)
        self.start_date.setObjectName(u"start_date")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.label_completed_date = QLabel(SupportProjectDialog)
        self.label_completed_date.setObjectName(u"label_completed_date")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.label_completed_date)

        self.completed_date = DateEdit(SupportProjectDialog)
        self.completed_date.setObjectName(u"completed_date")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.completed_date)

        self.label_event = QLabel(SupportProjectDialog)
        self.label_event.setObjectName(u"label_event")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.label_event)

        self.event = EventPicker(SupportProjectDialog)
        self.event.setObjectName(u"event")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.event)

        self.label_size = QLabel(SupportProjectDialog)
        self.label_size.setObjectName(u"label_size")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.label_size)

        self.size_row = QHBoxLayout()
        self.size_row.setObjectName(u"size_row")
        self.size = QLineEdit(SupportProjectDialog)
        self.size.setObjectName(u"size")

        self.size_row.addWidget(self.size)

        self.size_unit = QLineEdit(SupportProjectDialog)
        self.size_unit.setObjectName(u"size_unit")
        self.size_unit.setMaxLength(20)

        self.size_row.addWidget(self.size_unit)


        self.form.setLayout(13, QFormLayout.ItemRole.FieldRole, self.size_row)

        self.label_description = QLabel(SupportProjectDialog)
        self.label_description.setObjectName(u"label_description")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.label_description)

        self.description = QPlainTextEdit(SupportProjectDialog)
        self.description.setObjectName(u"description")
        self.description.setMaximumHeight(70)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.description)


        self.columns.addLayout(self.form)

        self.right = QVBoxLayout()
        self.right.setObjectName(u"right")
        self.warnings = QLabel(SupportProjectDialog)
        self.warnings.setObjectName(u"warnings")
        self.warnings.setWordWrap(True)

        self.right.addWidget(self.warnings)

        self.details = QTabWidget(SupportProjectDialog)
        self.details.setObjectName(u"details")

        self.right.addWidget(self.details)


        self.columns.addLayout(self.right)


        self.mainLayout.addLayout(self.columns)

        self.buttons = QDialogButtonBox(SupportProjectDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_title.setBuddy(self.title)
        self.label_kind.setBuddy(self.kind)
        self.label_household.setBuddy(self.household)
        self.label_head_name.setBuddy(self.head_name)
        self.label_village.setBuddy(self.village)
        self.label_address.setBuddy(self.address)
        self.label_hardship.setBuddy(self.hardship)
        self.label_ethnic_minority.setBuddy(self.ethnic_minority)
        self.label_ethnicity.setBuddy(self.ethnicity)
        self.label_status.setBuddy(self.status)
        self.label_start_date.setBuddy(self.start_date)
        self.label_completed_date.setBuddy(self.completed_date)
        self.label_event.setBuddy(self.event)
        self.label_size.setBuddy(self.size)
        self.label_description.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SupportProjectDialog)

        QMetaObject.connectSlotsByName(SupportProjectDialog)
    # setupUi

    def retranslateUi(self, SupportProjectDialog):
        SupportProjectDialog.setWindowTitle(QCoreApplication.translate("SupportProjectDialog", u"C\u00f4ng tr\u00ecnh, ph\u1ea7n vi\u1ec7c h\u1ed7 tr\u1ee3", None))
        self.label_title.setText(QCoreApplication.translate("SupportProjectDialog", u"T\u00ean c\u00f4ng tr\u00ecnh:", None))
        self.title.setPlaceholderText(QCoreApplication.translate("SupportProjectDialog", u"vd. L\u00e0m s\u00e2n b\u00ea t\u00f4ng cho h\u1ed9 b\u00e0 Th\u1ecb H\u01a1n", None))
        self.label_kind.setText(QCoreApplication.translate("SupportProjectDialog", u"Lo\u1ea1i:", None))
        self.label_household.setText(QCoreApplication.translate("SupportProjectDialog", u"H\u1ed9 trong s\u1ed5 h\u1ed9 kh\u1ea9u:", None))
#if QT_CONFIG(tooltip)
        self.household.setToolTip(QCoreApplication.translate("SupportProjectDialog", u"Ch\u1ecdn h\u1ed9 \u0111\u01b0\u1ee3c h\u1ed7 tr\u1ee3 trong s\u1ed5 h\u1ed9 kh\u1ea9u; \u0111\u1ec3 tr\u1ed1ng n\u1ebfu h\u1ed9 kh\u00f4ng c\u00f3 trong s\u1ed5 (ghi t\u00ean ch\u1ee7 h\u1ed9 b\u00ean d\u01b0\u1edbi)", None))
#endif // QT_CONFIG(tooltip)
        self.label_head_name.setText(QCoreApplication.translate("SupportProjectDialog", u"Ch\u1ee7 h\u1ed9 \u0111\u01b0\u1ee3c h\u1ed7 tr\u1ee3:", None))
        self.label_village.setText(QCoreApplication.translate("SupportProjectDialog", u"Th\u00f4n, bon:", None))
        self.label_address.setText(QCoreApplication.translate("SupportProjectDialog", u"\u0110\u1ecba ch\u1ec9:", None))
        self.address.setPlaceholderText(QCoreApplication.translate("SupportProjectDialog", u"s\u1ed1 nh\u00e0, \u0111\u01b0\u1eddng, x\u00f3m (kh\u00f4ng b\u1eaft bu\u1ed9c)", None))
        self.label_hardship.setText(QCoreApplication.translate("SupportProjectDialog", u"Di\u1ec7n ho\u00e0n c\u1ea3nh:", None))
        self.label_ethnic_minority.setText(QCoreApplication.translate("SupportProjectDialog", u"D\u00e2n t\u1ed9c thi\u1ec3u s\u1ed1:", None))
        self.ethnic_minority.setText(QCoreApplication.translate("SupportProjectDialog", u"H\u1ed9 \u0111\u1ed3ng b\u00e0o d\u00e2n t\u1ed9c thi\u1ec3u s\u1ed1", None))
        self.label_ethnicity.setText(QCoreApplication.translate("SupportProjectDialog", u"D\u00e2n t\u1ed9c:", None))
        self.ethnicity.setPlaceholderText(QCoreApplication.translate("SupportProjectDialog", u"vd. M'N\u00f4ng, \u00ca \u0110\u00ea", None))
        self.label_status.setText(QCoreApplication.translate("SupportProjectDialog", u"Tr\u1ea1ng th\u00e1i:", None))
        self.label_start_date.setText(QCoreApplication.translate("SupportProjectDialog", u"Ng\u00e0y b\u1eaft \u0111\u1ea7u:", None))
        self.label_completed_date.setText(QCoreApplication.translate("SupportProjectDialog", u"Ng\u00e0y ho\u00e0n th\u00e0nh:", None))
        self.label_event.setText(QCoreApplication.translate("SupportProjectDialog", u"B\u00e0n giao t\u1ea1i ho\u1ea1t \u0111\u1ed9ng:", None))
#if QT_CONFIG(tooltip)
        self.event.setToolTip(QCoreApplication.translate("SupportProjectDialog", u"Ng\u00e0y h\u1ed9i, bu\u1ed5i trao qu\u00e0\u2026 trong l\u1ecbch c\u00f4ng t\u00e1c n\u01a1i b\u00e0n giao c\u00f4ng tr\u00ecnh (kh\u00f4ng b\u1eaft bu\u1ed9c)", None))
#endif // QT_CONFIG(tooltip)
        self.label_size.setText(QCoreApplication.translate("SupportProjectDialog", u"Quy m\u00f4:", None))
        self.size.setPlaceholderText(QCoreApplication.translate("SupportProjectDialog", u"vd. 30", None))
        self.size_unit.setPlaceholderText(QCoreApplication.translate("SupportProjectDialog", u"\u0111\u01a1n v\u1ecb: m\u00b2, c\u0103n, su\u1ea5t", None))
        self.label_description.setText(QCoreApplication.translate("SupportProjectDialog", u"M\u00f4 t\u1ea3:", None))
    # retranslateUi

