// RateLimiter; see tst_gaapmodel.h.
//
// The limiter hands out `limit` slots per action. A slot is taken for a request and given back when
// the answer arrives; it may be used again one window after that. The tests drive it with an injected
// clock and, for longer runs, a small event simulation of a client whose answers take a given time.
#include "core/api/ratelimiter.h"
#include "tst_gaapmodel.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace GaapModelTest;

namespace {

qint64 ms(std::chrono::milliseconds duration)
{
    return static_cast<qint64>(duration.count());
}

struct Simulation
{
    QList<qint64> sends;    // when each request was sent, in sending order
    QList<qint64> arrivals; // when the server saw it: somewhere between sending and the answer
    bool stuck = false;     // requests were left waiting with nothing in flight
};

// Sends latencies.size() requests of one action as fast as the limiter allows. Request i is answered
// latencies[i] ms after it was sent; the server sees it arrivalPermille[i]/1000 of the way.
Simulation simulate(int limit, int windowMs, const QList<qint64> &latencies, const QList<qint64> &arrivalPermille)
{
    struct Event
    {
        qint64 at = 0;
        bool isAnswer = false;
        int slot = -1;
        qsizetype request = 0;
    };

    std::chrono::milliseconds now{0};
    RateLimiter limiter(limit, std::chrono::milliseconds(windowMs), [&now] { return now; });
    const QString action = QStringLiteral("CheckProxyCreate");
    const qsizetype count = latencies.size();
    std::vector<Event> events;
    qsizetype nextRequest = 0;
    Simulation out;

    const auto takeSlots = [&] {
        while (nextRequest < count) {
            const RateLimiter::Ticket ticket = limiter.acquire(action);
            if (!ticket.isValid())
                break;
            events.push_back({ms(now) + ms(ticket.delay), false, ticket.slot, nextRequest});
            ++nextRequest;
        }
    };

    takeSlots();
    while (!events.empty()) {
        // The earliest event; sends before answers at the same moment; otherwise in order of scheduling.
        const auto next = std::min_element(events.begin(), events.end(), [](const Event &a, const Event &b) {
            if (a.at != b.at)
                return a.at < b.at;
            return !a.isAnswer && b.isAnswer;
        });
        const Event event = *next;
        events.erase(next);
        now = std::chrono::milliseconds(event.at);
        if (!event.isAnswer) {
            const qint64 latency = latencies.at(event.request);
            out.sends.append(event.at);
            out.arrivals.append(event.at + latency * arrivalPermille.at(event.request) / 1000);
            events.push_back({event.at + latency, true, event.slot, event.request});
        } else {
            limiter.release(action, event.slot);
            takeSlots();
        }
    }
    out.stuck = nextRequest < count;
    return out;
}

// Deterministic pseudo-random numbers in [0, range].
QList<qint64> pseudoRandom(qsizetype count, qint64 range, quint32 seed)
{
    QList<qint64> values;
    quint32 state = seed;
    for (qsizetype i = 0; i < count; ++i) {
        state = state * 1664525U + 1013904223U;
        values.append(static_cast<qint64>((state >> 8) % static_cast<quint32>(range + 1)));
    }
    return values;
}

// The largest number of `times` (sorted) inside any half-open interval [t, t + windowMs).
qsizetype busiestWindow(const QList<qint64> &times, int windowMs)
{
    qsizetype most = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < times.size(); ++last) {
        while (times.at(last) - times.at(first) >= windowMs)
            ++first;
        most = std::max(most, last - first + 1);
    }
    return most;
}

} // namespace

void tst_GaapModel::rateLimiterDefaults()
{
    QCOMPARE(RateLimiter::DefaultLimit, 20); // the documented 20 requests per second per API
    QVERIFY2(ms(RateLimiter::DefaultWindow) >= 1000, "the window must cover the server's one-second window");
    std::chrono::milliseconds now{0};
    const RateLimiter limiter(RateLimiter::DefaultLimit, RateLimiter::DefaultWindow, [&now] { return now; });
    QCOMPARE(limiter.limit(), 20);
    QCOMPARE(limiter.window(), RateLimiter::DefaultWindow);
    QCOMPARE(limiter.busySlots(QStringLiteral("CheckProxyCreate")), 0);
    const RateLimiter clamped(0, std::chrono::milliseconds(1000), [&now] { return now; });
    QCOMPARE(clamped.limit(), 1);
}

void tst_GaapModel::rateLimiterBurst()
{
    std::chrono::milliseconds now{0};
    RateLimiter limiter(20, std::chrono::milliseconds(1100), [&now] { return now; });
    QSignalSpy released(&limiter, &RateLimiter::released);
    const QString check = QStringLiteral("CheckProxyCreate");
    const QString price = QStringLiteral("InquiryPriceCreateProxy");

    // 20 at t=0: all at once, each in its own slot.
    QList<int> slotsTaken;
    for (int i = 0; i < 20; ++i) {
        const RateLimiter::Ticket ticket = limiter.acquire(check);
        QVERIFY(ticket.isValid());
        QCOMPARE(ms(ticket.delay), qint64(0));
        QVERIFY(!slotsTaken.contains(ticket.slot));
        slotsTaken.append(ticket.slot);
    }
    QCOMPARE(limiter.busySlots(check), 20);
    // The 21st must wait for an answer.
    QVERIFY(!limiter.acquire(check).isValid());
    QCOMPARE(limiter.busySlots(check), 20);

    // Another action has its own 20 slots.
    for (int i = 0; i < 20; ++i) {
        const RateLimiter::Ticket ticket = limiter.acquire(price);
        QVERIFY(ticket.isValid());
        QCOMPARE(ms(ticket.delay), qint64(0));
    }
    QVERIFY(!limiter.acquire(price).isValid());

    // All checks answered at t=0: every slot is usable one window later.
    for (const int slot : slotsTaken)
        limiter.release(check, slot);
    QCOMPARE(released.count(), 20);
    QCOMPARE(released.constFirst().constFirst().toString(), check);
    QCOMPARE(limiter.busySlots(check), 0);
    QCOMPARE(ms(limiter.acquire(check).delay), qint64(1100)); // the 21st, at t=0
    now = std::chrono::milliseconds(500);
    QCOMPARE(ms(limiter.acquire(check).delay), qint64(600)); // queues behind, sent at t=1100 too
    QVERIFY(!limiter.acquire(price).isValid());              // nothing of `price` was answered

    // Past the window: the 18 remaining slots are free at once.
    now = std::chrono::milliseconds(1100);
    for (int i = 0; i < 18; ++i)
        QCOMPARE(ms(limiter.acquire(check).delay), qint64(0));
    QVERIFY(!limiter.acquire(check).isValid());
    QCOMPARE(limiter.busySlots(check), 20);
}

void tst_GaapModel::rateLimiterReleaseMisuse()
{
    std::chrono::milliseconds now{0};
    RateLimiter limiter(1, std::chrono::milliseconds(1000), [&now] { return now; });
    QSignalSpy released(&limiter, &RateLimiter::released);
    const QString action = QStringLiteral("DescribeDestRegions");

    const RateLimiter::Ticket ticket = limiter.acquire(action);
    QVERIFY(ticket.isValid());
    limiter.release(QStringLiteral("OtherAction"), ticket.slot); // another action's slot
    limiter.release(action, ticket.slot + 1);                    // out of range
    limiter.release(action, -1);                                 // an invalid ticket's slot
    QCOMPARE(released.count(), 0);
    QCOMPARE(limiter.busySlots(action), 1);

    limiter.release(action, ticket.slot);
    QCOMPARE(released.count(), 1);
    QCOMPARE(limiter.busySlots(action), 0);
    // A second release of the same slot is ignored: it does not push the slot further away.
    now = std::chrono::milliseconds(900);
    limiter.release(action, ticket.slot);
    QCOMPARE(released.count(), 1);
    QCOMPARE(ms(limiter.acquire(action).delay), qint64(100));
}

void tst_GaapModel::rateLimiterSlots_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("windowMs");
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<QList<qint64>>("sends"); // send times of successive requests

    QTest::newRow("limit 3, window 1000, instant answers")
        << 3 << 1000 << 0 << int64s({0, 0, 0, 1000, 1000, 1000, 2000});
    QTest::newRow("limit 3, window 1000, 50 ms answers")
        << 3 << 1000 << 50 << int64s({0, 0, 0, 1050, 1050, 1050, 2100});
    QTest::newRow("limit 1, window 100, instant answers") << 1 << 100 << 0 << int64s({0, 100, 200, 300});
    QList<qint64> twentyOne(20, 0);
    twentyOne.append(1100);
    QTest::newRow("limit 20, window 1100, instant answers") << 20 << 1100 << 0 << twentyOne;
}

void tst_GaapModel::rateLimiterSlots()
{
    QFETCH(int, limit);
    QFETCH(int, windowMs);
    QFETCH(int, latencyMs);
    QFETCH(QList<qint64>, sends);

    const Simulation run =
        simulate(limit, windowMs, QList<qint64>(sends.size(), latencyMs), QList<qint64>(sends.size(), 500));
    QVERIFY(!run.stuck);
    QCOMPARE(run.sends, sends);
}

void tst_GaapModel::rateLimiterLongRun_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("windowMs");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("maxLatencyMs");
    QTest::addColumn<bool>("jitter"); // false: every answer takes maxLatencyMs

    QTest::newRow("20 per 1100 ms, instant answers") << 20 << 1100 << 200 << 0 << false;
    QTest::newRow("20 per 1020 ms, 80 ms answers") << 20 << 1020 << 200 << 80 << false;
    QTest::newRow("20 per 1020 ms, 0-900 ms answers") << 20 << 1020 << 200 << 900 << true;
    QTest::newRow("3 per 1000 ms, instant answers") << 3 << 1000 << 200 << 0 << false;
    QTest::newRow("3 per 1000 ms, 0-2500 ms answers") << 3 << 1000 << 200 << 2500 << true;
    QTest::newRow("7 per 333 ms, 0-50 ms answers") << 7 << 333 << 200 << 50 << true;
    QTest::newRow("1 per 50 ms, 0-40 ms answers") << 1 << 50 << 200 << 40 << true;
}

void tst_GaapModel::rateLimiterLongRun()
{
    QFETCH(int, limit);
    QFETCH(int, windowMs);
    QFETCH(int, count);
    QFETCH(int, maxLatencyMs);
    QFETCH(bool, jitter);

    const QList<qint64> latencies =
        jitter ? pseudoRandom(count, maxLatencyMs, 20181529U) : QList<qint64>(count, maxLatencyMs);
    const Simulation run = simulate(limit, windowMs, latencies, pseudoRandom(count, 1000, 608U));
    QVERIFY2(!run.stuck, "requests were left waiting with nothing in flight");
    QCOMPARE(run.sends.size(), qsizetype(count));

    // Sends never go backwards, and no window-long interval holds more than `limit` of them,
    // neither as sent nor as the server sees them.
    for (qsizetype i = 1; i < run.sends.size(); ++i)
        QVERIFY(run.sends.at(i - 1) <= run.sends.at(i));
    QVERIFY2(busiestWindow(run.sends, windowMs) <= limit,
             qPrintable(QStringLiteral("%1 sends in one window").arg(busiestWindow(run.sends, windowMs))));
    QList<qint64> arrivals = run.arrivals;
    std::sort(arrivals.begin(), arrivals.end());
    QVERIFY2(busiestWindow(arrivals, windowMs) <= limit,
             qPrintable(QStringLiteral("%1 arrivals in one window").arg(busiestWindow(arrivals, windowMs))));

    // No needless waiting: each slot is reused one window after its answer.
    const qint64 rounds = (count + limit - 1) / limit;
    const qint64 bound = rounds * (windowMs + maxLatencyMs); // ceil(count/limit)*window for instant answers
    QVERIFY2(run.sends.constLast() <= bound,
             qPrintable(QStringLiteral("last send at %1 ms, bound %2 ms").arg(run.sends.constLast()).arg(bound)));
    if (maxLatencyMs == 0) {
        for (qsizetype i = 0; i < run.sends.size(); ++i)
            QCOMPARE(run.sends.at(i), static_cast<qint64>(i / limit) * windowMs);
    }
}
