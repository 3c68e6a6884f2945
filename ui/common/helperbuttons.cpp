#include "ui/common/helperbuttons.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>
#include <QTableView>

namespace {

// Marks the names given here, so a language change renames them and leaves names given elsewhere alone.
const char *const NamedHere = "gaapHelperButtonNamed";

void name(QAbstractButton *button, const char *text)
{
    if (!button->accessibleName().isEmpty() && !button->property(NamedHere).toBool())
        return;
    button->setAccessibleName(QCoreApplication::translate("HelperButtons", text));
    button->setProperty(NamedHere, true);
}

void nameAll(QWidget *root)
{
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        for (QAbstractButton *button : edit->findChildren<QAbstractButton *>())
            name(button, QT_TRANSLATE_NOOP("HelperButtons", "Clear the field"));
    }
    for (QTableView *table : root->findChildren<QTableView *>()) {
        for (QAbstractButton *button : table->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly)) {
            if (button->inherits("QTableCornerButton"))
                name(button, QT_TRANSLATE_NOOP("HelperButtons", "Select all rows"));
        }
    }
}

// Names the buttons again when a language change reaches the window.
class HelperButtonNamer final : public QObject
{
public:
    explicit HelperButtonNamer(QWidget *root)
        : QObject(root)
        , m_root(root)
    {
        root->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_root && event->type() == QEvent::LanguageChange)
            nameAll(m_root);
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_root;
};

} // namespace

void nameHelperButtons(QWidget *root)
{
    nameAll(root);
    if (!root->property(NamedHere).toBool()) {
        root->setProperty(NamedHere, true);
        new HelperButtonNamer(root);
    }
}
