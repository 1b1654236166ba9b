# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'join_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

from desktop.gui.kit.pickers import (HouseholdPicker, PersonPicker)

class Ui_JoinDialog(object):
    def setupUi(self, JoinDialog):
        if not JoinDialog.objectName():
            JoinDialog.setObjectName(u"JoinDialog")
        JoinDialog.resize(560, 160)
        self.mainLayout = QVBoxLayout(JoinDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_person = QLabel(JoinDialog)
        self.label_person.setObjectName(u"label_person")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_person)

        self.person = PersonPicker(JoinDialog)
        self.person.setObjectName(u"person")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person)

        self.label_household = QLabel(JoinDialog)
        self.label_household.setObjectName(u"label_household")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_household)

        self.household = HouseholdPicker(JoinDialog)
        self.household.setObjectName(u"household")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.household)

        self.label_relation = QLabel(JoinDialog)
        self.label_relation.setObjectName(u"label_relation")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_relation)

        self.relation = QComboBox(JoinDialog)
        self.relation.setObjectName(u"relation")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.relation)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(JoinDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_person.setBuddy(self.person)
        self.label_household.setBuddy(self.household)
        self.label_relation.setBuddy(self.relation)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(JoinDialog)

        QMetaObject.connectSlotsByName(JoinDialog)
    # setupUi

    def retranslateUi(self, JoinDialog):
        JoinDialog.setWindowTitle(QCoreApplication.translate("JoinDialog", u"\u0110\u01b0a v\u00e0o h\u1ed9", None))
        self.label_person.setText(QCoreApplication.translate("JoinDialog", u"Ng\u01b0\u1eddi *", None))
        self.label_household.setText(QCoreApplication.translate("JoinDialog", u"H\u1ed9 *", None))
        self.label_relation.setText(QCoreApplication.translate("JoinDialog", u"Quan h\u1ec7 v\u1edbi ch\u1ee7 h\u1ed9 *", None))
    # retranslateUi

