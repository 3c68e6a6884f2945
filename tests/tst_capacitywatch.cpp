// CapacityWatch against the in-process fake GAAP server, on a wall clock the test moves: the schedule with its
// jitter and minimum, "changed" only on a change, capacity that appears, a network failure survived, a sleep past
// the due time, a clock set back, and stop().
#include "core/session/capacitywatch.h"
#include "core/session/watchlist.h"
#include "support/fakeapistack.h"
#include "support/fakefault.h"
#include "support/fakegaapserver.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// An access region serving Hongkong (IPv4, Thunder) whose largest offered bandwidth is above its capacity: that
// bandwidth cannot be created until the capacity is raised.
struct Route
{
    CheckRequest request;
    FakeCapacity capacity;
};

std::optional<Route> cannotRoute(const FakeGaapData &data)
{
    for (const FakeAccessRegion &region : data.accessRegions()) {
        const FakeCapacity capacity = region.capacity.value(u"normal"_s);
        if (!region.destRegions.contains(u"Hongkong"_s) || !region.ipVersions.contains(u"IPv4"_s)
            || !region.packageTypes.contains(u"Thunder"_s) || region.bandwidths.constLast() <= capacity.maxBandwidth)
            continue;
        Route route;
        route.request.originRegion = u"Hongkong"_s;
        route.request.accessRegion = region.id;
        route.request.bandwidth = region.bandwidths.constLast();
        route.request.concurrent = region.concurrents.constFirst();
        route.capacity = capacity;
        return route;
    }
    return std::nullopt;
}

} // namespace

class tst_CapacityWatch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void intervalHasAMinimum();
    void checksOnScheduleAndSaysWhenItChanges();
    void jitterStaysWithinTenPercent();
    void networkFailureIsSurvived();
    void sleepAndClockChanges();
    void stopCancelsTheCheckOnItsWay();
    void newIntervalReschedulesWithoutChecking();
    void watchListIsKeptAndRunsTheProfileInUse();
    void searchSaysWhereItCanBeCreated();
    void searchFailuresAndNothingOffered();
    void searchWatchIsKeptAndSaysWhichRegionsAreNew();

private:
    // The requirement of the route (its access region's largest bandwidth and its least concurrency from
    // Hongkong, IPv4, Thunder), with every access region serving it closed: no capacity anywhere. Returns the
    // access regions that offer that much.
    QStringList closeEveryRegion(Requirement &requirement);
    void openRegion(const QString &accessRegion, const Requirement &requirement);
    // A watch of the route on the test's clock, without the periodic tick (tick() by hand), jitter at its middle.
    std::unique_ptr<CapacityWatch> makeWatch();
    // Moves the clock by `seconds`, ticks, and waits for the answer when a check went out.
    bool advanceAndTick(CapacityWatch &watch, qint64 seconds, QSignalSpy &answered);

    std::unique_ptr<FakeGaapServer> m_server;
    std::unique_ptr<FakeApiStack> m_stack;
    Route m_route;
    QDateTime m_now;
    double m_random = 0.5;
};

void tst_CapacityWatch::init()
{
    m_server = std::make_unique<FakeGaapServer>();
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_stack = std::make_unique<FakeApiStack>(*m_server);
    const std::optional<Route> route = cannotRoute(m_server->data());
    QVERIFY2(route, "the fake data has no access region with a bandwidth above its capacity");
    m_route = *route;
    m_now = QDateTime::fromString(u"2026-12-07T04:00:00Z"_s, Qt::ISODate);
    m_random = 0.5;
}

void tst_CapacityWatch::cleanup()
{
    m_stack.reset();
    m_server.reset();
}

std::unique_ptr<CapacityWatch> tst_CapacityWatch::makeWatch()
{
    auto watch = std::make_unique<CapacityWatch>(&m_stack->api(), m_route.request, 60s);
    watch->setWallClock([this] { return m_now; });
    watch->setRandom([this] { return m_random; });
    watch->setTickInterval(0ms);
    return watch;
}

bool tst_CapacityWatch::advanceAndTick(CapacityWatch &watch, qint64 seconds, QSignalSpy &answered)
{
    m_now = m_now.addSecs(seconds);
    const qsizetype before = answered.size();
    watch.tick();
    if (!watch.isChecking())
        return false;
    return QTest::qWaitFor([&] { return answered.size() > before; }, 10000);
}

void tst_CapacityWatch::intervalHasAMinimum()
{
    CapacityWatch watch(&m_stack->api(), m_route.request, 1s);
    QCOMPARE(watch.interval(), CapacityWatch::MinimumInterval);
    QCOMPARE(CapacityWatch::MinimumInterval, 10s);
    QCOMPARE(CapacityWatch::DefaultInterval, 300s);
}

void tst_CapacityWatch::checksOnScheduleAndSaysWhenItChanges()
{
    const std::unique_ptr<CapacityWatch> watch = makeWatch();
    QSignalSpy answered(watch.get(), &CapacityWatch::answered);
    QSignalSpy changed(watch.get(), &CapacityWatch::changed);
    watch->start();
    QTRY_COMPARE(answered.size(), 1); // at once
    QCOMPARE(changed.size(), 1);      // the first answer is news
    QCOMPARE(watch->lastAnswer()->state, WatchAnswer::State::CannotCreate);
    QVERIFY(!watch->lastAnswer()->requestId.isEmpty());
    QCOMPARE(watch->nextCheckAt(), m_now.addSecs(60)); // the jitter's middle: the interval itself

    QVERIFY(!advanceAndTick(*watch, 59, answered)); // not due yet: nothing is sent
    QCOMPARE(m_server->requestCount(u"CheckProxyCreate"_s), 1);
    QVERIFY(advanceAndTick(*watch, 1, answered));
    QCOMPARE(answered.size(), 2);
    QCOMPARE(changed.size(), 1); // the same answer again is no change

    // Capacity appears: the next check says so.
    FakeCapacity more = m_route.capacity;
    more.maxBandwidth = m_route.request.bandwidth;
    QVERIFY(m_server->setCapacity(m_route.request.accessRegion, u"normal"_s, more));
    QVERIFY(advanceAndTick(*watch, 60, answered));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.constLast().constFirst().value<WatchAnswer>().state, WatchAnswer::State::CanCreate);
    QCOMPARE(watch->checks(), 3);
}

void tst_CapacityWatch::jitterStaysWithinTenPercent()
{
    for (const auto &[random, seconds] : {std::pair{0.0, 54}, std::pair{0.999999, 66}}) {
        m_random = random;
        const std::unique_ptr<CapacityWatch> watch = makeWatch();
        QSignalSpy answered(watch.get(), &CapacityWatch::answered);
        watch->start();
        QTRY_COMPARE(answered.size(), 1);
        QVERIFY2(qAbs(m_now.secsTo(watch->nextCheckAt()) - seconds) <= 1,
                 qPrintable(watch->nextCheckAt().toString(Qt::ISODate)));
    }
}

void tst_CapacityWatch::networkFailureIsSurvived()
{
    FakeFault fault;
    fault.kind = FakeFault::Kind::CloseConnection;
    fault.action = u"CheckProxyCreate"_s;
    m_server->addFault(fault);
    const std::unique_ptr<CapacityWatch> watch = makeWatch();
    QSignalSpy answered(watch.get(), &CapacityWatch::answered);
    QSignalSpy changed(watch.get(), &CapacityWatch::changed);
    watch->start();
    QTRY_COMPARE(answered.size(), 1);
    QCOMPARE(watch->lastAnswer()->state, WatchAnswer::State::Failed);
    QVERIFY(!watch->lastAnswer()->error.isNone());
    QVERIFY(watch->isRunning());
    QVERIFY(advanceAndTick(*watch, 60, answered));
    QCOMPARE(watch->lastAnswer()->state, WatchAnswer::State::CannotCreate);
    QCOMPARE(changed.size(), 2); // failed, then an answer again
}

void tst_CapacityWatch::sleepAndClockChanges()
{
    const std::unique_ptr<CapacityWatch> watch = makeWatch();
    QSignalSpy answered(watch.get(), &CapacityWatch::answered);
    watch->start();
    QTRY_COMPARE(answered.size(), 1);
    // The computer slept for an hour: the first tick after waking checks at once.
    QVERIFY(advanceAndTick(*watch, 3600, answered));
    QCOMPARE(answered.size(), 2);
    // The clock is set back a day: the schedule starts again from the new time instead of waiting a day.
    QVERIFY(!advanceAndTick(*watch, -86400, answered));
    QCOMPARE(watch->nextCheckAt(), m_now.addSecs(60));
    QVERIFY(advanceAndTick(*watch, 60, answered));
    QCOMPARE(answered.size(), 3);
}

void tst_CapacityWatch::stopCancelsTheCheckOnItsWay()
{
    FakeFault hang;
    hang.kind = FakeFault::Kind::NoAnswer;
    hang.action = u"CheckProxyCreate"_s;
    m_server->addFault(hang);
    const std::unique_ptr<CapacityWatch> watch = makeWatch();
    QSignalSpy answered(watch.get(), &CapacityWatch::answered);
    watch->start();
    QVERIFY(watch->isChecking());
    QTRY_COMPARE(m_server->requestCount(u"CheckProxyCreate"_s), 1);
    watch->stop();
    QVERIFY(!watch->isRunning() && !watch->isChecking());
    QVERIFY(!watch->nextCheckAt().isValid());
    watch->tick();
    QTest::qWait(100);
    QCOMPARE(answered.size(), 0);
    QCOMPARE(m_server->requestCount(u"CheckProxyCreate"_s), 1);
}

// A new interval moves the next check to that long after the last one; nothing is sent for the change itself (the
// Watches window's spin box sends every step), and a due time already past is checked at the next tick.
void tst_CapacityWatch::newIntervalReschedulesWithoutChecking()
{
    const std::unique_ptr<CapacityWatch> watch = makeWatch();
    QSignalSpy answered(watch.get(), &CapacityWatch::answered);
    watch->start();
    QTRY_COMPARE(answered.size(), 1);
    const QDateTime checked = watch->lastAnswer()->checkedAt;
    QCOMPARE(watch->nextCheckAt(), checked.addSecs(60));

    watch->setInterval(120s);
    QCOMPARE(watch->interval(), 120s);
    QCOMPARE(watch->nextCheckAt(), checked.addSecs(120));
    QVERIFY(!advanceAndTick(*watch, 100, answered));
    QCOMPARE(m_server->requestCount(u"CheckProxyCreate"_s), 1);
    QVERIFY(advanceAndTick(*watch, 20, answered));
    QCOMPARE(m_server->requestCount(u"CheckProxyCreate"_s), 2);

    watch->setInterval(1s); // raised to the minimum; already past: checked at the next tick
    QCOMPARE(watch->interval(), CapacityWatch::MinimumInterval);
    QVERIFY(advanceAndTick(*watch, 30, answered));
    QCOMPARE(m_server->requestCount(u"CheckProxyCreate"_s), 3);

    // Through the list: kept, and nothing sent.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    WatchList list(&settings);
    QSignalSpy listAnswered(&list, &WatchList::answered);
    const QString id = list.add(m_route.request, u"alpha"_s, 60s);
    list.run(&m_stack->api(), u"alpha"_s);
    QTRY_COMPARE(listAnswered.size(), 1);
    const int sent = m_server->requestCount(u"CheckProxyCreate"_s);
    for (int minutes = 2; minutes <= 10; ++minutes)
        list.setInterval(id, std::chrono::minutes(minutes));
    QTest::qWait(300);
    QCOMPARE(m_server->requestCount(u"CheckProxyCreate"_s), sent);
    QCOMPARE(list.entry(id)->interval, 10min);
    QCOMPARE(WatchList(&settings).entry(id)->interval, 10min);
    QVERIFY(list.nextCheckAt(id) > QDateTime::currentDateTimeUtc().addSecs(9 * 60));
}

// The list is kept in the settings file (the profile's name, never a key), one connection is one watch, only the
// watches of the profile in use run, and "now it can be created" is said once.
void tst_CapacityWatch::watchListIsKeptAndRunsTheProfileInUse()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    CheckRequest creatable = m_route.request;
    creatable.bandwidth = m_server->data().accessRegion(creatable.accessRegion)->bandwidths.constFirst();
    QString id;
    {
        WatchList list(&settings);
        QSignalSpy became(&list, &WatchList::becameCreatable);
        QSignalSpy answered(&list, &WatchList::answered);
        id = list.add(creatable, u"alpha"_s, 30s);
        QCOMPARE(list.add(creatable, u"alpha"_s), id); // the same watch
        list.add(m_route.request, u"beta"_s, 5s);      // raised to the minimum
        QCOMPARE(list.entries().size(), 2);
        QCOMPARE(list.entries().at(1).interval, CapacityWatch::MinimumInterval);
        QCOMPARE(list.runningCount(), 0); // no profile runs yet

        list.run(&m_stack->api(), u"alpha"_s);
        QCOMPARE(list.runningCount(), 1);
        QVERIFY(list.isRunning(id));
        QTRY_COMPARE(became.size(), 1);
        QCOMPARE(answered.size(), 1);
        QCOMPARE(list.entry(id)->last->state, WatchAnswer::State::CanCreate);
        QVERIFY(list.nextCheckAt(id).isValid());
        list.run(nullptr, QString());
        QCOMPARE(list.runningCount(), 0);
    }
    QVERIFY(!settings.value(u"watches/entries"_s).toString().contains(m_server->demoCredential().secretKey));
    settings.setValue(u"watches/entries"_s,
                      settings.value(u"watches/entries"_s).toString().replace(u"]"_s, u",{\"id\":\"x\"}]"_s));
    WatchList again(&settings);
    QCOMPARE(again.entries().size(), 2); // the damaged third entry is dropped
    QCOMPARE(again.entry(id)->request, creatable);
    QCOMPARE(again.entry(id)->interval, 30s);
    QCOMPARE(again.entry(id)->last->state, WatchAnswer::State::CanCreate);
    again.remove(id);
    QCOMPARE(WatchList(&settings).entries().size(), 1);
}

QStringList tst_CapacityWatch::closeEveryRegion(Requirement &requirement)
{
    requirement.originRegion = m_route.request.originRegion;
    requirement.minBandwidth = m_route.request.bandwidth;
    requirement.minConcurrent = m_route.request.concurrent;
    requirement.ipVersion = u"IPv4"_s;
    requirement.packageType = u"Thunder"_s;
    QStringList offering;
    for (const FakeAccessRegion &region : m_server->data().accessRegions()) {
        if (!region.destRegions.contains(requirement.originRegion))
            continue;
        [&] { QVERIFY(m_server->setCapacity(region.id, u"normal"_s, FakeCapacity{0, 0})); }();
        if (region.ipVersions.contains(requirement.ipVersion) && region.packageTypes.contains(requirement.packageType)
            && RequirementSearch::smallestAtLeast(region.bandwidths, requirement.minBandwidth)
            && RequirementSearch::smallestAtLeast(region.concurrents, requirement.minConcurrent))
            offering.append(region.id);
    }
    return offering;
}

void tst_CapacityWatch::openRegion(const QString &accessRegion, const Requirement &requirement)
{
    QVERIFY(m_server->setCapacity(accessRegion, u"normal"_s,
                                  FakeCapacity{requirement.minBandwidth * 10, requirement.minConcurrent * 10}));
}

// A watched search: no access region can serve it, then one can (a change, with that region and the smallest
// offered configuration), the same again (no change), then a second one (a change). Only CheckProxyCreate is
// asked, never a price.
void tst_CapacityWatch::searchSaysWhereItCanBeCreated()
{
    Requirement requirement;
    const QStringList offering = closeEveryRegion(requirement);
    QVERIFY2(offering.size() >= 2, qPrintable(offering.join(u',')));
    requirement.billing = PriceRequest::Billing::Traffic;
    CapacityWatch watch(&m_stack->api(), requirement, 60s);
    QVERIFY(watch.isSearch());
    QVERIFY(!watch.requirement()->billing); // nothing is priced
    watch.setWallClock([this] { return m_now; });
    watch.setRandom([this] { return m_random; });
    watch.setTickInterval(0ms);
    QSignalSpy answered(&watch, &CapacityWatch::answered);
    QSignalSpy changed(&watch, &CapacityWatch::changed);
    watch.start();
    QVERIFY(watch.isChecking());
    QTRY_COMPARE(answered.size(), 1);
    QCOMPARE(watch.lastAnswer()->state, WatchAnswer::State::CannotCreate);
    QVERIFY(watch.lastAnswer()->creatable.isEmpty());
    QCOMPARE(watch.lastAnswer()->candidates.size() >= offering.size(), true);
    QCOMPARE(m_server->requestCount(u"CheckProxyCreate"_s), offering.size());
    QCOMPARE(watch.nextCheckAt(), m_now.addSecs(60));
    QVERIFY(!advanceAndTick(watch, 59, answered));

    openRegion(offering.constLast(), requirement);
    QVERIFY(advanceAndTick(watch, 1, answered));
    QCOMPARE(changed.size(), 2);
    const WatchAnswer one = watch.lastAnswer().value();
    QCOMPARE(one.state, WatchAnswer::State::CanCreate);
    QCOMPARE(one.creatable.size(), 1);
    const CheckRequest &first = one.creatable.constFirst();
    QCOMPARE(first.accessRegion, offering.constLast());
    QCOMPARE(first.originRegion, requirement.originRegion);
    const FakeAccessRegion *region = m_server->data().accessRegion(first.accessRegion);
    QCOMPARE(first.bandwidth, RequirementSearch::smallestAtLeast(region->bandwidths, requirement.minBandwidth));
    QCOMPARE(first.concurrent, RequirementSearch::smallestAtLeast(region->concurrents, requirement.minConcurrent));
    QCOMPARE(first.ipVersion, u"IPv4"_s);
    QCOMPARE(one.newlyCreatableRegions(std::nullopt), QStringList{first.accessRegion});

    QVERIFY(advanceAndTick(watch, 60, answered));
    QCOMPARE(changed.size(), 2); // the same regions again: no change
    QVERIFY(one.sameAs(*watch.lastAnswer()));

    openRegion(offering.constFirst(), requirement);
    QVERIFY(advanceAndTick(watch, 60, answered));
    QCOMPARE(changed.size(), 3);
    QCOMPARE(watch.lastAnswer()->creatable.size(), 2);
    QVERIFY(
        std::is_sorted(watch.lastAnswer()->creatable.cbegin(), watch.lastAnswer()->creatable.cend(),
                       [](const CheckRequest &a, const CheckRequest &b) { return a.accessRegion < b.accessRegion; }));
    QCOMPARE(watch.lastAnswer()->newlyCreatableRegions(one), QStringList{offering.constFirst()});
    QCOMPARE(m_server->requestCount(u"InquiryPriceCreateProxy"_s), 0);
    QCOMPARE(watch.checks(), 4);

    watch.stop();
    QVERIFY(!watch.isChecking());
}

// The access regions cannot be listed: a failed answer with the error, and the watch goes on; an origin nothing
// offers that much from: "cannot", with nothing checked; stop() ends a search on its way silently.
void tst_CapacityWatch::searchFailuresAndNothingOffered()
{
    Requirement requirement;
    closeEveryRegion(requirement);
    CapacityWatch watch(&m_stack->api(), requirement, 60s);
    watch.setWallClock([this] { return m_now; });
    watch.setTickInterval(0ms);
    QSignalSpy answered(&watch, &CapacityWatch::answered);
    FakeFault fault;
    fault.action = u"DescribeAccessRegionsByDestRegion"_s;
    fault.errorCode = u"InternalError"_s;
    fault.count = -1;
    m_server->addFault(fault);
    watch.start();
    QTRY_COMPARE(answered.size(), 1);
    QCOMPARE(watch.lastAnswer()->state, WatchAnswer::State::Failed);
    QCOMPARE(watch.lastAnswer()->error.code(), u"InternalError"_s);
    QCOMPARE(watch.lastAnswer()->resultWord(), u"error"_s);
    QVERIFY(watch.nextCheckAt().isValid()); // it goes on
    m_server->clearFaults();
    QVERIFY(advanceAndTick(watch, 70, answered));
    QCOMPARE(watch.lastAnswer()->state, WatchAnswer::State::CannotCreate);

    Requirement tooMuch = requirement;
    tooMuch.minBandwidth = 1'000'000;
    CapacityWatch none(&m_stack->api(), tooMuch, 60s);
    QSignalSpy noneAnswered(&none, &CapacityWatch::answered);
    const int checksBefore = m_server->requestCount(u"CheckProxyCreate"_s);
    none.start();
    QTRY_COMPARE(noneAnswered.size(), 1);
    QCOMPARE(none.lastAnswer()->state, WatchAnswer::State::CannotCreate);
    QVERIFY(!none.lastAnswer()->candidates.isEmpty());
    for (const SearchCandidate &c : none.lastAnswer()->candidates)
        QCOMPARE(c.state, SearchCandidate::State::NotOffered);
    QCOMPARE(m_server->requestCount(u"CheckProxyCreate"_s), checksBefore);

    CapacityWatch stopped(&m_stack->api(), requirement, 60s);
    QSignalSpy stoppedAnswered(&stopped, &CapacityWatch::answered);
    stopped.start();
    QVERIFY(stopped.isChecking());
    stopped.stop();
    QVERIFY(!stopped.isChecking());
    QTest::qWait(200);
    QCOMPARE(stoppedAnswered.size(), 0);
}

// A search watch is kept in the settings file as a search (with the regions it could be created in), is one watch
// per requirement and profile whatever the billing, and "can be created now" is said for each region that joins.
void tst_CapacityWatch::searchWatchIsKeptAndSaysWhichRegionsAreNew()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    Requirement requirement;
    const QStringList offering = closeEveryRegion(requirement);
    QVERIFY(offering.size() >= 2);
    openRegion(offering.constFirst(), requirement);
    QString id;
    {
        WatchList list(&settings);
        QSignalSpy became(&list, &WatchList::becameCreatable);
        QSignalSpy answered(&list, &WatchList::answered);
        id = list.add(requirement, u"alpha"_s, 10s);
        Requirement priced = requirement;
        priced.billing = PriceRequest::Billing::Traffic;
        QCOMPARE(list.add(priced, u"alpha"_s), id); // the same search
        QVERIFY(list.add(requirement, u"beta"_s) != id);
        QVERIFY(list.entry(id)->isSearch());
        QVERIFY(!list.entry(id)->requirement->billing);

        list.run(&m_stack->api(), u"alpha"_s);
        QTRY_COMPARE(became.size(), 1);
        QCOMPARE(became.constFirst().at(1).toStringList(), QStringList{offering.constFirst()});
        QCOMPARE(answered.size(), 1);
        const WatchAnswer first = answered.constFirst().at(1).value<WatchAnswer>();
        QVERIFY(!first.candidates.isEmpty());                // for the history
        QVERIFY(list.entry(id)->last->candidates.isEmpty()); // not kept
        QCOMPARE(list.entry(id)->last->creatable.size(), 1);

        // A second region joins: said for it alone.
        openRegion(offering.constLast(), requirement);
        list.run(&m_stack->api(), u"alpha"_s); // runs the watches again: checks at once
        QTRY_COMPARE(answered.size(), 2);
        QCOMPARE(became.size(), 2);
        QCOMPARE(became.constLast().at(1).toStringList(), QStringList{offering.constLast()});
        list.run(nullptr, QString());
    }
    const QString kept = settings.value(u"watches/entries"_s).toString();
    QVERIFY2(kept.contains(u"\"kind\":\"search\""_s), qPrintable(kept));
    QVERIFY(!kept.contains(m_server->demoCredential().secretKey));
    WatchList again(&settings);
    QCOMPARE(again.entries().size(), 2);
    const WatchEntry *entry = again.entry(id);
    QVERIFY(entry && entry->isSearch());
    QVERIFY(entry->requirement->sameSearchAs(requirement));
    QCOMPARE(entry->interval, 10s);
    QCOMPARE(entry->last->state, WatchAnswer::State::CanCreate);
    QCOMPARE(entry->last->creatable.size(), 2);
    QCOMPARE(entry->last->creatable.constFirst().accessRegion, std::min(offering.constFirst(), offering.constLast()));

    // A damaged search entry is dropped, not guessed.
    settings.setValue(u"watches/entries"_s,
                      QString(kept).replace(u"]"_s, u",{\"id\":\"y\",\"kind\":\"search\",\"requirement\":{}}]"_s));
    QCOMPARE(WatchList(&settings).entries().size(), 2);
}

QTEST_MAIN(tst_CapacityWatch)

#include "tst_capacitywatch.moc"
