# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'arrange_import_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

from desktop.gui.widgets import DateEdit

class Ui_ArrangeImportDialog(object):
    def setupUi(self, ArrangeImportDialog):
        if not ArrangeImportDialog.objectName():
            ArrangeImportDialog.setObjectName(u"ArrangeImportDialog")
        ArrangeImportDialog.resize(720, 460)
        self.mainLayout = QVBoxLayout(ArrangeImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_file = QLabel(ArrangeImportDialog)
        self.label_file.setObjectName(u"label_file")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_file)

        self.file_label = QLabel(ArrangeImportDialog)
        self.file_label.setObjectName(u"file_label")
        self.file_label.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.file_label)

        self.label_day = QLabel(ArrangeImportDialog)
        self.label_day.setObjectName(u"label_day")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_day)

        self.day = DateEdit(ArrangeImportDialog)
        self.day.setObjectName(u"day")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.day)


        self.mainLayout.addLayout(self.form)

        self.hint = QLabel(ArrangeImportDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.mainLayout.addWidget(self.hint)

        self.report = QTextBrowser(ArrangeImportDialog)
        self.report.setObjectName(u"report")

        self.mainLayout.addWidget(self.report)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.check_button = QPushButton(ArrangeImportDialog)
        self.check_button.setObjectName(u"check_button")

        self.actions.addWidget(self.check_button)

        self.write_button = QPushButton(ArrangeImportDialog)
        self.write_button.setObjectName(u"write_button")

        self.actions.addWidget(self.write_button)

        self.buttons = QDialogButtonBox(ArrangeImportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.actions.addWidget(self.buttons)


        self.mainLayout.addLayout(self.actions)

#if QT_CONFIG(shortcut)
        self.label_day.setBuddy(self.day)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ArrangeImportDialog)

        QMetaObject.connectSlotsByName(ArrangeImportDialog)
    # setupUi

    def retranslateUi(self, ArrangeImportDialog):
        ArrangeImportDialog.setWindowTitle(QCoreApplication.translate("ArrangeImportDialog", u"X\u1ebfp h\u1ed3 s\u01a1 theo danh s\u00e1ch Excel", None))
        self.label_file.setText(QCoreApplication.translate("ArrangeImportDialog", u"T\u1ec7p danh s\u00e1ch", None))
        self.file_label.setText(QCoreApplication.translate("ArrangeImportDialog", u"(ch\u01b0a ch\u1ecdn t\u1ec7p)", None))
        self.label_day.setText(QCoreApplication.translate("ArrangeImportDialog", u"Ng\u00e0y x\u1ebfp", None))
#if QT_CONFIG(tooltip)
        self.day.setToolTip(QCoreApplication.translate("ArrangeImportDialog", u"Ng\u00e0y x\u1ebfp c\u1ee7a nh\u1eefng d\u00f2ng kh\u00f4ng ghi c\u1ed9t \u00abNg\u00e0y x\u1ebfp\u00bb (m\u1eb7c \u0111\u1ecbnh h\u00f4m nay)", None))
#endif // QT_CONFIG(tooltip)
        self.hint.setText(QCoreApplication.translate("ArrangeImportDialog", u"Trang \u0111\u1ea7u c\u1ee7a t\u1ec7p c\u1ea7n c\u00f3 c\u1ed9t \u00abS\u1ed1 h\u1ed3 s\u01a1\u00bb v\u00e0 c\u1ed9t \u00abV\u1ecb tr\u00ed\u00bb (vd. Kho 1 \u203a T\u1ee7 2 \u203a H\u1ed9p 05, ho\u1eb7c ph\u1ea7n cu\u1ed1i n\u1ebfu kh\u00f4ng tr\u00f9ng), c\u00f3 th\u1ec3 th\u00eam c\u1ed9t \u00abNg\u00e0y x\u1ebfp\u00bb. C\u00f3 m\u1ed9t d\u00f2ng l\u1ed7i th\u00ec kh\u00f4ng x\u1ebfp h\u1ed3 s\u01a1 n\u00e0o.", None))
        self.check_button.setText(QCoreApplication.translate("ArrangeImportDialog", u"Ki\u1ec3m tra l\u1ea1i", None))
        self.write_button.setText(QCoreApplication.translate("ArrangeImportDialog", u"X\u1ebfp h\u1ed3 s\u01a1", None))
    # retranslateUi

