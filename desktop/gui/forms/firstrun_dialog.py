# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'firstrun_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(620, 600)
        self.mainLayout = QVBoxLayout(FirstRunDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(FirstRunDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.station_box = QGroupBox(FirstRunDialog)
        self.station_box.setObjectName(u"station_box")
        self.station_form = QFormLayout(self.station_box)
        self.station_form.setObjectName(u"station_form")
        self.label_commune = QLabel(self.station_box)
        self.label_commune.setObjectName(u"label_commune")

        self.station_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_commune)

        self.commune = QLineEdit(self.station_box)
        self.commune.setObjectName(u"commune")

        self.station_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.commune)

        self.label_parent_body = QLabel(self.station_box)
        self.label_parent_body.setObjectName(u"label_parent_body")

        self.station_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_parent_body)

        self.parent_body = QLineEdit(self.station_box)
        self.parent_body.setObjectName(u"parent_body")

        self.station_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.parent_body)

        self.label_issuing = QLabel(self.station_box)
        self.label_issuing.setObjectName(u"label_issuing")

        self.station_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_issuing)

        self.issuing = QLineEdit(self.station_box)
        self.issuing.setObjectName(u"issuing")

        self.station_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issuing)

        self.label_place = QLabel(self.station_box)
        self.label_place.setObjectName(u"label_place")

        self.station_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_place)

        self.place = QLineEdit(self.station_box)
        self.place.setObjectName(u"place")

        self.station_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place)

        self.label_head = QLabel(self.station_box)
        self.label_head.setObjectName(u"label_head")

        self.station_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_head)

        self.head = QLineEdit(self.station_box)
        self.head.setObjectName(u"head")

        self.station_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.head)

        self.label_villages = QLabel(self.station_box)
        self.label_villages.setObjectName(u"label_villages")

        self.station_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_villages)

        self.villages = QPlainTextEdit(self.station_box)
        self.villages.setObjectName(u"villages")
        self.villages.setTabChangesFocus(True)

        self.station_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.villages)

        self.label_unit_kind = QLabel(self.station_box)
        self.label_unit_kind.setObjectName(u"label_unit_kind")

        self.station_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_unit_kind)

        self.unit_kind = QComboBox(self.station_box)
        self.unit_kind.setObjectName(u"unit_kind")

        self.station_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.unit_kind)


        self.mainLayout.addWidget(self.station_box)

        self.admin_box = QGroupBox(FirstRunDialog)
        self.admin_box.setObjectName(u"admin_box")
        self.admin_form = QFormLayout(self.admin_box)
        self.admin_form.setObjectName(u"admin_form")
        self.label_username = QLabel(self.admin_box)
        self.label_username.setObjectName(u"label_username")

        self.admin_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_username)

        self.username = QLineEdit(self.admin_box)
        self.username.setObjectName(u"username")

        self.admin_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.label_full_name = QLabel(self.admin_box)
        self.label_full_name.setObjectName(u"label_full_name")

        self.admin_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_full_name)

        self.full_name = QLineEdit(self.admin_box)
        self.full_name.setObjectName(u"full_name")

        self.admin_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.label_password = QLabel(self.admin_box)
        self.label_password.setObjectName(u"label_password")

        self.admin_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_password)

        self.password = QLineEdit(self.admin_box)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.admin_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password)

        self.label_password2 = QLabel(self.admin_box)
        self.label_password2.setObjectName(u"label_password2")

        self.admin_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_password2)

        self.password2 = QLineEdit(self.admin_box)
        self.password2.setObjectName(u"password2")
        self.password2.setEchoMode(QLineEdit.Password)

        self.admin_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password2)


        self.mainLayout.addWidget(self.admin_box)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.demo_button = QPushButton(FirstRunDialog)
        self.demo_button.setObjectName(u"demo_button")
        self.demo_button.setAutoDefault(False)

        self.buttons.addWidget(self.demo_button)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.setup_button = QPushButton(FirstRunDialog)
        self.setup_button.setObjectName(u"setup_button")

        self.buttons.addWidget(self.setup_button)

        self.quit_button = QPushButton(FirstRunDialog)
        self.quit_button.setObjectName(u"quit_button")
        self.quit_button.setAutoDefault(False)

        self.buttons.addWidget(self.quit_button)


        self.mainLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_commune.setBuddy(self.commune)
        self.label_parent_body.setBuddy(self.parent_body)
        self.label_issuing.setBuddy(self.issuing)
        self.label_place.setBuddy(self.place)
        self.label_head.setBuddy(self.head)
        self.label_villages.setBuddy(self.villages)
        self.label_unit_kind.setBuddy(self.unit_kind)
        self.label_username.setBuddy(self.username)
        self.label_full_name.setBuddy(self.full_name)
        self.label_password.setBuddy(self.password)
        self.label_password2.setBuddy(self.password2)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.commune, self.parent_body)
        QWidget.setTabOrder(self.parent_body, self.issuing)
        QWidget.setTabOrder(self.issuing, self.place)
        QWidget.setTabOrder(self.place, self.head)
        QWidget.setTabOrder(self.head, self.villages)
        QWidget.setTabOrder(self.villages, self.unit_kind)
        QWidget.setTabOrder(self.unit_kind, self.username)
        QWidget.setTabOrder(self.username, self.full_name)
        QWidget.setTabOrder(self.full_name, self.password)
        QWidget.setTabOrder(self.password, self.password2)
        QWidget.setTabOrder(self.password2, self.setup_button)

        self.retranslateUi(FirstRunDialog)

        self.setup_button.setDefault(True)


        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Ch\u00e0o m\u1eebng \u0111\u1ebfn v\u1edbi CAXA", None))
        self.intro.setText(QCoreApplication.translate("FirstRunDialog", u"<b>C\u00e0i \u0111\u1eb7t l\u1ea7n \u0111\u1ea7u.</b> Nh\u1eadp th\u00f4ng tin \u0111\u01a1n v\u1ecb (in tr\u00ean m\u1ecdi v\u0103n b\u1ea3n), danh s\u00e1ch th\u00f4n, bon v\u00e0 t\u00e0i kho\u1ea3n qu\u1ea3n tr\u1ecb \u0111\u1ea7u ti\u00ean. C\u00f3 th\u1ec3 s\u1eeda l\u1ea1i sau trong \u00abTh\u00f4ng tin \u0111\u01a1n v\u1ecb\u00bb.", None))
        self.station_box.setTitle(QCoreApplication.translate("FirstRunDialog", u"\u0110\u01a1n v\u1ecb", None))
        self.label_commune.setText(QCoreApplication.translate("FirstRunDialog", u"T\u00ean x\u00e3/ph\u01b0\u1eddng:", None))
        self.commune.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"X\u00e3 \u0110\u1eafk Nia", None))
        self.label_parent_body.setText(QCoreApplication.translate("FirstRunDialog", u"C\u01a1 quan c\u1ea5p tr\u00ean:", None))
        self.parent_body.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"C\u00d4NG AN T\u1ec8NH L\u00c2M \u0110\u1ed2NG", None))
        self.label_issuing.setText(QCoreApplication.translate("FirstRunDialog", u"T\u00ean \u0111\u01a1n v\u1ecb:", None))
        self.issuing.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"C\u00d4NG AN X\u00c3 \u0110\u1eaeK NIA", None))
        self.label_place.setText(QCoreApplication.translate("FirstRunDialog", u"\u0110\u1ecba danh ghi ng\u00e0y th\u00e1ng:", None))
        self.place.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u0110\u1eafk Nia", None))
        self.label_head.setText(QCoreApplication.translate("FirstRunDialog", u"Tr\u01b0\u1edfng C\u00f4ng an x\u00e3:", None))
        self.head.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"H\u1ecd v\u00e0 t\u00ean", None))
        self.label_villages.setText(QCoreApplication.translate("FirstRunDialog", u"Th\u00f4n, bon, t\u1ed5 d\u00e2n ph\u1ed1:", None))
        self.villages.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"M\u1ed7i d\u00f2ng m\u1ed9t th\u00f4n/bon, vd.\n"
"th\u00f4n Nia \u0110\u01a1n\n"
"bon Bu Sir\n"
"t\u1ed5 d\u00e2n ph\u1ed1 3", None))
        self.label_unit_kind.setText(QCoreApplication.translate("FirstRunDialog", u"Lo\u1ea1i \u0111\u01a1n v\u1ecb:", None))
#if QT_CONFIG(tooltip)
        self.unit_kind.setToolTip(QCoreApplication.translate("FirstRunDialog", u"X\u00e3, ph\u01b0\u1eddng ho\u1eb7c \u0111\u1eb7c khu (t\u1ef1 ch\u1ecdn theo t\u00ean x\u00e3/ph\u01b0\u1eddng)", None))
#endif // QT_CONFIG(tooltip)
        self.admin_box.setTitle(QCoreApplication.translate("FirstRunDialog", u"Qu\u1ea3n tr\u1ecb vi\u00ean \u0111\u1ea7u ti\u00ean", None))
        self.label_username.setText(QCoreApplication.translate("FirstRunDialog", u"T\u00ean \u0111\u0103ng nh\u1eadp:", None))
        self.username.setText(QCoreApplication.translate("FirstRunDialog", u"admin", None))
        self.label_full_name.setText(QCoreApplication.translate("FirstRunDialog", u"H\u1ecd v\u00e0 t\u00ean:", None))
        self.label_password.setText(QCoreApplication.translate("FirstRunDialog", u"M\u1eadt kh\u1ea9u (\u00edt nh\u1ea5t 8 k\u00fd t\u1ef1):", None))
        self.label_password2.setText(QCoreApplication.translate("FirstRunDialog", u"Nh\u1eadp l\u1ea1i m\u1eadt kh\u1ea9u:", None))
        self.demo_button.setText(QCoreApplication.translate("FirstRunDialog", u"D\u00f9ng th\u1eed v\u1edbi \u0111\u01a1n v\u1ecb m\u1eabu", None))
        self.setup_button.setText(QCoreApplication.translate("FirstRunDialog", u"C\u00e0i \u0111\u1eb7t v\u00e0 b\u1eaft \u0111\u1ea7u", None))
        self.quit_button.setText(QCoreApplication.translate("FirstRunDialog", u"Tho\u00e1t", None))
    # retranslateUi

