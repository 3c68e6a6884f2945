#pragma once

// The check form and the result card on the offscreen platform, over a real CheckSession (ApiClient +
// GaapApi + a RegionCache in a temporary directory) and the in-process fake GAAP server. The cascade
// of lists is tested in tst_checkform.cpp; list errors, cached and stale lists and remembered
// selections in tst_checkform_states.cpp; answers, failures, the keyboard-only path and the copy
// buttons in tst_checkform_answers.cpp.
#include "core/api/apiclient.h"
#include "ui/check/checkform.h"
#include "core/session/checksession.h"
#include "support/childwidget.h"
#include "support/fakegaapserver.h"
#include "core/gaap/gaapapi.h"
#include "core/api/ratelimiter.h"
#include "core/session/regioncache.h"
#include "ui/check/resultcard.h"

#include <QComboBox>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

// What main() and the main window build around the form, with the small controller of the design:
// form → session → result card.
struct CheckFormHarness
{
    explicit CheckFormHarness(const FakeGaapServer &server);

    QTemporaryDir cacheDir;
    QNetworkAccessManager network;
    ApiClient client{&network};
    RateLimiter limiter; // a fresh one per test
    GaapApi api{&client, &limiter};
    RegionCache cache{cacheDir.path()};
    CheckSession session{&api, &cache};
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
    void networkTypesComeFromTheOrigin();
    void offeredListsMatchTheAccessRegion();
    void ipv6ReloadKeepsValidSelection();
    void checkNeedsACompleteValidForm();

    // List states and remembered selections (tst_checkform_states.cpp)
    void listErrorsOfferRetry();
    void cachedAndStaleListsAreLabelled();
    void selectionsAreRestored();

    // Answers (tst_checkform_answers.cpp)
    void bothOutcomesRender();
    void failedPriceStillShowsTheAnswer();
    void errorsAreExplainedAndFormStaysUsable_data();
    void errorsAreExplainedAndFormStaysUsable();
    void keyboardOnlyPath();
    void copiesHaveTheValuesAndNoSecret();

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
bool choose(QComboBox *combo, const QVariant &value);

} // namespace CheckFormTest
