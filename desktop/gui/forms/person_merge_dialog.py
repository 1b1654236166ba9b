# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_merge_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QRadioButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_PersonMergeDialog(object):
    def setupUi(self, PersonMergeDialog):
        if not PersonMergeDialog.objectName():
            PersonMergeDialog.setObjectName(u"PersonMergeDialog")
        PersonMergeDialog.resize(860, 560)
        self.mainLayout = QVBoxLayout(PersonMergeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(PersonMergeDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.partnerForm = QFormLayout()
        self.partnerForm.setObjectName(u"partnerForm")
        self.partnerForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_partner = QLabel(PersonMergeDialog)
        self.label_partner.setObjectName(u"label_partner")

        self.partnerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_partner)

        self.partner = QComboBox(PersonMergeDialog)
        self.partner.setObjectName(u"partner")

        self.partnerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partner)


        self.mainLayout.addLayout(self.partnerForm)

        self.compare = QTableWidget(PersonMergeDialog)
        self.compare.setObjectName(u"compare")
        self.compare.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.compare.setSelectionMode(QAbstractItemView.NoSelection)

        self.mainLayout.addWidget(self.compare)

        self.keepRow = QHBoxLayout()
        self.keepRow.setObjectName(u"keepRow")
        self.keep_left = QRadioButton(PersonMergeDialog)
        self.keep_left.setObjectName(u"keep_left")
        self.keep_left.setChecked(True)

        self.keepRow.addWidget(self.keep_left)

        self.keep_right = QRadioButton(PersonMergeDialog)
        self.keep_right.setObjectName(u"keep_right")

        self.keepRow.addWidget(self.keep_right)

        self.keepSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keepRow.addItem(self.keepSpacer)


        self.mainLayout.addLayout(self.keepRow)

        self.reasonForm = QFormLayout()
        self.reasonForm.setObjectName(u"reasonForm")
        self.reasonForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_reason = QLabel(PersonMergeDialog)
        self.label_reason.setObjectName(u"label_reason")

        self.reasonForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_reason)

        self.reason = QLineEdit(PersonMergeDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMaxLength(250)

        self.reasonForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)


        self.mainLayout.addLayout(self.reasonForm)

        self.buttons = QDialogButtonBox(PersonMergeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_partner.setBuddy(self.partner)
        self.label_reason.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonMergeDialog)

        QMetaObject.connectSlotsByName(PersonMergeDialog)
    # setupUi

    def retranslateUi(self, PersonMergeDialog):
        PersonMergeDialog.setWindowTitle(QCoreApplication.translate("PersonMergeDialog", u"Nh\u1eadp hai b\u1ea3n ghi nh\u00e2n kh\u1ea9u tr\u00f9ng", None))
        self.intro.setText(QCoreApplication.translate("PersonMergeDialog", u"So s\u00e1nh hai b\u1ea3n ghi, ch\u1ecdn b\u1ea3n ghi gi\u1eef l\u1ea1i. M\u1ecdi b\u1ea3n ghi li\u00ean quan (bi\u1ebfn \u0111\u1ed9ng, h\u1ed3 s\u01a1, CMND c\u0169, c\u0103n c\u01b0\u1edbc, v\u0169 kh\u00ed, v\u1ee5 vi\u1ec7c, h\u1ed7 tr\u1ee3\u2026) chuy\u1ec3n sang b\u1ea3n ghi gi\u1eef l\u1ea1i; b\u1ea3n ghi kia b\u1ecb x\u00f3a, s\u1ed1 \u0111\u1ecbnh danh v\u00e0 th\u00f4ng tin kh\u00e1c c\u1ee7a n\u00f3 \u0111\u01b0\u1ee3c ghi v\u00e0o b\u1ea3n ghi gi\u1eef l\u1ea1i v\u00e0 v\u00e0o nh\u1eadt k\u00fd.", None))
        self.label_partner.setText(QCoreApplication.translate("PersonMergeDialog", u"B\u1ea3n ghi nghi tr\u00f9ng", None))
        self.keep_left.setText(QCoreApplication.translate("PersonMergeDialog", u"Gi\u1eef b\u1ea3n ghi b\u00ean tr\u00e1i", None))
        self.keep_right.setText(QCoreApplication.translate("PersonMergeDialog", u"Gi\u1eef b\u1ea3n ghi b\u00ean ph\u1ea3i", None))
        self.label_reason.setText(QCoreApplication.translate("PersonMergeDialog", u"L\u00fd do *", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("PersonMergeDialog", u"V\u00ed d\u1ee5: c\u00f9ng m\u1ed9t ng\u01b0\u1eddi, nh\u1eadp hai l\u1ea7n khi chuy\u1ec3n s\u1ed5", None))
    # retranslateUi

