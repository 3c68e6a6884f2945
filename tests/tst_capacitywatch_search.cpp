// CapacityWatch of a requirement search: where it can be created, region by region; failures and a minimum no
// region offers; kept in the settings file as a search, and told once per region that joins.
#include "tst_capacitywatch.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

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
