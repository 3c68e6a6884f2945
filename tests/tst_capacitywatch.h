#pragma once

// CapacityWatch and WatchList against the in-process fake GAAP server (tst_capacitywatch.cpp: one connection;
// tst_capacitywatch_search.cpp: a requirement search).
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

// An access region serving Hongkong (IPv4, Thunder) whose largest offered bandwidth is above its capacity: that
// bandwidth cannot be created until the capacity is raised.
struct Route
{
    CheckRequest request;
    FakeCapacity capacity;
};

// The first such access region of the fake data.
std::optional<Route> cannotRoute(const FakeGaapData &data);

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
