// The matrix window; see tst_matrixwindow.h.
#include "tst_matrixwindow.h"

#include "support/childwidget.h"
#include "support/fakeapistack.h"
#include "ui/common/checktext.h"
#include "ui/matrix/matrixgrid.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

int countCells(const MatrixWindow &window, const QString &text)
{
    int count = 0;
    for (const MatrixGrid *grid : window.grids()) {
        const QTableWidget *table = grid->table();
        for (int row = 0; row < table->rowCount(); ++row)
            for (int column = 0; column < table->columnCount(); ++column)
                count += table->item(row, column)->text() == text ? 1 : 0;
    }
    return count;
}

} // namespace

namespace {

FakeApiStackOptions matrixOptions()
{
    FakeApiStackOptions options;
    options.requestsPerInterval = 20;
    options.interval = 100ms;
    options.diskCache = false;
    return options;
}

} // namespace

MatrixHarness::MatrixHarness(const FakeGaapServer &server)
    : fake(server, matrixOptions())
{
    window.setHistoryStore(&history);
    window.setContext(QStringLiteral("demo"), client.endpoint());
}

void tst_MatrixWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_MatrixWindow::init()
{
    m_server = std::make_unique<FakeGaapServer>();
    m_server->setRateLimit(1000); // the fast test limiter sends more than 20/s
    QVERIFY(m_server->listenOnLoopback() != 0);
}

void tst_MatrixWindow::cleanup()
{
    m_server.reset();
}

bool tst_MatrixWindow::expected(const QString &access, const QString &networkType, qint64 bandwidth,
                                qint64 concurrent) const
{
    const FakeAccessRegion *region = m_server->data().accessRegion(access);
    const auto capacity = region->capacity.constFind(networkType);
    return capacity != region->capacity.constEnd() && bandwidth <= capacity->maxBandwidth
           && concurrent <= capacity->maxConcurrent;
}

void tst_MatrixWindow::prepare(MatrixHarness &h, const QString &origin, const QStringList &access)
{
    h.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&h.window));
    auto *originCombo = child<QComboBox>(&h.window, "originCombo");
    QTRY_VERIFY(originCombo->findData(origin) >= 0);
    originCombo->setCurrentIndex(originCombo->findData(origin));
    auto *accessList = child<QListWidget>(&h.window, "accessList");
    QTRY_VERIFY(accessList->count() > 0 && h.fake.regions().originRegions().size() > 0
                && h.window.request().has_value());
    for (int row = 0; row < accessList->count(); ++row) {
        QListWidgetItem *item = accessList->item(row);
        QCOMPARE(item->checkState(), Qt::Checked); // all of them by default
        item->setCheckState(access.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    QTRY_VERIFY(child<QPushButton>(&h.window, "startButton")->isEnabled());
}

void tst_MatrixWindow::matrixCompletes()
{
    MatrixHarness h(*m_server);
    const QStringList access{QStringLiteral("Hongkong"), QStringLiteral("Europe")};
    prepare(h, QStringLiteral("SouthwestChina"), access);
    const std::optional<MatrixRequest> request = h.window.request();
    QVERIFY(request);
    QCOMPARE(request->networkType, QStringLiteral("normal"));
    QCOMPARE(request->accessRegions.size(), 2);

    QTest::mouseClick(child<QPushButton>(&h.window, "startButton"), Qt::LeftButton);
    QVERIFY(h.window.run());
    QTRY_VERIFY_WITH_TIMEOUT(!h.window.run()->isRunning(), 20000);
    const MatrixRun *run = h.window.run();
    const int total = run->totalCount();
    const FakeAccessRegion *hk = m_server->data().accessRegion(QStringLiteral("Hongkong"));
    const FakeAccessRegion *eu = m_server->data().accessRegion(QStringLiteral("Europe"));
    QCOMPARE(total, hk->bandwidths.size() * hk->concurrents.size() + eu->bandwidths.size() * eu->concurrents.size());
    QCOMPARE(run->doneCount(), total);
    auto *bar = child<QProgressBar>(&h.window, "progressBar");
    QCOMPARE(bar->value(), total);
    QCOMPARE(bar->maximum(), total);
    QVERIFY2(child<QLabel>(&h.window, "progressLabel")->text().startsWith(QStringLiteral("%1 / %1").arg(total)),
             qPrintable(child<QLabel>(&h.window, "progressLabel")->text()));
    QCOMPARE(m_server->errorCount(QStringLiteral("RequestLimitExceeded")), 0);

    // One grid per access region; every cell in words, matching the data's capacity rule.
    QCOMPARE(h.window.grids().size(), 2);
    for (const MatrixGrid *grid : h.window.grids()) {
        const FakeAccessRegion *region = m_server->data().accessRegion(grid->accessRegion());
        QVERIFY(region);
        const QTableWidget *table = grid->table();
        QCOMPARE(table->rowCount(), region->concurrents.size());
        QCOMPARE(table->columnCount(), region->bandwidths.size());
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                const bool can = expected(region->id, QStringLiteral("normal"), region->bandwidths.at(column),
                                          region->concurrents.at(row));
                const QTableWidgetItem *item = table->item(row, column);
                QCOMPARE(item->text(), can ? QStringLiteral("✓ yes") : QStringLiteral("✗ no"));
                QVERIFY2(item->toolTip().contains(QStringLiteral("RequestId")), qPrintable(item->toolTip()));
            }
        }
        // The summary names the largest configuration that can be created.
        const FakeCapacity capacity = region->capacity.value(QStringLiteral("normal"));
        const QString summary = grid->summaryLabel()->text();
        QVERIFY2(summary.contains(CheckText::bandwidth(capacity.maxBandwidth))
                     && summary.contains(CheckText::concurrent(capacity.maxConcurrent)),
                 qPrintable(summary));
    }

    // Every cell went into the history as a "matrix" check of this profile, with no secret.
    const QList<HistoryEntry> entries = h.history.entries();
    QCOMPARE(entries.size(), total);
    for (const HistoryEntry &entry : entries) {
        QCOMPARE(entry.source, QStringLiteral("matrix"));
        QCOMPARE(entry.profile, QStringLiteral("demo"));
        QCOMPARE(entry.endpoint, h.client.endpoint().toString());
        QVERIFY(entry.canCreate.has_value());
        QVERIFY(!entry.requestId.isEmpty());
    }
}

void tst_MatrixWindow::cancelKeepsPartialGrid()
{
    MatrixHarness h(*m_server);
    prepare(h, QStringLiteral("SouthwestChina"), {QStringLiteral("Hongkong")});
    FakeFault slow;
    slow.kind = FakeFault::Kind::SlowAnswer;
    slow.action = QStringLiteral("CheckProxyCreate");
    slow.count = -1;
    slow.delayMs = 300;
    m_server->addFault(slow);

    QTest::mouseClick(child<QPushButton>(&h.window, "startButton"), Qt::LeftButton);
    auto *cancel = child<QPushButton>(&h.window, "cancelButton");
    QVERIFY(cancel->isEnabled());
    QVERIFY(!child<QPushButton>(&h.window, "startButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(h.window.run()->doneCount() >= 5, 10000);
    QTest::mouseClick(cancel, Qt::LeftButton);
    const MatrixRun *run = h.window.run();
    QVERIFY(!run->isRunning());
    QVERIFY(run->wasCancelled());
    const int done = run->doneCount();
    QVERIFY(done < run->totalCount());

    // The answered cells stay on screen, the others say they were not checked.
    QCOMPARE(countCells(h.window, QStringLiteral("✓ yes")) + countCells(h.window, QStringLiteral("✗ no")), done);
    QCOMPARE(countCells(h.window, QStringLiteral("· not yet")), run->totalCount() - done);
    QVERIFY(child<QLabel>(&h.window, "statusLabel")->text().contains(QStringLiteral("Cancelled")));
    QVERIFY(!cancel->isEnabled());

    // Start works again afterwards and completes the whole matrix.
    m_server->clearFaults();
    auto *start = child<QPushButton>(&h.window, "startButton");
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!h.window.run()->isRunning(), 20000);
    QCOMPARE(h.window.run()->doneCount(), h.window.run()->totalCount());
    QCOMPARE(countCells(h.window, QStringLiteral("· not yet")), 0);
}

void tst_MatrixWindow::errorsAndRecheckFailed()
{
    MatrixHarness h(*m_server);
    prepare(h, QStringLiteral("SouthwestChina"), {QStringLiteral("Europe")});
    FakeFault failure;
    failure.action = QStringLiteral("CheckProxyCreate");
    failure.count = 4;
    failure.errorCode = QStringLiteral("InternalError");
    m_server->addFault(failure);

    QTest::mouseClick(child<QPushButton>(&h.window, "startButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!h.window.run()->isRunning(), 20000);
    QCOMPARE(countCells(h.window, QStringLiteral("! error")), 4);
    const QTableWidget *table = h.window.grids().constFirst()->table();
    bool sawCode = false;
    for (int row = 0; row < table->rowCount(); ++row)
        for (int column = 0; column < table->columnCount(); ++column)
            if (table->item(row, column)->text() == QStringLiteral("! error"))
                sawCode = table->item(row, column)->toolTip().contains(QStringLiteral("InternalError"));
    QVERIFY(sawCode);
    QVERIFY(h.window.grids().constFirst()->summaryLabel()->text().contains(QStringLiteral("4 error")));
    QVERIFY(child<QLabel>(&h.window, "statusLabel")->text().contains(QStringLiteral("Re-check")));
    QCOMPARE(h.history.entries({QString(), HistoryFilter::Outcome::Error, {}, {}, 100, {}}).size(), 4);

    auto *recheck = child<QPushButton>(&h.window, "recheckButton");
    QVERIFY(recheck->isEnabled());
    QTest::mouseClick(recheck, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!h.window.run()->isRunning() && countCells(h.window, QStringLiteral("! error")) == 0,
                             20000);
    QCOMPARE(h.window.run()->doneCount(), h.window.run()->totalCount());
    QVERIFY(!recheck->isEnabled());
    QVERIFY(child<QLabel>(&h.window, "progressLabel")
                ->text()
                .startsWith(QStringLiteral("%1 / %1").arg(h.window.run()->totalCount())));
}

QTEST_MAIN(tst_MatrixWindow)

// One broken origin in the server's list (a negative FeatureBitmap): the matrix lists it, marked unusable with
// the reason, disabled, and starts on the first usable origin instead; the others are unaffected.
void tst_MatrixWindow::unusableOriginIsShownNotChosen()
{
    QFile file(QStringLiteral(":/fakegaap/gaap-fake-data.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray origins = json.value(QStringLiteral("destRegions")).toArray();
    QVERIFY(origins.size() > 2);
    QJsonObject broken = origins.at(0).toObject();
    const QString brokenId = broken.value(QStringLiteral("RegionId")).toString();
    broken.insert(QStringLiteral("FeatureBitmap"), -1);
    origins.replace(0, broken);
    json.insert(QStringLiteral("destRegions"), origins);
    QString error;
    std::optional<FakeGaapData> data = FakeGaapData::fromJson(QJsonDocument(json).toJson(), &error);
    QVERIFY2(data, qPrintable(error));
    m_server = std::make_unique<FakeGaapServer>(*data);
    m_server->setRateLimit(1000);
    QVERIFY(m_server->listenOnLoopback() != 0);

    MatrixHarness h(*m_server);
    h.window.show();
    auto *originCombo = child<QComboBox>(&h.window, "originCombo");
    QTRY_COMPARE(originCombo->count(), origins.size());
    const int brokenRow = originCombo->findData(brokenId);
    QCOMPARE(brokenRow, 0);
    const auto *model = qobject_cast<const QStandardItemModel *>(originCombo->model());
    QVERIFY(model);
    const QStandardItem *item = model->item(brokenRow);
    QVERIFY(!item->isEnabled() && !item->isSelectable());
    QVERIFY2(item->text().contains(QStringLiteral("unusable")), qPrintable(item->text()));
    QVERIFY2(item->toolTip().contains(QStringLiteral("FeatureBitmap")), qPrintable(item->toolTip()));
    QCOMPARE(originCombo->currentIndex(), 1);
    QVERIFY(model->item(1)->isEnabled());
    QCOMPARE(h.fake.regions().originRegions().size(), origins.size());
}

void tst_MatrixWindow::summaryHeadings_data()
{
    QTest::addColumn<MatrixSummary>("summary");
    QTest::addColumn<bool>("running");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("never");

    MatrixSummary none{QStringLiteral("Hongkong"), 0, 0, 0, {}};
    QTest::newRow("before the run") << none << false << QStringLiteral("Not checked yet") << QString();
    // The cells say "checking": so does the heading.
    QTest::newRow("running, nothing answered") << none << true << QStringLiteral("Checking…") << QStringLiteral("Not");

    // Every check failed (HTTP 502): no verdict, not "nothing can be created", and no "so far" once over.
    MatrixSummary failed{QStringLiteral("Hongkong"), 0, 0, 35, {}};
    QTest::newRow("all failed, over") << failed << false << QStringLiteral("No answer: 35 check(s) failed")
                                      << QStringLiteral("so far");
    QTest::newRow("all failed, running") << failed << true << QStringLiteral("No answer so far")
                                         << QStringLiteral("created");
    MatrixSummary cannot{QStringLiteral("Hongkong"), 0, 12, 1, {}};
    QTest::newRow("none can, over") << cannot << false << QStringLiteral("None of the checked configurations")
                                    << QStringLiteral("so far");
    QTest::newRow("none can, running") << cannot << true << QStringLiteral("None of the answers so far") << QString();

    MatrixSummary one{QStringLiteral("Hongkong"), 0, 3, 0, {}};
    one.addCreatable(50, 10);
    one.addCreatable(10, 2);
    QTest::newRow("one largest") << one << false
                                 << QStringLiteral("Largest that can be created: %1 × %2")
                                        .arg(CheckText::bandwidth(50), CheckText::concurrent(10))
                                 << QStringLiteral("none larger");
    MatrixSummary tie = one;
    tie.addCreatable(100, 2);
    QTest::newRow("two unbeaten") << tie << false
                                  << QStringLiteral("none larger than another in both: %1 × %2; %3 × %4")
                                         .arg(CheckText::bandwidth(100), CheckText::concurrent(2),
                                              CheckText::bandwidth(50), CheckText::concurrent(10))
                                  << QString();
}

void tst_MatrixWindow::summaryHeadings()
{
    QFETCH(MatrixSummary, summary);
    QFETCH(bool, running);
    QFETCH(QString, expected);
    QFETCH(QString, never);
    const QString text = MatrixGrid::summaryText(summary, running);
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY2(never.isEmpty() || !text.contains(never), qPrintable(text));
}
