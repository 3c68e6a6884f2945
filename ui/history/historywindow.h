#pragma once

#include "core/history/historystore.h"

#include <QWidget>

#include <memory>

class HistoryModel;
class QTimer;

namespace Ui {
class HistoryWindow;
}

// Every recorded check, newest first, with filters (region text, outcome, since/until dates):
// re-run an entry, delete the selected ones, clear all (after a confirmation). When the store is
// unavailable (corrupt or locked database) it says so inline; the rest of the app keeps working.
class HistoryWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWindow)

public:
    // `store` must outlive the window.
    explicit HistoryWindow(HistoryStore *store, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    [[nodiscard]] HistoryFilter filter() const;
    // The entries shown (the filtered view), for exporting.
    [[nodiscard]] QList<HistoryEntry> shownEntries() const;
    [[nodiscard]] HistoryModel *model() const { return m_model; }

public Q_SLOTS:
    // Reads the entries again now.
    void reload();
    // Reads them again soon (many cells of a matrix arrive together).
    void scheduleReload();
    void rerunSelected();
    void deleteSelected();
    void clearAll(); // asks first, without blocking

Q_SIGNALS:
    void rerunRequested(const CheckRequest &request);
    void exportRequested();

private:
    [[nodiscard]] QList<int> selectedRows() const;
    void updateButtons();

    std::unique_ptr<Ui::HistoryWindow> m_ui;
    HistoryStore *m_store;
    HistoryModel *m_model;
    QTimer *m_reloadTimer;
};
