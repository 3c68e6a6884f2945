#pragma once

#include "core/gaap/gaaptypes.h"
#include "core/session/checksession.h"
#include "core/session/regionlists.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>
#include <optional>

class CheckFormSelections;
class GroupChooser;
class GroupList;
class QLabel;
class QProgressBar;
class RegionComboModel;
class QTimer;

namespace Ui {
class CheckForm;
}

// The connection to check, picked from live lists in the order an operator thinks: origin region →
// IP version → package type → access region → network type → bandwidth → concurrency → group ID.
// Every list comes from RegionLists (cached on disk, refreshed in the background) and shows
// its state beside it, the connection groups from GroupList (GroupChooser); changing an upstream choice reloads the
// lists below it and keeps a choice that is still offered (CheckFormSelections, which also saves and restores the
// choices). The form never sends anything: Check emits checkRequested() with a request that is complete and valid
// for the chosen access region.
class CheckForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckForm)

public:
    // `lists` fill the combos, `groups` the group IDs offered; `checks` tells whether a check is running. All
    // must outlive the form.
    CheckForm(RegionLists *lists, CheckSession *checks, GroupList *groups, QWidget *parent = nullptr);
    ~CheckForm() override;

    // The request the form would send now; nullopt while it is incomplete or invalid.
    [[nodiscard]] std::optional<CheckRequest> request() const;

    // The choices, for remembering them per profile ({"origin": "Hongkong", "bandwidth": 10, …}).
    [[nodiscard]] QJsonObject selections() const;
    // The same choices as a request, complete or not (empty and zero where nothing is chosen).
    [[nodiscard]] CheckRequest choices() const;
    // Chooses these values, each as soon as its list offers it (lists may still be loading).
    void restoreSelections(const QJsonObject &selections);
    // Chooses the values of `request` the same way (History > Re-run).
    void setRequest(const CheckRequest &request);

public Q_SLOTS:
    // Shows the cached origin regions at once and asks the server unless they are fresh.
    void loadRegions();
    // Asks the server again for the origin regions, the shown access regions and the origin's groups.
    void refreshRegions();
    // What the Check button does: emits checkRequested() when the form is complete.
    void check();

Q_SIGNALS:
    void checkRequested(const CheckRequest &request);
    // A choice changed: request() may ask something else now.
    void requestChanged();

protected:
    void changeEvent(QEvent *event) override; // a language change re-translates every text of the form

private:
    void retranslate();
    // The origin regions of the chosen connection quality (DescribeDestRegions' QualityType).
    void applyQuality();
    void originRegionsChanged();
    void accessRegionsChanged();
    void queryChanged(); // origin, IP version or package type
    void fillNetworkTypes();
    void fillOfferedLists(); // bandwidth and concurrency of the chosen access region
    // Logs (gaap.ui, debug) the first time both region lists offer a choice for the chosen origin:
    // the moment the window is usable (tests/bench/bench_gui_start waits for it).
    void reportFirstPopulated();
    void showListStates();
    void updatePlaceholders();
    void showListState(QLabel *label, QProgressBar *busy, const RegionLists::ListStatus &status);
    void showErrors();
    void retry();
    void groupIdEdited();
    void updateCheckButton();
    void setChecking(bool checking);

    [[nodiscard]] AccessRegionQuery currentQuery() const;
    [[nodiscard]] bool accessListIsCurrent() const;
    // The access list's status when it belongs to the current choices, else an empty status.
    [[nodiscard]] RegionLists::ListStatus shownAccessStatus() const;
    [[nodiscard]] QString groupId() const;

    std::unique_ptr<Ui::CheckForm> m_ui;
    RegionLists *m_lists;
    CheckSession *m_checks;
    RegionComboModel *m_originModel;
    RegionComboModel *m_accessModel;
    GroupChooser *m_groupChooser;
    // What the operator chose (or what was restored) per list, kept while a reloaded list does not offer it.
    CheckFormSelections *m_selections;
    QTimer *m_stateClock; // keeps "fetched 5 minutes ago" true
    bool m_checking = false;
    bool m_refocusCheck = false;
    bool m_populatedReported = false;
};
