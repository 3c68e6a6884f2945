#pragma once

#include "core/api/endpoint.h"
#include "core/gaap/gaaptypes.h"

#include <QWidget>

class ApiStack;
class CheckForm;
struct CheckOutcome;
class HistoryStore;
class Preferences;
class ProfileManager;
class QComboBox;
class QLabel;
class QScrollArea;
class ResultCard;

// The screen operators live in: profile → check form → result card, over the ApiStack's region lists
// and check session; the widgets only see values and their signals.
class CheckPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckPage)

public:
    // All three must outlive the page.
    CheckPage(ApiStack *stack, ProfileManager *profiles, Preferences *preferences, QWidget *parent = nullptr);
    ~CheckPage() override;

    // Switches the stack to the profile (its key is read from the keychain asynchronously), then
    // loads the region lists.
    void setProfile(const QString &name);
    [[nodiscard]] QString profile() const;
    [[nodiscard]] Endpoint endpoint() const;
    // Refills the profile list (profiles added, removed or renamed elsewhere).
    void reloadProfiles();
    void refreshRegions();
    // Room for the form and an answer card, so that a first window shows both.
    [[nodiscard]] QSize fullSizeHint() const;
    // The origin region chosen in the form; empty when none.
    [[nodiscard]] QString originRegion() const;
    // What the form has chosen so far (CheckForm::choices()).
    [[nodiscard]] CheckRequest formRequest() const;
    // Remembers the form's choices for the current profile.
    void saveSelections();

    // Where every check is recorded (source "check"); nullptr: not recorded. Must outlive the page.
    void setHistoryStore(HistoryStore *history) { m_history = history; }
    // Fills the form with `request` and checks it at once (History > Re-run).
    void runAgain(const CheckRequest &request);
Q_SIGNALS:
    // A check was written to the history store.
    void historyRecorded();
    // The card's "Find where it can be created…" under "Cannot be created": `request` is the one checked.
    void findCapacityRequested(const CheckRequest &request);
    void watchRequested(const CheckRequest &request);

protected:
    void changeEvent(QEvent *event) override; // a language change re-translates the page's own texts

private:
    void retranslate();
    static QString noProfileText();
    void startCheck(const CheckRequest &request);
    void record(const CheckOutcome &outcome);
    // Greys the card when the form no longer asks what it shows.
    void markStaleAnswer();
    // The card's access region badges, from the access region list when it is the one of the card's origin.
    void showAccessFeatures();
    void showCard(); // scrolls the answer into view
    void profileChanged(const QString &name);
    void credentialsReady(const QString &name);
    void showProfileProblem(const QString &message);

    ApiStack *m_stack;
    ProfileManager *m_profiles;
    Preferences *m_preferences;
    HistoryStore *m_history = nullptr;
    QComboBox *m_profileCombo;
    QLabel *m_profileLabel;
    QLabel *m_profileProblem;
    CheckForm *m_form;
    ResultCard *m_card;
    QScrollArea *m_scroll;
};
