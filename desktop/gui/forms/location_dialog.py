# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'location_dialog.ui'
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

class Ui_LocationDialog(object):
    def setupUi(self, LocationDialog):
        if not LocationDialog.objectName():
            LocationDialog.setObjectName(u"LocationDialog")
        LocationDialog.resize(440, 170)
        self.mainLayout = QVBoxLayout(LocationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_parent_label = QLabel(LocationDialog)
        self.label_parent_label.setObjectName(u"label_parent_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_parent_label)

        self.parent_label = QLabel(LocationDialog)
        self.parent_label.setObjectName(u"parent_label")
        self.parent_label.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.parent_label)

        self.label_kind = QLabel(LocationDialog)
        self.label_kind.setObjectName(u"label_kind")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_kind)

        self.kind = QComboBox(LocationDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.label_name = QLabel(LocationDialog)
        self.label_name.setObjectName(u"label_name")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_name)

        self.name = QLineEdit(LocationDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(80)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(LocationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_parent_label.setBuddy(self.parent_label)
        self.label_kind.setBuddy(self.kind)
        self.label_name.setBuddy(self.name)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LocationDialog)

        QMetaObject.connectSlotsByName(LocationDialog)
    # setupUi

    def retranslateUi(self, LocationDialog):
        LocationDialog.setWindowTitle(QCoreApplication.translate("LocationDialog", u"Th\u00eam v\u1ecb tr\u00ed l\u01b0u tr\u1eef", None))
        self.label_parent_label.setText(QCoreApplication.translate("LocationDialog", u"\u0110\u1eb7t trong", None))
        self.label_kind.setText(QCoreApplication.translate("LocationDialog", u"Lo\u1ea1i *", None))
        self.label_name.setText(QCoreApplication.translate("LocationDialog", u"T\u00ean, s\u1ed1 *", None))
        self.name.setPlaceholderText(QCoreApplication.translate("LocationDialog", u"vd. 1, A, 01", None))
    # retranslateUi

