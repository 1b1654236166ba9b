# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'split_dialog.ui'
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
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

from desktop.gui.widgets import DateEdit

class Ui_SplitDialog(object):
    def setupUi(self, SplitDialog):
        if not SplitDialog.objectName():
            SplitDialog.setObjectName(u"SplitDialog")
        SplitDialog.resize(520, 380)
        self.mainLayout = QVBoxLayout(SplitDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_members = QLabel(SplitDialog)
        self.label_members.setObjectName(u"label_members")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_members)

        self.members = QListWidget(SplitDialog)
        self.members.setObjectName(u"members")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.members)

        self.label_number = QLabel(SplitDialog)
        self.label_number.setObjectName(u"label_number")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_number)

        self.number = QLineEdit(SplitDialog)
        self.number.setObjectName(u"number")
        self.number.setMaxLength(40)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.number)

        self.label_head = QLabel(SplitDialog)
        self.label_head.setObjectName(u"label_head")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_head)

        self.head = QComboBox(SplitDialog)
        self.head.setObjectName(u"head")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.head)

        self.label_day = QLabel(SplitDialog)
        self.label_day.setObjectName(u"label_day")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_day)

        self.day = DateEdit(SplitDialog)
        self.day.setObjectName(u"day")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.day)

        self.label_reason = QLabel(SplitDialog)
        self.label_reason.setObjectName(u"label_reason")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_reason)

        self.reason = QLineEdit(SplitDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reason)

        self.label_form_ref = QLabel(SplitDialog)
        self.label_form_ref.setObjectName(u"label_form_ref")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_form_ref)

        self.form_ref = QLineEdit(SplitDialog)
        self.form_ref.setObjectName(u"form_ref")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.form_ref)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(SplitDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_members.setBuddy(self.members)
        self.label_number.setBuddy(self.number)
        self.label_head.setBuddy(self.head)
        self.label_day.setBuddy(self.day)
        self.label_reason.setBuddy(self.reason)
        self.label_form_ref.setBuddy(self.form_ref)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SplitDialog)

        QMetaObject.connectSlotsByName(SplitDialog)
    # setupUi

    def retranslateUi(self, SplitDialog):
        SplitDialog.setWindowTitle(QCoreApplication.translate("SplitDialog", u"T\u00e1ch h\u1ed9", None))
        self.label_members.setText(QCoreApplication.translate("SplitDialog", u"Ng\u01b0\u1eddi t\u00e1ch h\u1ed9 *", None))
        self.label_number.setText(QCoreApplication.translate("SplitDialog", u"S\u1ed1 h\u1ed9 m\u1edbi *", None))
        self.label_head.setText(QCoreApplication.translate("SplitDialog", u"Ch\u1ee7 h\u1ed9 m\u1edbi *", None))
        self.label_day.setText(QCoreApplication.translate("SplitDialog", u"Ng\u00e0y t\u00e1ch *", None))
        self.label_reason.setText(QCoreApplication.translate("SplitDialog", u"L\u00fd do", None))
        self.label_form_ref.setText(QCoreApplication.translate("SplitDialog", u"S\u1ed1 bi\u1ec3u m\u1eabu (CT)", None))
        self.form_ref.setPlaceholderText(QCoreApplication.translate("SplitDialog", u"vd. CT01", None))
    # retranslateUi

