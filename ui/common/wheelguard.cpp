#include "ui/common/wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

void WheelGuard::protect(QWidget *root)
{
    auto *guard = new WheelGuard(root);
    QList<QWidget *> widgets;
    for (QComboBox *combo : root->findChildren<QComboBox *>())
        widgets.append(combo);
    for (QAbstractSpinBox *spin : root->findChildren<QAbstractSpinBox *>())
        widgets.append(spin);
    for (QWidget *widget : std::as_const(widgets)) {
        widget->setFocusPolicy(Qt::StrongFocus);
        widget->installEventFilter(guard);
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return false;
    const auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->hasFocus())
        return false;
    // Not for this widget: QApplication hands an ignored wheel event on to the parents (the scroll area).
    event->ignore();
    return true;
}
