#pragma once

#include "core/api/endpoint.h"
#include "core/session/requirementsearch.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class ApiStack;
class GaapApi;
class HistoryStore;
class RegionLists;
class SearchResultModel;

namespace Ui {
class FindWindow;
}

// Tools > Find…: where a connection with at least a bandwidth and a concurrency can be created from an origin
// (RequirementSearch), with progress and Cancel; the answers are ranked by daily cost, and the chosen one can
// be checked in the main window. Every check goes to the history (source "find").
class FindWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindWindow)

public:
    // `stack` must outlive the window.
    explicit FindWindow(ApiStack *stack, QWidget *parent = nullptr);
    ~FindWindow() override;

    void setHistoryStore(HistoryStore *history) { m_history = history; }
    // The profile changed: cancels a running search.
    void setContext(const QString &profile, const Endpoint &endpoint);
    // Starts from the main window's choices: the origin, its options and (as the minimum) the bandwidth and
    // concurrency asked for. Ignored while a search runs.
    void prefill(const CheckRequest &request);

    // Fills in `requirement` (as prefill() does) and finds, at once or as soon as the origin regions are listed.
    void findFor(const Requirement &requirement);

    [[nodiscard]] const RequirementSearch *search() const { return m_search.get(); }
    // What Find would search for now; nullopt while no origin is chosen.
    [[nodiscard]] std::optional<Requirement> requirement() const;

public Q_SLOTS:
    void find();
    void cancel();

Q_SIGNALS:
    void historyRecorded();
    // "Use in the main window": fill the check form with this and check it.
    void useRequested(const CheckRequest &request);
    // "Watch this search": search again on a schedule (the requirement as chosen now, without the billing).
    void watchRequested(const Requirement &requirement);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillOrigins();
    void fillNetworkTypes();
    void recordCheck(int index);
    void showStatus();
    void updateButtons();
    void useSelected();

    std::unique_ptr<Ui::FindWindow> m_ui;
    GaapApi *m_api;
    RegionLists *m_origins;
    SearchResultModel *m_model;
    std::unique_ptr<RequirementSearch> m_search;
    HistoryStore *m_history = nullptr;
    QString m_profile;
    Endpoint m_endpoint = Endpoint::china();
    QString m_preferredOrigin;
    std::optional<Requirement> m_findWhenListed; // findFor() before the origin regions were listed
};
