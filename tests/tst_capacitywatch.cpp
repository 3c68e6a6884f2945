// CapacityWatch against the in-process fake GAAP server, on a wall clock the test moves: the schedule with its
// jitter and minimum, "changed" only on a change, capacity that appears, a network failure survived, a sleep past
// the due time, a clock set back, and stop().
#include "tst_capacitywatch.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

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

QTEST_MAIN(tst_CapacityWatch)
