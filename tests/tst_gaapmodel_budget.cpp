// SharedBudget; see tst_gaapmodel.h.
//
// Two SharedBudget objects on one directory stand for two processes of the same user. A budget has `limit`
// slots; a send takes one, and the slot may be used again one window after its answer (release()), as in
// RateLimiter, but across processes.
#include "core/api/sharedbudget.h"
#include "tst_gaapmodel.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace std::chrono_literals;

namespace {

const QString Budget = QStringLiteral("https://gaap.example\nAKIDshared\nCheckProxyCreate");

qint64 steadyNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

void tst_GaapModel::sharedBudgetSpansProcesses()
{
    QTemporaryDir dir;
    SharedBudget app(dir.path());
    SharedBudget cli(dir.path());
    const std::chrono::milliseconds window = 2000ms;
    QList<qint64> tickets;
    for (int i = 0; i < 5; ++i) {
        const SharedBudget::Grant grant = (i % 2 == 0 ? app : cli).acquire(Budget, 5, window);
        QVERIFY(grant.isGranted());
        QVERIFY(!tickets.contains(grant.ticket));
        tickets.append(grant.ticket);
    }
    // Every slot is in flight: none can be free before one window after an answer.
    const SharedBudget::Grant refused = cli.acquire(Budget, 5, window);
    QVERIFY(!refused.isGranted());
    QCOMPARE(refused.wait, window);
    QVERIFY(!app.acquire(Budget, 5, window).isGranted()); // the refusal took nothing
    // Other accounts, actions and services have budgets of their own.
    QVERIFY(app.acquire(QStringLiteral("https://gaap.example\nAKIDother\nCheckProxyCreate"), 5, window).isGranted());
    QVERIFY(
        app.acquire(QStringLiteral("https://gaap.example\nAKIDshared\nDescribeDestRegions"), 5, window).isGranted());
    QVERIFY(app.acquire(QStringLiteral("http://127.0.0.1:1\nAKIDshared\nCheckProxyCreate"), 5, window).isGranted());
}

// The slot's window starts at the answer, not at the send: a request whose answer takes longer than a window
// keeps its slot, so the server, which saw it somewhere in between, never counts two uses of a slot in one
// window.
void tst_GaapModel::sharedBudgetSlotFreeOneWindowAfterAnswer()
{
    QTemporaryDir dir;
    SharedBudget budget(dir.path());
    const std::chrono::milliseconds window = 150ms;
    const SharedBudget::Grant first = budget.acquire(Budget, 1, window);
    QVERIFY(first.isGranted());
    QTest::qWait(static_cast<int>(window.count()) + 100); // the answer is slow
    QVERIFY(!budget.acquire(Budget, 1, window).isGranted());

    budget.release(Budget, first.ticket, window);
    const SharedBudget::Grant early = budget.acquire(Budget, 1, window);
    QVERIFY(!early.isGranted());
    QVERIFY2(early.wait > 0ms && early.wait <= window, qPrintable(QString::number(early.wait.count())));
    QTest::qWait(static_cast<int>(early.wait.count()) + 5);
    QVERIFY(budget.acquire(Budget, 1, window).isGranted());
}

void tst_GaapModel::sharedBudgetSlowsDownAfterRefusal()
{
    QTemporaryDir dir;
    SharedBudget budget(dir.path());
    budget.slowDown(Budget);
    SharedBudget other(dir.path()); // every process on the machine slows down
    int taken = 0;
    for (int i = 0; i < 8; ++i)
        taken += other.acquire(Budget, 8, 5000ms).isGranted() ? 1 : 0;
    QCOMPARE(taken, 4);
    // Another action is not slowed down.
    taken = 0;
    for (int i = 0; i < 8; ++i)
        taken += other.acquire(Budget + QStringLiteral("Other"), 8, 5000ms).isGranted() ? 1 : 0;
    QCOMPARE(taken, 8);
}

// A process killed in the middle of a request (kill -9) never gives its slot back: the next process that
// looks frees it one window later, and drops it from the file.
void tst_GaapModel::sharedBudgetFreesSlotsOfDeadProcesses()
{
    QTemporaryDir dir;
    SharedBudget budget(dir.path());
    QProcess finished;
    finished.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("exit 0")});
    QVERIFY(finished.waitForStarted());
    const qint64 deadPid = finished.processId();
    QVERIFY(finished.waitForFinished());
    QFile file(budget.fileFor(Budget));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("until 0\nbusy " + QByteArray::number(deadPid) + " 7 " + QByteArray::number(steadyNowMs()) + '\n');
    file.close();

    const std::chrono::milliseconds window = 150ms;
    const SharedBudget::Grant refused = budget.acquire(Budget, 1, window);
    QVERIFY(!refused.isGranted());
    QVERIFY2(refused.wait <= window, qPrintable(QString::number(refused.wait.count())));
    QTest::qWait(static_cast<int>(refused.wait.count()) + 5);
    QVERIFY(budget.acquire(Budget, 1, window).isGranted());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray deadSlot = "busy " + QByteArray::number(deadPid) + ' ';
    QVERIFY(!file.readAll().contains(deadSlot));

    // A live process's slot stays busy however long it waits for its answer.
    QVERIFY(!budget.acquire(Budget, 1, window).isGranted());
}

// The file lock is the operating system's: a process killed while holding it (kill -9) does not leave it
// held (util-linux's flock(1) stands for a process of ours that is killed while it holds the lock).
void tst_GaapModel::sharedBudgetSurvivesKilledLockHolder()
{
    QTemporaryDir dir;
    SharedBudget budget(dir.path());
    QProcess holder;
    holder.start(QStringLiteral("flock"), {QStringLiteral("--close"), budget.fileFor(Budget), QStringLiteral("-c"),
                                           QStringLiteral("echo locked; exec sleep 20")});
    QVERIFY2(holder.waitForStarted(), "flock(1) from util-linux is needed");
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readAllStandardOutput(), QByteArray("locked\n"));
    holder.kill();
    QVERIFY(holder.waitForFinished());
    QVERIFY(budget.acquire(Budget, 1, 1000ms).isGranted());
}
