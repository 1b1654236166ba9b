# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_dialog.ui'
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

from desktop.gui.widgets import DateEdit

class Ui_DocumentDialog(object):
    def setupUi(self, DocumentDialog):
        if not DocumentDialog.objectName():
            DocumentDialog.setObjectName(u"DocumentDialog")
        DocumentDialog.resize(480, 160)
        self.mainLayout = QVBoxLayout(DocumentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_form_code = QLabel(DocumentDialog)
        self.label_form_code.setObjectName(u"label_form_code")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_form_code)

        self.form_code = QComboBox(DocumentDialog)
        self.form_code.setObjectName(u"form_code")
        self.form_code.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.form_code)

        self.label_title = QLabel(DocumentDialog)
        self.label_title.setObjectName(u"label_title")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_title)

        self.title = QLineEdit(DocumentDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title)

        self.label_doc_date = QLabel(DocumentDialog)
        self.label_doc_date.setObjectName(u"label_doc_date")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_doc_date)

        self.doc_date = DateEdit(DocumentDialog)
        self.doc_date.setObjectName(u"doc_date")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.doc_date)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(DocumentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_form_code.setBuddy(self.form_code)
        self.label_title.setBuddy(self.title)
        self.label_doc_date.setBuddy(self.doc_date)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentDialog)

        QMetaObject.connectSlotsByName(DocumentDialog)
    # setupUi

    def retranslateUi(self, DocumentDialog):
        DocumentDialog.setWindowTitle(QCoreApplication.translate("DocumentDialog", u"Th\u00eam gi\u1ea5y t\u1edd v\u00e0o h\u1ed3 s\u01a1", None))
        self.label_form_code.setText(QCoreApplication.translate("DocumentDialog", u"M\u1eabu", None))
        self.label_title.setText(QCoreApplication.translate("DocumentDialog", u"T\u00ean gi\u1ea5y t\u1edd *", None))
        self.label_doc_date.setText(QCoreApplication.translate("DocumentDialog", u"Ng\u00e0y", None))
    # retranslateUi

