#pragma once

#include <QWidget>

#include <memory>

class QPushButton;

namespace Ui {
class CannotCreatePanel;
}

// Under the answer "Cannot be created": what the API can and cannot tell (CheckProxyCreate gives a yes/no flag
// and no reason: sold out in that region, the bandwidth or concurrency too large for it now, or a limit of the
// account are all possible), and the next steps: a button that asks for the Find Capacity window, and one that
// watches the connection.
class CannotCreatePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannotCreatePanel)

public:
    explicit CannotCreatePanel(QWidget *parent = nullptr);
    ~CannotCreatePanel() override;

    // The button, for the card's tab order.
    [[nodiscard]] QPushButton *findButton() const;

Q_SIGNALS:
    // "Find where it can be created…" was pressed.
    void findRequested();
    // "Watch: tell me when it can be created" was pressed.
    void watchRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::CannotCreatePanel> m_ui;
};
