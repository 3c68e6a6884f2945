#pragma once

#include <QObject>

class QWidget;

// Scrolling a form with the mouse wheel must not change the combo box or spin box that happens to pass under
// the pointer (Concurrency jumped from 2 to 10 × 10,000 while a user scrolled to the result). protect() gives
// every combo box and spin box under `root` a strong focus policy (the wheel does not focus them) and passes
// the wheel on to the scroll area while they do not have the focus; once clicked or tabbed into, the wheel
// changes them as usual.
class WheelGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WheelGuard)

public:
    static void protect(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
};
