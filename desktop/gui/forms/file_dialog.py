# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'file_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

from desktop.gui.kit.pickers import (HouseholdPicker, PersonPicker)

class Ui_FileDialog(object):
    def setupUi(self, FileDialog):
        if not FileDialog.objectName():
            FileDialog.setObjectName(u"FileDialog")
        FileDialog.resize(600, 250)
        self.mainLayout = QVBoxLayout(FileDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_number = QLabel(FileDialog)
        self.label_number.setObjectName(u"label_number")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_number)

        self.number = QLineEdit(FileDialog)
        self.number.setObjectName(u"number")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number)

        self.label_owner_kind = QLabel(FileDialog)
        self.label_owner_kind.setObjectName(u"label_owner_kind")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_owner_kind)

        self.owner_kind = QComboBox(FileDialog)
        self.owner_kind.setObjectName(u"owner_kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.owner_kind)

        self.label_household = QLabel(FileDialog)
        self.label_household.setObjectName(u"label_household")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_household)

        self.household = HouseholdPicker(FileDialog)
        self.household.setObjectName(u"household")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.household)

        self.label_person = QLabel(FileDialog)
        self.label_person.setObjectName(u"label_person")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_person)

        self.person = PersonPicker(FileDialog)
        self.person.setObjectName(u"person")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.person)

        self.label_location = QLabel(FileDialog)
        self.label_location.setObjectName(u"label_location")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_location)

        self.location = QComboBox(FileDialog)
        self.location.setObjectName(u"location")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.location)

        self.label_digitised = QLabel(FileDialog)
        self.label_digitised.setObjectName(u"label_digitised")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_digitised)

        self.digitised = QComboBox(FileDialog)
        self.digitised.setObjectName(u"digitised")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.digitised)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(FileDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_number.setBuddy(self.number)
        self.label_owner_kind.setBuddy(self.owner_kind)
        self.label_household.setBuddy(self.household)
        self.label_person.setBuddy(self.person)
        self.label_location.setBuddy(self.location)
        self.label_digitised.setBuddy(self.digitised)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FileDialog)

        QMetaObject.connectSlotsByName(FileDialog)
    # setupUi

    def retranslateUi(self, FileDialog):
        FileDialog.setWindowTitle(QCoreApplication.translate("FileDialog", u"Th\u00eam h\u1ed3 s\u01a1 c\u01b0 tr\u00fa", None))
        self.label_number.setText(QCoreApplication.translate("FileDialog", u"S\u1ed1 h\u1ed3 s\u01a1 *", None))
        self.number.setPlaceholderText(QCoreApplication.translate("FileDialog", u"AAAAA-BBBBBB", None))
        self.label_owner_kind.setText(QCoreApplication.translate("FileDialog", u"Ch\u1ee7 h\u1ed3 s\u01a1 l\u00e0", None))
        self.label_household.setText(QCoreApplication.translate("FileDialog", u"H\u1ed9", None))
        self.label_person.setText(QCoreApplication.translate("FileDialog", u"Ng\u01b0\u1eddi", None))
        self.label_location.setText(QCoreApplication.translate("FileDialog", u"V\u1ecb tr\u00ed (h\u1ed9p)", None))
        self.label_digitised.setText(QCoreApplication.translate("FileDialog", u"S\u1ed1 h\u00f3a", None))
    # retranslateUi

