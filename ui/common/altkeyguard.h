#pragma once

#include <QObject>

class QWidget;

// Alt+letter is a mnemonic. When its button is disabled (Check, while the form is incomplete) the key went to
// the line edit that had the focus and typed the letter into it ("c" into Group ID). protect() makes every
// line edit and editable combo box under `root` ignore Alt+letter, so nothing is typed; on macOS, where
// Option+letter types accented characters, they are left alone.
class AltKeyGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AltKeyGuard)

public:
    static void protect(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit AltKeyGuard(QObject *parent);
};
