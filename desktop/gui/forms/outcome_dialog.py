# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outcome_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_OutcomeDialog(object):
    def setupUi(self, OutcomeDialog):
        if not OutcomeDialog.objectName():
            OutcomeDialog.setObjectName(u"OutcomeDialog")
        OutcomeDialog.resize(600, 380)
        self.mainLayout = QVBoxLayout(OutcomeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_attendance = QLabel(OutcomeDialog)
        self.label_attendance.setObjectName(u"label_attendance")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_attendance)

        self.attendance = QLineEdit(OutcomeDialog)
        self.attendance.setObjectName(u"attendance")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.attendance)

        self.label_violations = QLabel(OutcomeDialog)
        self.label_violations.setObjectName(u"label_violations")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_violations)

        self.violations = QLineEdit(OutcomeDialog)
        self.violations.setObjectName(u"violations")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.violations)

        self.label_hotspots = QLabel(OutcomeDialog)
        self.label_hotspots.setObjectName(u"label_hotspots")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_hotspots)

        self.hotspots = QLineEdit(OutcomeDialog)
        self.hotspots.setObjectName(u"hotspots")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hotspots)

        self.label_notes = QLabel(OutcomeDialog)
        self.label_notes.setObjectName(u"label_notes")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_notes)

        self.notes = QPlainTextEdit(OutcomeDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notes)

        self.label_photos = QLabel(OutcomeDialog)
        self.label_photos.setObjectName(u"label_photos")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_photos)

        self.photoLayout = QHBoxLayout()
        self.photoLayout.setObjectName(u"photoLayout")
        self.photo_label = QLabel(OutcomeDialog)
        self.photo_label.setObjectName(u"photo_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.photo_label.sizePolicy().hasHeightForWidth())
        self.photo_label.setSizePolicy(sizePolicy)

        self.photoLayout.addWidget(self.photo_label)

        self.add_photo = QPushButton(OutcomeDialog)
        self.add_photo.setObjectName(u"add_photo")

        self.photoLayout.addWidget(self.add_photo)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.photoLayout)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(OutcomeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_attendance.setBuddy(self.attendance)
        self.label_violations.setBuddy(self.violations)
        self.label_hotspots.setBuddy(self.hotspots)
        self.label_notes.setBuddy(self.notes)
        self.label_photos.setBuddy(self.add_photo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OutcomeDialog)

        QMetaObject.connectSlotsByName(OutcomeDialog)
    # setupUi

    def retranslateUi(self, OutcomeDialog):
        OutcomeDialog.setWindowTitle(QCoreApplication.translate("OutcomeDialog", u"K\u1ebft qu\u1ea3 c\u00f4ng vi\u1ec7c", None))
        self.label_attendance.setText(QCoreApplication.translate("OutcomeDialog", u"S\u1ed1 ng\u01b0\u1eddi tham d\u1ef1:", None))
        self.attendance.setPlaceholderText(QCoreApplication.translate("OutcomeDialog", u"\u0111\u1ec3 tr\u1ed1ng n\u1ebfu kh\u00f4ng t\u00ednh", None))
        self.label_violations.setText(QCoreApplication.translate("OutcomeDialog", u"S\u1ed1 vi ph\u1ea1m ph\u00e1t hi\u1ec7n:", None))
        self.label_hotspots.setText(QCoreApplication.translate("OutcomeDialog", u"S\u1ed1 \u0111i\u1ec3m nguy c\u01a1 ph\u00e1t hi\u1ec7n:", None))
        self.label_notes.setText(QCoreApplication.translate("OutcomeDialog", u"K\u1ebft qu\u1ea3, ghi ch\u00fa:", None))
        self.label_photos.setText(QCoreApplication.translate("OutcomeDialog", u"\u1ea2nh:", None))
        self.photo_label.setText(QCoreApplication.translate("OutcomeDialog", u"Ch\u01b0a c\u00f3 \u1ea3nh", None))
        self.add_photo.setText(QCoreApplication.translate("OutcomeDialog", u"Th\u00eam \u1ea3nh\u2026", None))
    # retranslateUi

