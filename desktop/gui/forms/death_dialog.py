# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'death_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

from desktop.gui.widgets import DateEdit

class Ui_DeathDialog(object):
    def setupUi(self, DeathDialog):
        if not DeathDialog.objectName():
            DeathDialog.setObjectName(u"DeathDialog")
        DeathDialog.resize(460, 160)
        self.mainLayout = QVBoxLayout(DeathDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_death = QLabel(DeathDialog)
        self.label_death.setObjectName(u"label_death")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_death)

        self.death = DateEdit(DeathDialog)
        self.death.setObjectName(u"death")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.death)

        self.label_reported = QLabel(DeathDialog)
        self.label_reported.setObjectName(u"label_reported")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_reported)

        self.reported = DateEdit(DeathDialog)
        self.reported.setObjectName(u"reported")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reported)

        self.hint = QLabel(DeathDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.hint)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(DeathDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_death.setBuddy(self.death)
        self.label_reported.setBuddy(self.reported)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeathDialog)

        QMetaObject.connectSlotsByName(DeathDialog)
    # setupUi

    def retranslateUi(self, DeathDialog):
        DeathDialog.setWindowTitle(QCoreApplication.translate("DeathDialog", u"B\u00e1o t\u1eed", None))
        self.label_death.setText(QCoreApplication.translate("DeathDialog", u"Ng\u00e0y ch\u1ebft *", None))
        self.label_reported.setText(QCoreApplication.translate("DeathDialog", u"Ng\u00e0y nh\u1eadn tin b\u00e1o t\u1eed *", None))
        self.hint.setText(QCoreApplication.translate("DeathDialog", u"Ph\u1ea3i x\u00f3a \u0111\u0103ng k\u00fd th\u01b0\u1eddng tr\u00fa trong 1 ng\u00e0y l\u00e0m vi\u1ec7c k\u1ec3 t\u1eeb khi nh\u1eadn tin.", None))
    # retranslateUi

