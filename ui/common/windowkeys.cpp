#include "ui/common/windowkeys.h"

#include <QKeySequence>
#include <QShortcut>
#include <QWidget>

void closeOnEscape(QWidget *window)
{
    auto *shortcut = new QShortcut(QKeySequence(Qt::Key_Escape), window);
    shortcut->setContext(Qt::WindowShortcut);
    QObject::connect(shortcut, &QShortcut::activated, window, &QWidget::close);
}

void showInFront(QWidget *window)
{
    if (!window->isVisible())
        window->show();
    window->raise();
    window->activateWindow();
}
