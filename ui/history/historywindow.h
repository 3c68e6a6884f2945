#pragma once

#include "core/history/historystore.h"

#include <QWidget>

#include <memory>

class HistoryModel;
class QTimer;

namespace Ui {
class HistoryWindow;
}

// Every recorded check, newest first, with filters (region code, outcome, since/until dates) and how many
// entries match: re-run an entry, delete the selected ones, clear all (after a confirmation). It reads a page
// at a time as the list scrolls, and counts, on another thread (HistoryModel), so a history of a million
// entries opens at once and filtering never freezes it. When the store is unavailable (corrupt or locked
// database) it says so inline; the rest of the app keeps working.
class HistoryWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWindow)

public:
    // `store` must outlive the window.
    explicit HistoryWindow(HistoryStore *store, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    // The filter of the list (File > Export writes every entry it matches, not only the rows read).
    [[nodiscard]] HistoryFilter filter() const;
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

protected:
    void changeEvent(QEvent *event) override; // a language change re-translates the window and its table

private:
    void retranslate();
    [[nodiscard]] QString unavailableText() const;
    [[nodiscard]] QList<int> selectedRows() const;
    void updateButtons();
    void showProblem(const QString &problem); // empty: none
    void showCount();

    std::unique_ptr<Ui::HistoryWindow> m_ui;
    HistoryStore *m_store;
    HistoryModel *m_model;
    QTimer *m_reloadTimer;
};
