# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'support_contribution_dialog.ui'
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
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

from desktop.gui.widgets import DateEdit

class Ui_SupportContributionDialog(object):
    def setupUi(self, SupportContributionDialog):
        if not SupportContributionDialog.objectName():
            SupportContributionDialog.setObjectName(u"SupportContributionDialog")
        SupportContributionDialog.resize(480, 330)
        self.mainLayout = QVBoxLayout(SupportContributionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_donor = QLabel(SupportContributionDialog)
        self.label_donor.setObjectName(u"label_donor")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_donor)

        self.donor = QComboBox(SupportContributionDialog)
        self.donor.setObjectName(u"donor")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.donor)

        self.label_kind = QLabel(SupportContributionDialog)
        self.label_kind.setObjectName(u"label_kind")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_kind)

        self.kind = QComboBox(SupportContributionDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.label_item = QLabel(SupportContributionDialog)
        self.label_item.setObjectName(u"label_item")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_item)

        self.item = QLineEdit(SupportContributionDialog)
        self.item.setObjectName(u"item")
        self.item.setMaxLength(120)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.item)

        self.label_quantity = QLabel(SupportContributionDialog)
        self.label_quantity.setObjectName(u"label_quantity")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_quantity)

        self.quantity = QLineEdit(SupportContributionDialog)
        self.quantity.setObjectName(u"quantity")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.quantity)

        self.label_unit = QLabel(SupportContributionDialog)
        self.label_unit.setObjectName(u"label_unit")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_unit)

        self.unit = QLineEdit(SupportContributionDialog)
        self.unit.setObjectName(u"unit")
        self.unit.setMaxLength(20)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unit)

        self.label_pledged = QLabel(SupportContributionDialog)
        self.label_pledged.setObjectName(u"label_pledged")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_pledged)

        self.pledged = QLineEdit(SupportContributionDialog)
        self.pledged.setObjectName(u"pledged")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pledged)

        self.label_received = QLabel(SupportContributionDialog)
        self.label_received.setObjectName(u"label_received")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_received)

        self.received = QLineEdit(SupportContributionDialog)
        self.received.setObjectName(u"received")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.received)

        self.label_received_date = QLabel(SupportContributionDialog)
        self.label_received_date.setObjectName(u"label_received_date")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_received_date)

        self.received_date = DateEdit(SupportContributionDialog)
        self.received_date.setObjectName(u"received_date")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.received_date)

        self.label_note = QLabel(SupportContributionDialog)
        self.label_note.setObjectName(u"label_note")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_note)

        self.note = QLineEdit(SupportContributionDialog)
        self.note.setObjectName(u"note")
        self.note.setMaxLength(200)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.note)


        self.columns.addLayout(self.form)


        self.mainLayout.addLayout(self.columns)

        self.buttons = QDialogButtonBox(SupportContributionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_donor.setBuddy(self.donor)
        self.label_kind.setBuddy(self.kind)
        self.label_item.setBuddy(self.item)
        self.label_quantity.setBuddy(self.quantity)
        self.label_unit.setBuddy(self.unit)
        self.label_pledged.setBuddy(self.pledged)
        self.label_received.setBuddy(self.received)
        self.label_received_date.setBuddy(self.received_date)
        self.label_note.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SupportContributionDialog)

        QMetaObject.connectSlotsByName(SupportContributionDialog)
    # setupUi

    def retranslateUi(self, SupportContributionDialog):
        SupportContributionDialog.setWindowTitle(QCoreApplication.translate("SupportContributionDialog", u"\u0110\u00f3ng g\u00f3p", None))
        self.label_donor.setText(QCoreApplication.translate("SupportContributionDialog", u"Nh\u00e0 h\u1ea3o t\u00e2m:", None))
        self.label_kind.setText(QCoreApplication.translate("SupportContributionDialog", u"H\u00ecnh th\u1ee9c:", None))
        self.label_item.setText(QCoreApplication.translate("SupportContributionDialog", u"Hi\u1ec7n v\u1eadt:", None))
        self.item.setPlaceholderText(QCoreApplication.translate("SupportContributionDialog", u"vd. Xi m\u0103ng PCB40", None))
        self.label_quantity.setText(QCoreApplication.translate("SupportContributionDialog", u"S\u1ed1 l\u01b0\u1ee3ng:", None))
        self.quantity.setPlaceholderText(QCoreApplication.translate("SupportContributionDialog", u"vd. 30", None))
        self.label_unit.setText(QCoreApplication.translate("SupportContributionDialog", u"\u0110\u01a1n v\u1ecb t\u00ednh:", None))
        self.unit.setPlaceholderText(QCoreApplication.translate("SupportContributionDialog", u"vd. bao, m\u00b3, kg", None))
        self.label_pledged.setText(QCoreApplication.translate("SupportContributionDialog", u"Cam k\u1ebft (\u0111\u1ed3ng):", None))
        self.pledged.setPlaceholderText(QCoreApplication.translate("SupportContributionDialog", u"vd. 2.700.000", None))
        self.label_received.setText(QCoreApplication.translate("SupportContributionDialog", u"\u0110\u00e3 nh\u1eadn (\u0111\u1ed3ng):", None))
        self.received.setPlaceholderText(QCoreApplication.translate("SupportContributionDialog", u"vd. 2.700.000", None))
        self.label_received_date.setText(QCoreApplication.translate("SupportContributionDialog", u"Ng\u00e0y nh\u1eadn:", None))
        self.label_note.setText(QCoreApplication.translate("SupportContributionDialog", u"Ghi ch\u00fa:", None))
    # retranslateUi

