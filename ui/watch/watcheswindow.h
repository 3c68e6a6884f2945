#pragma once

#include "core/session/requirementsearch.h"

#include <QWidget>

#include <memory>

class QTimer;
class WatchList;
struct WatchEntry;

namespace Ui {
class WatchesWindow;
}

// Tools > Watches…: the watched connections and requirement searches with their last answer and next check; the
// interval of the selected one (at least 1 minute here; the CLI goes down to 10 s) and Remove.
class WatchesWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchesWindow)

public:
    // `watches` must outlive the window.
    explicit WatchesWindow(WatchList *watches, QWidget *parent = nullptr);
    ~WatchesWindow() override;

    // Selects the watch `id` (just added from the result card).
    void select(const QString &id);

Q_SIGNALS:
    // Open (or a double-click): check this connection in the main window, or run this search in Find Capacity.
    void checkRequested(const CheckRequest &request);
    void searchRequested(const Requirement &requirement);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refill();
    // The "Next check" column only (the clock ticks every second; the rows change with the list).
    void showNextChecks();
    [[nodiscard]] QString nextCheckText(const WatchEntry &entry) const;
    [[nodiscard]] QString selectedId() const;
    void selectionChanged();
    void openSelected();

    std::unique_ptr<Ui::WatchesWindow> m_ui;
    WatchList *m_watches;
    QTimer *m_clock; // the "next check" column counts down
};
