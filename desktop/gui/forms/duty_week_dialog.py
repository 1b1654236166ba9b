# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'duty_week_dialog.ui'
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
    QGridLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from desktop.gui.kit.pickers import OfficerPicker

class Ui_DutyWeekDialog(object):
    def setupUi(self, DutyWeekDialog):
        if not DutyWeekDialog.objectName():
            DutyWeekDialog.setObjectName(u"DutyWeekDialog")
        DutyWeekDialog.resize(900, 400)
        self.mainLayout = QVBoxLayout(DutyWeekDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.week = QLabel(DutyWeekDialog)
        self.week.setObjectName(u"week")
        self.week.setWordWrap(True)

        self.mainLayout.addWidget(self.week)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.head_day = QLabel(DutyWeekDialog)
        self.head_day.setObjectName(u"head_day")

        self.grid.addWidget(self.head_day, 0, 0, 1, 1)

        self.head_leader = QLabel(DutyWeekDialog)
        self.head_leader.setObjectName(u"head_leader")

        self.grid.addWidget(self.head_leader, 0, 1, 1, 1)

        self.head_officer = QLabel(DutyWeekDialog)
        self.head_officer.setObjectName(u"head_officer")

        self.grid.addWidget(self.head_officer, 0, 2, 1, 1)

        self.day_0 = QLabel(DutyWeekDialog)
        self.day_0.setObjectName(u"day_0")

        self.grid.addWidget(self.day_0, 1, 0, 1, 1)

        self.leader_0 = OfficerPicker(DutyWeekDialog)
        self.leader_0.setObjectName(u"leader_0")
        self.leader_0.setMinimumWidth(230)

        self.grid.addWidget(self.leader_0, 1, 1, 1, 1)

        self.officer_0 = OfficerPicker(DutyWeekDialog)
        self.officer_0.setObjectName(u"officer_0")
        self.officer_0.setMinimumWidth(230)

        self.grid.addWidget(self.officer_0, 1, 2, 1, 1)

        self.day_1 = QLabel(DutyWeekDialog)
        self.day_1.setObjectName(u"day_1")

        self.grid.addWidget(self.day_1, 2, 0, 1, 1)

        self.leader_1 = OfficerPicker(DutyWeekDialog)
        self.leader_1.setObjectName(u"leader_1")
        self.leader_1.setMinimumWidth(230)

        self.grid.addWidget(self.leader_1, 2, 1, 1, 1)

        self.officer_1 = OfficerPicker(DutyWeekDialog)
        self.officer_1.setObjectName(u"officer_1")
        self.officer_1.setMinimumWidth(230)

        self.grid.addWidget(self.officer_1, 2, 2, 1, 1)

        self.day_2 = QLabel(DutyWeekDialog)
        self.day_2.setObjectName(u"day_2")

        self.grid.addWidget(self.day_2, 3, 0, 1, 1)

        self.leader_2 = OfficerPicker(DutyWeekDialog)
        self.leader_2.setObjectName(u"leader_2")
        self.leader_2.setMinimumWidth(230)

        self.grid.addWidget(self.leader_2, 3, 1, 1, 1)

        self.officer_2 = OfficerPicker(DutyWeekDialog)
        self.officer_2.setObjectName(u"officer_2")
        self.officer_2.setMinimumWidth(230)

        self.grid.addWidget(self.officer_2, 3, 2, 1, 1)

        self.day_3 = QLabel(DutyWeekDialog)
        self.day_3.setObjectName(u"day_3")

        self.grid.addWidget(self.day_3, 4, 0, 1, 1)

        self.leader_3 = OfficerPicker(DutyWeekDialog)
        self.leader_3.setObjectName(u"leader_3")
        self.leader_3.setMinimumWidth(230)

        self.grid.addWidget(self.leader_3, 4, 1, 1, 1)

        self.officer_3 = OfficerPicker(DutyWeekDialog)
        self.officer_3.setObjectName(u"officer_3")
        self.officer_3.setMinimumWidth(230)

        self.grid.addWidget(self.officer_3, 4, 2, 1, 1)

        self.day_4 = QLabel(DutyWeekDialog)
        self.day_4.setObjectName(u"day_4")

        self.grid.addWidget(self.day_4, 5, 0, 1, 1)

        self.leader_4 = OfficerPicker(DutyWeekDialog)
        self.leader_4.setObjectName(u"leader_4")
        self.leader_4.setMinimumWidth(230)

        self.grid.addWidget(self.leader_4, 5, 1, 1, 1)

        self.officer_4 = OfficerPicker(DutyWeekDialog)
        self.officer_4.setObjectName(u"officer_4")
        self.officer_4.setMinimumWidth(230)

        self.grid.addWidget(self.officer_4, 5, 2, 1, 1)

        self.day_5 = QLabel(DutyWeekDialog)
        self.day_5.setObjectName(u"day_5")

        self.grid.addWidget(self.day_5, 6, 0, 1, 1)

        self.leader_5 = OfficerPicker(DutyWeekDialog)
        self.leader_5.setObjectName(u"leader_5")
        self.leader_5.setMinimumWidth(230)

        self.grid.addWidget(self.leader_5, 6, 1, 1, 1)

        self.officer_5 = OfficerPicker(DutyWeekDialog)
        self.officer_5.setObjectName(u"officer_5")
        self.officer_5.setMinimumWidth(230)

        self.grid.addWidget(self.officer_5, 6, 2, 1, 1)

        self.day_6 = QLabel(DutyWeekDialog)
        self.day_6.setObjectName(u"day_6")

        self.grid.addWidget(self.day_6, 7, 0, 1, 1)

        self.leader_6 = OfficerPicker(DutyWeekDialog)
        self.leader_6.setObjectName(u"leader_6")
        self.leader_6.setMinimumWidth(230)

        self.grid.addWidget(self.leader_6, 7, 1, 1, 1)

        self.officer_6 = OfficerPicker(DutyWeekDialog)
        self.officer_6.setObjectName(u"officer_6")
        self.officer_6.setMinimumWidth(230)

        self.grid.addWidget(self.officer_6, 7, 2, 1, 1)


        self.mainLayout.addLayout(self.grid)

        self.hint = QLabel(DutyWeekDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.mainLayout.addWidget(self.hint)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(DutyWeekDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.day_0.setBuddy(self.leader_0)
        self.day_1.setBuddy(self.leader_1)
        self.day_2.setBuddy(self.leader_2)
        self.day_3.setBuddy(self.leader_3)
        self.day_4.setBuddy(self.leader_4)
        self.day_5.setBuddy(self.leader_5)
        self.day_6.setBuddy(self.leader_6)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DutyWeekDialog)

        QMetaObject.connectSlotsByName(DutyWeekDialog)
    # setupUi

    def retranslateUi(self, DutyWeekDialog):
        DutyWeekDialog.setWindowTitle(QCoreApplication.translate("DutyWeekDialog", u"L\u1ecbch tr\u1ef1c ban tu\u1ea7n", None))
        self.week.setText(QCoreApplication.translate("DutyWeekDialog", u"Tu\u1ea7n t\u1eeb ng\u00e0y \u2026 \u0111\u1ebfn ng\u00e0y \u2026", None))
        self.head_day.setText(QCoreApplication.translate("DutyWeekDialog", u"Ng\u00e0y", None))
        self.head_leader.setText(QCoreApplication.translate("DutyWeekDialog", u"L\u00e3nh \u0111\u1ea1o tr\u1ef1c ban", None))
        self.head_officer.setText(QCoreApplication.translate("DutyWeekDialog", u"C\u00e1n b\u1ed9 tr\u1ef1c ban", None))
        self.day_0.setText(QCoreApplication.translate("DutyWeekDialog", u"Th\u1ee9 Hai", None))
        self.day_1.setText(QCoreApplication.translate("DutyWeekDialog", u"Th\u1ee9 Ba", None))
        self.day_2.setText(QCoreApplication.translate("DutyWeekDialog", u"Th\u1ee9 T\u01b0", None))
        self.day_3.setText(QCoreApplication.translate("DutyWeekDialog", u"Th\u1ee9 N\u0103m", None))
        self.day_4.setText(QCoreApplication.translate("DutyWeekDialog", u"Th\u1ee9 S\u00e1u", None))
        self.day_5.setText(QCoreApplication.translate("DutyWeekDialog", u"Th\u1ee9 B\u1ea3y", None))
        self.day_6.setText(QCoreApplication.translate("DutyWeekDialog", u"Ch\u1ee7 nh\u1eadt", None))
        self.hint.setText(QCoreApplication.translate("DutyWeekDialog", u"L\u00e3nh \u0111\u1ea1o tr\u1ef1c ban l\u00e0 Tr\u01b0\u1edfng ho\u1eb7c Ph\u00f3 Tr\u01b0\u1edfng C\u00f4ng an; ng\u00e0y \u0111\u1ec3 tr\u1ed1ng in l\u00e0 \u00ab(ch\u01b0a ph\u00e2n c\u00f4ng)\u00bb tr\u00ean l\u1ecbch c\u00f4ng t\u00e1c tu\u1ea7n.", None))
    # retranslateUi

