# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'weapon_link_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from desktop.gui.kit.pickers import (EventPicker, PersonPicker)

class Ui_WeaponLinkDialog(object):
    def setupUi(self, WeaponLinkDialog):
        if not WeaponLinkDialog.objectName():
            WeaponLinkDialog.setObjectName(u"WeaponLinkDialog")
        WeaponLinkDialog.resize(640, 220)
        self.mainLayout = QVBoxLayout(WeaponLinkDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(WeaponLinkDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_typed_person = QLabel(WeaponLinkDialog)
        self.label_typed_person.setObjectName(u"label_typed_person")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_typed_person)

        self.typed_person = QLabel(WeaponLinkDialog)
        self.typed_person.setObjectName(u"typed_person")
        self.typed_person.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typed_person)

        self.label_person = QLabel(WeaponLinkDialog)
        self.label_person.setObjectName(u"label_person")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_person)

        self.person = PersonPicker(WeaponLinkDialog)
        self.person.setObjectName(u"person")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.person)

        self.label_typed_event = QLabel(WeaponLinkDialog)
        self.label_typed_event.setObjectName(u"label_typed_event")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_typed_event)

        self.typed_event = QLabel(WeaponLinkDialog)
        self.typed_event.setObjectName(u"typed_event")
        self.typed_event.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.typed_event)

        self.label_event = QLabel(WeaponLinkDialog)
        self.label_event.setObjectName(u"label_event")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_event)

        self.event = EventPicker(WeaponLinkDialog)
        self.event.setObjectName(u"event")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.event)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(WeaponLinkDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_person.setBuddy(self.person)
        self.label_event.setBuddy(self.event)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WeaponLinkDialog)

        QMetaObject.connectSlotsByName(WeaponLinkDialog)
    # setupUi

    def retranslateUi(self, WeaponLinkDialog):
        WeaponLinkDialog.setWindowTitle(QCoreApplication.translate("WeaponLinkDialog", u"G\u1eafn bi\u00ean b\u1ea3n v\u1edbi s\u1ed5 nh\u00e2n kh\u1ea9u v\u00e0 l\u1ecbch c\u00f4ng t\u00e1c", None))
        self.intro.setText(QCoreApplication.translate("WeaponLinkDialog", u"Ch\u1ecdn ng\u01b0\u1eddi v\u00e0 ho\u1ea1t \u0111\u1ed9ng trong s\u1ed5; n\u1ed9i dung bi\u00ean b\u1ea3n \u0111\u00e3 in gi\u1eef nguy\u00ean.", None))
        self.label_typed_person.setText(QCoreApplication.translate("WeaponLinkDialog", u"Ng\u01b0\u1eddi ghi tr\u00ean bi\u00ean b\u1ea3n:", None))
        self.typed_person.setText(QCoreApplication.translate("WeaponLinkDialog", u"\u2014", None))
        self.label_person.setText(QCoreApplication.translate("WeaponLinkDialog", u"Ng\u01b0\u1eddi trong s\u1ed5 nh\u00e2n kh\u1ea9u:", None))
#if QT_CONFIG(tooltip)
        self.person.setToolTip(QCoreApplication.translate("WeaponLinkDialog", u"\u0110\u1ec3 tr\u1ed1ng n\u1ebfu l\u00e0 ng\u01b0\u1eddi ngo\u00e0i s\u1ed5", None))
#endif // QT_CONFIG(tooltip)
        self.label_typed_event.setText(QCoreApplication.translate("WeaponLinkDialog", u"S\u1ef1 ki\u1ec7n ghi tr\u00ean bi\u00ean b\u1ea3n:", None))
        self.typed_event.setText(QCoreApplication.translate("WeaponLinkDialog", u"\u2014", None))
        self.label_event.setText(QCoreApplication.translate("WeaponLinkDialog", u"Ho\u1ea1t \u0111\u1ed9ng trong l\u1ecbch:", None))
#if QT_CONFIG(tooltip)
        self.event.setToolTip(QCoreApplication.translate("WeaponLinkDialog", u"\u0110\u1ec3 tr\u1ed1ng n\u1ebfu kh\u00f4ng c\u00f3 trong l\u1ecbch c\u00f4ng t\u00e1c", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

