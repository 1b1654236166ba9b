# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'station_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_StationForm(object):
    def setupUi(self, StationForm):
        if not StationForm.objectName():
            StationForm.setObjectName(u"StationForm")
        StationForm.resize(420, 468)
        self.mainLayout = QVBoxLayout(StationForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_commune_name = QLabel(StationForm)
        self.label_commune_name.setObjectName(u"label_commune_name")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_commune_name)

        self.commune_name = QLineEdit(StationForm)
        self.commune_name.setObjectName(u"commune_name")
        self.commune_name.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.commune_name)

        self.label_commune_code = QLabel(StationForm)
        self.label_commune_code.setObjectName(u"label_commune_code")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_commune_code)

        self.commune_code = QLineEdit(StationForm)
        self.commune_code.setObjectName(u"commune_code")
        self.commune_code.setMaxLength(10)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.commune_code)

        self.label_parent_body = QLabel(StationForm)
        self.label_parent_body.setObjectName(u"label_parent_body")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_parent_body)

        self.parent_body = QLineEdit(StationForm)
        self.parent_body.setObjectName(u"parent_body")
        self.parent_body.setMaxLength(120)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.parent_body)

        self.label_issuing_body = QLabel(StationForm)
        self.label_issuing_body.setObjectName(u"label_issuing_body")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_issuing_body)

        self.issuing_body = QLineEdit(StationForm)
        self.issuing_body.setObjectName(u"issuing_body")
        self.issuing_body.setMaxLength(120)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issuing_body)

        self.label_place_name = QLabel(StationForm)
        self.label_place_name.setObjectName(u"label_place_name")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_place_name)

        self.place_name = QLineEdit(StationForm)
        self.place_name.setObjectName(u"place_name")
        self.place_name.setMaxLength(80)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place_name)

        self.label_doc_symbol = QLabel(StationForm)
        self.label_doc_symbol.setObjectName(u"label_doc_symbol")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_doc_symbol)

        self.doc_symbol = QLineEdit(StationForm)
        self.doc_symbol.setObjectName(u"doc_symbol")
        self.doc_symbol.setMaxLength(20)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.doc_symbol)

        self.label_head_name = QLabel(StationForm)
        self.label_head_name.setObjectName(u"label_head_name")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_head_name)

        self.head_name = QLineEdit(StationForm)
        self.head_name.setObjectName(u"head_name")
        self.head_name.setMaxLength(120)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.head_name)

        self.label_head_title = QLabel(StationForm)
        self.label_head_title.setObjectName(u"label_head_title")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_head_title)

        self.head_title = QLineEdit(StationForm)
        self.head_title.setObjectName(u"head_title")
        self.head_title.setMaxLength(120)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.head_title)

        self.label_head_rank = QLabel(StationForm)
        self.label_head_rank.setObjectName(u"label_head_rank")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_head_rank)

        self.head_rank = QLineEdit(StationForm)
        self.head_rank.setObjectName(u"head_rank")
        self.head_rank.setMaxLength(40)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.head_rank)

        self.label_show_rank = QLabel(StationForm)
        self.label_show_rank.setObjectName(u"label_show_rank")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_show_rank)

        self.show_rank = QCheckBox(StationForm)
        self.show_rank.setObjectName(u"show_rank")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.show_rank)

        self.label_period_start_day = QLabel(StationForm)
        self.label_period_start_day.setObjectName(u"label_period_start_day")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_period_start_day)

        self.period_start_day = QSpinBox(StationForm)
        self.period_start_day.setObjectName(u"period_start_day")
        self.period_start_day.setMinimum(1)
        self.period_start_day.setMaximum(28)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.period_start_day)

        self.label_backups_to_keep = QLabel(StationForm)
        self.label_backups_to_keep.setObjectName(u"label_backups_to_keep")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.label_backups_to_keep)

        self.backups_to_keep = QSpinBox(StationForm)
        self.backups_to_keep.setObjectName(u"backups_to_keep")
        self.backups_to_keep.setMinimum(1)
        self.backups_to_keep.setMaximum(365)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.backups_to_keep)

        self.label_unit_kind = QLabel(StationForm)
        self.label_unit_kind.setObjectName(u"label_unit_kind")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.label_unit_kind)

        self.unit_kind = QComboBox(StationForm)
        self.unit_kind.setObjectName(u"unit_kind")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.unit_kind)

        self.label_own_code = QLabel(StationForm)
        self.label_own_code.setObjectName(u"label_own_code")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.label_own_code)

        self.own_code = QLineEdit(StationForm)
        self.own_code.setObjectName(u"own_code")
        self.own_code.setMaxLength(10)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.own_code)


        self.mainLayout.addLayout(self.form)

#if QT_CONFIG(shortcut)
        self.label_commune_name.setBuddy(self.commune_name)
        self.label_commune_code.setBuddy(self.commune_code)
        self.label_parent_body.setBuddy(self.parent_body)
        self.label_issuing_body.setBuddy(self.issuing_body)
        self.label_place_name.setBuddy(self.place_name)
        self.label_doc_symbol.setBuddy(self.doc_symbol)
        self.label_head_name.setBuddy(self.head_name)
        self.label_head_title.setBuddy(self.head_title)
        self.label_head_rank.setBuddy(self.head_rank)
        self.label_show_rank.setBuddy(self.show_rank)
        self.label_period_start_day.setBuddy(self.period_start_day)
        self.label_backups_to_keep.setBuddy(self.backups_to_keep)
        self.label_unit_kind.setBuddy(self.unit_kind)
        self.label_own_code.setBuddy(self.own_code)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StationForm)

        QMetaObject.connectSlotsByName(StationForm)
    # setupUi

    def retranslateUi(self, StationForm):
        StationForm.setWindowTitle(QCoreApplication.translate("StationForm", u"Th\u00f4ng tin \u0111\u01a1n v\u1ecb", None))
        self.label_commune_name.setText(QCoreApplication.translate("StationForm", u"T\u00ean x\u00e3/ph\u01b0\u1eddng:", None))
        self.label_commune_code.setText(QCoreApplication.translate("StationForm", u"M\u00e3 \u0111\u01a1n v\u1ecb h\u00e0nh ch\u00ednh:", None))
        self.label_parent_body.setText(QCoreApplication.translate("StationForm", u"C\u01a1 quan c\u1ea5p tr\u00ean:", None))
        self.label_issuing_body.setText(QCoreApplication.translate("StationForm", u"T\u00ean \u0111\u01a1n v\u1ecb (in tr\u00ean v\u0103n b\u1ea3n):", None))
        self.label_place_name.setText(QCoreApplication.translate("StationForm", u"\u0110\u1ecba danh ghi ng\u00e0y th\u00e1ng:", None))
        self.label_doc_symbol.setText(QCoreApplication.translate("StationForm", u"K\u00fd hi\u1ec7u v\u0103n b\u1ea3n:", None))
        self.label_head_name.setText(QCoreApplication.translate("StationForm", u"H\u1ecd t\u00ean ng\u01b0\u1eddi k\u00fd:", None))
        self.label_head_title.setText(QCoreApplication.translate("StationForm", u"Ch\u1ee9c danh ng\u01b0\u1eddi k\u00fd:", None))
        self.label_head_rank.setText(QCoreApplication.translate("StationForm", u"C\u1ea5p b\u1eadc:", None))
        self.label_show_rank.setText("")
        self.show_rank.setText(QCoreApplication.translate("StationForm", u"In c\u1ea5p b\u1eadc tr\u00ean ch\u1eef k\u00fd", None))
        self.label_period_start_day.setText(QCoreApplication.translate("StationForm", u"Ng\u00e0y b\u1eaft \u0111\u1ea7u k\u1ef3 b\u00e1o c\u00e1o:", None))
        self.label_backups_to_keep.setText(QCoreApplication.translate("StationForm", u"S\u1ed1 b\u1ea3n sao l\u01b0u t\u1ef1 \u0111\u1ed9ng gi\u1eef l\u1ea1i:", None))
        self.label_unit_kind.setText(QCoreApplication.translate("StationForm", u"Lo\u1ea1i \u0111\u01a1n v\u1ecb:", None))
#if QT_CONFIG(tooltip)
        self.unit_kind.setToolTip(QCoreApplication.translate("StationForm", u"X\u00e3, ph\u01b0\u1eddng ho\u1eb7c \u0111\u1eb7c khu: in trong t\u00ean \u0111\u01a1n v\u1ecb, ch\u1ee9c danh ng\u01b0\u1eddi k\u00fd v\u00e0 l\u1eddi v\u0103n", None))
#endif // QT_CONFIG(tooltip)
        self.label_own_code.setText(QCoreApplication.translate("StationForm", u"K\u00fd hi\u1ec7u th\u01b0 c\u1ea3m \u01a1n:", None))
#if QT_CONFIG(tooltip)
        self.own_code.setToolTip(QCoreApplication.translate("StationForm", u"Th\u01b0 c\u1ea3m \u01a1n kh\u00f4ng c\u00f3 ch\u1eef vi\u1ebft t\u1eaft trong Ph\u1ee5 l\u1ee5c III Ngh\u1ecb \u0111\u1ecbnh 30/2020: \u0111\u01a1n v\u1ecb t\u1ef1 \u0111\u1eb7t", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

