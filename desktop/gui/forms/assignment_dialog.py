# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assignment_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from desktop.gui.kit.pickers import (OfficerPicker, VillageMultiPicker)
from desktop.gui.widgets import DateEdit

class Ui_AssignmentDialog(object):
    def setupUi(self, AssignmentDialog):
        if not AssignmentDialog.objectName():
            AssignmentDialog.setObjectName(u"AssignmentDialog")
        AssignmentDialog.resize(600, 470)
        self.mainLayout = QVBoxLayout(AssignmentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_officer = QLabel(AssignmentDialog)
        self.label_officer.setObjectName(u"label_officer")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_officer)

        self.officer = OfficerPicker(AssignmentDialog)
        self.officer.setObjectName(u"officer")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officer)

        self.label_home_unit = QLabel(AssignmentDialog)
        self.label_home_unit.setObjectName(u"label_home_unit")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_home_unit)

        self.home_unit = QLineEdit(AssignmentDialog)
        self.home_unit.setObjectName(u"home_unit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.home_unit)

        self.label_decision_number = QLabel(AssignmentDialog)
        self.label_decision_number.setObjectName(u"label_decision_number")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_decision_number)

        self.decision_number = QLineEdit(AssignmentDialog)
        self.decision_number.setObjectName(u"decision_number")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decision_number)

        self.label_decision_date = QLabel(AssignmentDialog)
        self.label_decision_date.setObjectName(u"label_decision_date")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_decision_date)

        self.decision_date = DateEdit(AssignmentDialog)
        self.decision_date.setObjectName(u"decision_date")
        self.decision_date.setMinimumWidth(100)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decision_date)

        self.label_start = QLabel(AssignmentDialog)
        self.label_start.setObjectName(u"label_start")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_start)

        self.start = DateEdit(AssignmentDialog)
        self.start.setObjectName(u"start")
        self.start.setMinimumWidth(100)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.start)

        self.label_end = QLabel(AssignmentDialog)
        self.label_end.setObjectName(u"label_end")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_end)

        self.end = DateEdit(AssignmentDialog)
        self.end.setObjectName(u"end")
        self.end.setMinimumWidth(100)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.end)

        self.label_villages = QLabel(AssignmentDialog)
        self.label_villages.setObjectName(u"label_villages")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_villages)

        self.villages = VillageMultiPicker(AssignmentDialog)
        self.villages.setObjectName(u"villages")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.villages)

        self.label_notes = QLabel(AssignmentDialog)
        self.label_notes.setObjectName(u"label_notes")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_notes)

        self.notes = QPlainTextEdit(AssignmentDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumHeight(60)
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notes)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(AssignmentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_officer.setBuddy(self.officer)
        self.label_home_unit.setBuddy(self.home_unit)
        self.label_decision_number.setBuddy(self.decision_number)
        self.label_decision_date.setBuddy(self.decision_date)
        self.label_start.setBuddy(self.start)
        self.label_end.setBuddy(self.end)
        self.label_villages.setBuddy(self.villages)
        self.label_notes.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssignmentDialog)

        QMetaObject.connectSlotsByName(AssignmentDialog)
    # setupUi

    def retranslateUi(self, AssignmentDialog):
        AssignmentDialog.setWindowTitle(QCoreApplication.translate("AssignmentDialog", u"Th\u00eam \u0111\u1ee3t t\u0103ng c\u01b0\u1eddng", None))
        self.label_officer.setText(QCoreApplication.translate("AssignmentDialog", u"C\u00e1n b\u1ed9:", None))
        self.label_home_unit.setText(QCoreApplication.translate("AssignmentDialog", u"\u0110\u01a1n v\u1ecb c\u1eed \u0111i:", None))
        self.home_unit.setPlaceholderText(QCoreApplication.translate("AssignmentDialog", u"vd. Ph\u00f2ng C\u1ea3nh s\u00e1t h\u00ecnh s\u1ef1 C\u00f4ng an t\u1ec9nh", None))
        self.label_decision_number.setText(QCoreApplication.translate("AssignmentDialog", u"S\u1ed1 quy\u1ebft \u0111\u1ecbnh:", None))
        self.label_decision_date.setText(QCoreApplication.translate("AssignmentDialog", u"Ng\u00e0y quy\u1ebft \u0111\u1ecbnh:", None))
        self.label_start.setText(QCoreApplication.translate("AssignmentDialog", u"T\u1eeb ng\u00e0y:", None))
        self.label_end.setText(QCoreApplication.translate("AssignmentDialog", u"\u0110\u1ebfn ng\u00e0y:", None))
        self.label_villages.setText(QCoreApplication.translate("AssignmentDialog", u"\u0110\u1ecba b\u00e0n ph\u1ee5 tr\u00e1ch:", None))
        self.label_notes.setText(QCoreApplication.translate("AssignmentDialog", u"Ghi ch\u00fa:", None))
    # retranslateUi

