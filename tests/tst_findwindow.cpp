// Tools > Find Capacity… against the in-process fake GAAP server: it starts from the main window's choices,
// lists every access region serving the origin best first, records each check in the history, hands the chosen
// one back to the main window (which checks it), and can be cancelled. An answer "Cannot be created" on the
// main window's card opens it with the request checked (and the card shows the access region's features).
#include "support/appcontext.h"
#include "support/childwidget.h"
#include "support/fakefault.h"
#include "support/fakegaapserver.h"
#include "ui/check/checkform.h"
#include "ui/check/checkpage.h"
#include "ui/check/resultcard.h"
#include "ui/find/findwindow.h"
#include "ui/find/searchresultmodel.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_FindWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void findsRanksRecordsAndHandsOver();
    void cancelStopsTheSearch();
    void cannotCreateOpensFindPrefilled();
    void findForWaitsForTheOriginList();

private:
    // The main window on the fake server's demo key, with Hongkong chosen in its form.
    void openMainWindow();

    std::unique_ptr<FakeGaapServer> m_server;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<MainWindow> m_window;
};

void tst_FindWindow::init()
{
    m_server = std::make_unique<FakeGaapServer>();
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_app = std::make_unique<AppContext>();
}

void tst_FindWindow::cleanup()
{
    m_window.reset();
    m_app.reset();
    m_server.reset();
}

void tst_FindWindow::openMainWindow()
{
    const FakeCredential demo = m_server->demoCredential();
    bool saved = false;
    CredentialJob *job = m_app->profiles.save({u"fake"_s, m_server->url().toString(), false},
                                              {demo.secretId, SecretString(demo.secretKey), SecretString()});
    QVERIFY(job);
    connect(job, &CredentialJob::finished, this, [&saved] { saved = true; });
    QTRY_VERIFY(saved);
    m_window = std::make_unique<MainWindow>(&m_app->stack, &m_app->profiles, &m_app->preferences);
    m_window->setHistoryStore(&m_app->history);
    m_window->setCurrentProfile(u"fake"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *origin = child<QComboBox>(m_window->findChild<CheckForm *>(), "originCombo");
    QTRY_VERIFY_WITH_TIMEOUT(choose(origin, u"Hongkong"_s), 10000);
}

void tst_FindWindow::findsRanksRecordsAndHandsOver()
{
    openMainWindow();
    auto *action = m_window->findChild<QAction *>(u"actionFind"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+F"_s));
    action->trigger();
    FindWindow *find = m_window->findWindow();
    QVERIFY(find && find->isVisible());
    QTRY_VERIFY(find->requirement().has_value());
    QCOMPARE(find->requirement()->originRegion, u"Hongkong"_s); // the main window's origin
    child<QSpinBox>(find, "bandwidthSpin")->setValue(20);
    child<QSpinBox>(find, "concurrencySpin")->setValue(2);
    auto *findButton = child<QPushButton>(find, "findButton");
    QVERIFY(findButton->isEnabled());
    findButton->click();
    QVERIFY(find->search());
    QTRY_VERIFY_WITH_TIMEOUT(!find->search()->isRunning(), 20000);

    // Every access region serving Hongkong is a row; the first can be created, and the rows are best first.
    auto *view = child<QTableView>(find, "resultView");
    const auto *model = qobject_cast<const SearchResultModel *>(view->model());
    QVERIFY(model);
    QCOMPARE(model->rowCount(), find->search()->candidates().size());
    QVERIFY(model->rowCount() >= 8);
    const QList<int> ranked = find->search()->ranked();
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->candidate(row), &find->search()->candidates().at(ranked.at(row)));
    QCOMPARE(model->candidate(0)->state, SearchCandidate::State::CanCreate);
    QVERIFY2(model->index(0, SearchResultModel::DailyCost).data().toString().contains(u'.'),
             qPrintable(model->index(0, SearchResultModel::DailyCost).data().toString()));
    QVERIFY2(child<QLabel>(find, "statusLabel")->text().contains(u"cheapest first"_s),
             qPrintable(child<QLabel>(find, "statusLabel")->text()));

    // Each check is in the history, as "find".
    const QList<HistoryEntry> entries = m_app->history.entries();
    QCOMPARE(entries.size(), find->search()->checksSent());
    QCOMPARE(entries.constFirst().source, u"find"_s);
    QCOMPARE(entries.constFirst().profile, u"fake"_s);

    // The first row (selected when the search ended) goes to the main window, which checks it.
    QTRY_VERIFY(view->selectionModel()->hasSelection());
    const CheckRequest chosen = model->candidate(0)->checkRequest(find->search()->requirement());
    child<QPushButton>(find, "useButton")->click();
    auto *card = m_window->findChild<ResultCard *>();
    QTRY_VERIFY_WITH_TIMEOUT(card->request() && *card->request() == chosen && !card->requestId().isEmpty(), 10000);
}

void tst_FindWindow::cancelStopsTheSearch()
{
    openMainWindow();
    FakeFault hang;
    hang.kind = FakeFault::Kind::NoAnswer;
    hang.action = u"CheckProxyCreate"_s;
    hang.count = -1;
    m_server->addFault(hang);
    m_window->openFind();
    FindWindow *find = m_window->findWindow();
    QTRY_VERIFY(child<QPushButton>(find, "findButton")->isEnabled());
    child<QPushButton>(find, "findButton")->click();
    auto *cancel = child<QPushButton>(find, "cancelButton");
    QTRY_VERIFY(m_server->requestCount(u"CheckProxyCreate"_s) > 0);
    QVERIFY(cancel->isEnabled());
    cancel->click();
    QVERIFY(!find->search()->isRunning());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(child<QPushButton>(find, "findButton")->isEnabled());
    QVERIFY2(child<QLabel>(find, "statusLabel")->text().startsWith(u"Cancelled"_s),
             qPrintable(child<QLabel>(find, "statusLabel")->text()));
}

void tst_FindWindow::cannotCreateOpensFindPrefilled()
{
    openMainWindow();
    // An access region serving Hongkong that offers more bandwidth than it has: its largest cannot be created.
    const FakeAccessRegion *full = nullptr;
    for (const FakeAccessRegion &access : m_server->data().accessRegions()) {
        const auto normal = access.capacity.constFind(u"normal"_s);
        if (access.destRegions.contains(u"Hongkong"_s) && access.ipVersions.contains(u"IPv4"_s)
            && access.packageTypes.contains(u"Thunder"_s) && normal != access.capacity.cend()
            && access.bandwidths.constLast() > normal->maxBandwidth) {
            full = &access;
            break;
        }
    }
    QVERIFY2(full, "no access region serving Hongkong is short of bandwidth");
    CheckRequest request = m_window->checkPage()->formRequest();
    request.accessRegion = full->id;
    request.bandwidth = full->bandwidths.constLast();
    request.concurrent = full->concurrents.constFirst();
    m_window->checkPage()->runAgain(request);

    auto *card = m_window->findChild<ResultCard *>();
    QTRY_VERIFY_WITH_TIMEOUT(card->request() && *card->request() == request && !card->requestId().isEmpty(), 10000);
    QCOMPARE(child<QLabel>(card, "verdictLabel")->text(), u"Cannot be created"_s);
    QVERIFY(child<QWidget>(card, "cannotCreatePanel")->isVisible());
    // The badges of the access region checked, from the access region list of the form.
    const auto badgeKeys = [card] {
        QStringList keys;
        for (const QLabel *chip : card->findChildren<QLabel *>(u"featureBadge"_s))
            keys.append(chip->property("featureKey").toString());
        return keys;
    };
    QTRY_COMPARE(badgeKeys(), RegionFeatures(quint64(full->featureBitmap)).keys());
    QVERIFY(child<QWidget>(card, "featureBadges")->isVisible());

    QVERIFY(!m_window->findWindow());
    child<QPushButton>(card, "findElsewhereButton")->click();
    FindWindow *find = m_window->findWindow();
    QVERIFY(find && find->isVisible());
    QTRY_VERIFY(find->requirement().has_value());
    QCOMPARE(find->requirement()->originRegion, u"Hongkong"_s);
    QCOMPARE(find->requirement()->minBandwidth, request.bandwidth);
    QCOMPARE(find->requirement()->minConcurrent, request.concurrent);
    QCOMPARE(child<QSpinBox>(find, "bandwidthSpin")->value(), request.bandwidth);
}

// findFor() (Open on a watched search) before the origin regions are listed: it chooses the origin and its
// network type when the list comes, then finds.
void tst_FindWindow::findForWaitsForTheOriginList()
{
    const FakeCredential demo = m_server->demoCredential();
    m_app->stack.useCredentials(Endpoint::fromUserInput(m_server->url().toString()).value(),
                                {demo.secretId, SecretString(demo.secretKey), SecretString()});
    FindWindow find(&m_app->stack);
    find.setContext(u"fake"_s, Endpoint::china());
    Requirement wanted;
    wanted.originRegion = u"Hongkong"_s;
    wanted.minBandwidth = 20;
    wanted.minConcurrent = 2;
    wanted.ipVersion = u"IPv4"_s;
    wanted.networkType = u"cn2"_s;
    wanted.packageType = u"Thunder"_s;
    QVERIFY(m_app->stack.regions()->originRegions().isEmpty()); // still loading
    find.findFor(wanted);
    QVERIFY(!find.search());
    QTRY_VERIFY_WITH_TIMEOUT(find.search(), 10000);
    QVERIFY2(find.search()->requirement().sameSearchAs(wanted),
             qPrintable(find.search()->requirement().originRegion + u' ' + find.search()->requirement().networkType));
    QTRY_VERIFY_WITH_TIMEOUT(!find.search()->isRunning(), 20000);
    QVERIFY(!find.search()->candidates().isEmpty());
}

QTEST_MAIN(tst_FindWindow)

#include "tst_findwindow.moc"
