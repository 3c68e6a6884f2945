#pragma once

// The check form and the result card on the offscreen platform, over the real ApiStack (its region
// lists with a RegionCache in a temporary directory, and its check session) and the in-process fake
// GAAP server. The cascade
// of lists is tested in tst_checkform.cpp; list errors, cached and stale lists and remembered
// selections in tst_checkform_states.cpp; the connection groups of Group ID in tst_checkform_groups.cpp; answers,
// failures, the keyboard-only path and the copy buttons in tst_checkform_answers.cpp.
#include "support/childwidget.h"
#include "support/fakeapistack.h"
#include "ui/check/checkform.h"
#include "ui/check/resultcard.h"

#include <QComboBox>
#include <QLineEdit>
#include <QObject>
#include <QWidget>

#include <memory>

// What the check page builds around the form, with the small controller of the design:
// form → check session → result card.
struct CheckFormHarness
{
    explicit CheckFormHarness(const FakeGaapServer &server);

    FakeApiStack fake; // a fresh stack, limiter and cache directory per test
    ApiClient &client = fake.client();
    GaapApi &api = fake.api();
    RegionCache &cache = *fake.cache();
    RegionLists &lists = fake.regions();
    CheckSession &checks = fake.checks();
    GroupList &groups = fake.groups();
    QWidget window;
    CheckForm *form;
    ResultCard *card;
};

class tst_CheckForm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // The cascade (tst_checkform.cpp)
    void cascadeLoads();
    void unusableRegionIsShownNotSelectable();
    void networkTypesComeFromTheOrigin();
    void offeredListsMatchTheAccessRegion();
    void ipv6ReloadKeepsValidSelection();
    void checkNeedsACompleteValidForm();
    void qualityChoosesTheOrigins();

    // List states and remembered selections (tst_checkform_states.cpp)
    void listErrorsOfferRetry();
    void cachedAndStaleListsAreLabelled();
    void selectionsAreRestored();
    void wheelLeavesUnfocusedCombosAlone();
    void altLetterTypesNothing();

    // Connection groups (tst_checkform_groups.cpp)
    void groupsOfTheOriginAreOffered();
    void typingAGroupIdWorks();
    void groupListFailureLeavesTyping();
    void groupsLoadWithoutBlocking();
    void groupIdIsRestored();
    void groupTextsFollowTheLanguage();

    // Answers (tst_checkform_answers.cpp)
    void bothOutcomesRender();
    void failedPriceStillShowsTheAnswer();
    void errorsAreExplainedAndFormStaysUsable_data();
    void errorsAreExplainedAndFormStaysUsable();
    void keyboardOnlyPath();
    void copiesHaveTheValuesAndNoSecret();
    void verdictsAreReadableInLightAndDark_data();
    void verdictsAreReadableInLightAndDark();

private:
    // Loads the origin regions, chooses `origin` and waits for its access regions.
    void loadFor(CheckFormHarness &h, const QString &origin);
    // Chooses an access region of the chosen origin with a bandwidth within (or above) its capacity.
    CheckRequest fillRoute(CheckFormHarness &h, bool withinCapacity);
    [[nodiscard]] const FakeAccessRegion &partialRegion(const QString &origin) const;
    [[nodiscard]] QStringList servedIds(const QString &origin, const QString &ipVersion) const;

    std::unique_ptr<FakeGaapServer> m_server;
};

namespace CheckFormTest {

QStringList dataOf(const QComboBox *combo); // the items' values, headers left out
QStringList numbers(const QList<qint64> &values);
// The field of the editable Group ID combo box, where an ID is typed.
QLineEdit *groupEdit(const CheckForm *form);

} // namespace CheckFormTest
