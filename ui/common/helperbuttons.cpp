#include "ui/common/helperbuttons.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QLineEdit>
#include <QTableView>

void nameHelperButtons(QWidget *root)
{
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        for (QAbstractButton *button : edit->findChildren<QAbstractButton *>()) {
            if (button->accessibleName().isEmpty())
                button->setAccessibleName(QCoreApplication::translate("HelperButtons", "Clear the field"));
        }
    }
    for (QTableView *table : root->findChildren<QTableView *>()) {
        for (QAbstractButton *button : table->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly)) {
            if (button->accessibleName().isEmpty() && button->inherits("QTableCornerButton"))
                button->setAccessibleName(QCoreApplication::translate("HelperButtons", "Select all rows"));
        }
    }
}
