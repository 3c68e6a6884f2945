#include "ui/common/altkeyguard.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>

AltKeyGuard::AltKeyGuard(QObject *parent)
    : QObject(parent)
{
}

void AltKeyGuard::protect(QWidget *root)
{
#ifdef Q_OS_MACOS
    Q_UNUSED(root) // Option+letter types characters there
#else
    auto *guard = new AltKeyGuard(root);
    for (QLineEdit *edit : root->findChildren<QLineEdit *>())
        edit->installEventFilter(guard);
    // An editable combo box takes the keys itself and hands them to its line edit past any filter.
    for (QComboBox *combo : root->findChildren<QComboBox *>()) {
        if (combo->isEditable())
            combo->installEventFilter(guard);
    }
#endif
}

bool AltKeyGuard::eventFilter(QObject * /*watched*/, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    // Alt alone (AltGr arrives as Ctrl+Alt on Windows and as its own modifier on X11: characters, let through).
    const Qt::KeyboardModifiers held = key->modifiers() & (Qt::AltModifier | Qt::ControlModifier | Qt::MetaModifier);
    if (held != Qt::AltModifier || key->text().isEmpty() || !key->text().at(0).isPrint())
        return false;
    event->ignore(); // not typed; the window's shortcuts and mnemonics have had their turn
    return true;
}
