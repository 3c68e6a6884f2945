// The history window and File > Export; see tst_matrixwindow.h.
#include "core/history/resultexport.h"
#include "support/appcontext.h"
#include "support/childwidget.h"
#include "support/exportreaders.h"
#include "support/mainwindowexport.h"
#include "tst_matrixwindow.h"
#include "ui/check/resultcard.h"
#include "ui/history/historymodel.h"
#include "ui/history/historywindow.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

namespace {

HistoryEntry entry(const QString &origin, const QString &access, std::optional<bool> flag, qint64 daysAgo)
{
    HistoryEntry e;
    e.checkedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    e.profile = QStringLiteral("ops");
    e.endpoint = QStringLiteral("https://gaap.tencentcloudapi.com");
    e.request.originRegion = origin;
    e.request.accessRegion = access;
    e.request.bandwidth = 10;
    e.request.concurrent = 2;
    e.request.ipVersion = QStringLiteral("IPv4");
    e.request.networkType = QStringLiteral("normal");
    e.request.packageType = QStringLiteral("Thunder");
    e.canCreate = flag;
    if (!flag)
        e.errorCode = QStringLiteral("InternalError");
    e.requestId = QStringLiteral("req-%1-%2").arg(access).arg(daysAgo);
    e.source = QStringLiteral("check");
    return e;
}

void fill(HistoryStore &store)
{
    for (HistoryEntry e : {entry(QStringLiteral("Hongkong"), QStringLiteral("Shenzhen"), true, 0),
                           entry(QStringLiteral("Hongkong"), QStringLiteral("Guangzhou"), false, 1),
                           entry(QStringLiteral("Europe"), QStringLiteral("Shanghai"), std::nullopt, 2),
                           entry(QStringLiteral("Japan"), QStringLiteral("Beijing"), true, 30)})
        QVERIFY(store.record(e));
}

int rows(const HistoryWindow &window)
{
    return window.model()->rowCount();
}

// `count` entries, thirty to a second (so a page ends among entries of the same time), every other one to
// Tokyo.
void record(HistoryStore &store, int count)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int i = 0; i < count; ++i) {
        HistoryEntry e =
            entry(QStringLiteral("Hongkong"), i % 2 == 0 ? QStringLiteral("Tokyo") : QStringLiteral("Osaka"), true, 0);
        e.checkedAt = start.addSecs(i / 30);
        e.source = QStringLiteral("matrix");
        QVERIFY(store.record(e));
    }
}

} // namespace

void tst_MatrixWindow::historyListsAndFilters()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("h.sqlite")));
    fill(store);
    HistoryWindow window(&store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(rows(window), 4); // read on another thread
    QVERIFY(!child<QLabel>(&window, "problemLabel")->isVisible());
    QCOMPARE(child<QTableView>(&window, "historyView")->model(), window.model());
    // The Source column in words of the user's language, not the stored value ("cli").
    for (int row = 0; row < rows(window); ++row) {
        const QString stored = window.model()->entry(row).source;
        QCOMPARE(window.model()->index(row, HistoryModel::Source).data().toString(), HistoryModel::sourceText(stored));
    }
    QCOMPARE(HistoryModel::sourceText(QStringLiteral("cli")), QStringLiteral("command line"));

    child<QLineEdit>(&window, "regionEdit")->setText(QStringLiteral("Hongkong"));
    QTRY_COMPARE(rows(window), 2);
    child<QLineEdit>(&window, "regionEdit")->setText(QStringLiteral("Shanghai"));
    QTRY_COMPARE(rows(window), 1);
    QVERIFY(HistoryModel::outcomeText(window.model()->entry(0)).contains(QStringLiteral("InternalError")));
    child<QLineEdit>(&window, "regionEdit")->clear();
    QTRY_COMPARE(rows(window), 4);

    auto *outcome = child<QComboBox>(&window, "outcomeCombo");
    outcome->setCurrentIndex(outcome->findData(static_cast<int>(HistoryFilter::Outcome::CanCreate)));
    QTRY_COMPARE(rows(window), 2);
    outcome->setCurrentIndex(outcome->findData(static_cast<int>(HistoryFilter::Outcome::Error)));
    QTRY_COMPARE(rows(window), 1);
    outcome->setCurrentIndex(0);
    QTRY_COMPARE(rows(window), 4);

    // Since a week ago: the 30-day-old entry goes; until yesterday: today's goes too.
    child<QDateEdit>(&window, "sinceEdit")->setDate(QDate::currentDate().addDays(-7));
    child<QCheckBox>(&window, "sinceCheck")->setChecked(true);
    QTRY_COMPARE(rows(window), 3);
    child<QDateEdit>(&window, "untilEdit")->setDate(QDate::currentDate().addDays(-1));
    child<QCheckBox>(&window, "untilCheck")->setChecked(true);
    QTRY_COMPARE(rows(window), 2);
    QTRY_COMPARE(window.model()->matchingCount(), std::optional<qint64>(2));
    child<QCheckBox>(&window, "sinceCheck")->setChecked(false);
    child<QCheckBox>(&window, "untilCheck")->setChecked(false);
    QTRY_COMPARE(rows(window), 4);

    // Re-run emits the selected entry's request.
    QSignalSpy rerun(&window, &HistoryWindow::rerunRequested);
    auto *rerunButton = child<QPushButton>(&window, "rerunButton");
    QVERIFY(!rerunButton->isEnabled());
    child<QTableView>(&window, "historyView")->selectRow(1);
    QVERIFY(rerunButton->isEnabled());
    QTest::mouseClick(rerunButton, Qt::LeftButton);
    QCOMPARE(rerun.size(), 1);
    QCOMPARE(rerun.at(0).at(0).value<CheckRequest>(), window.model()->entry(1).request);
}

void tst_MatrixWindow::historyDeleteAndClear()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("h.sqlite")));
    fill(store);
    HistoryWindow window(&store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = child<QTableView>(&window, "historyView");
    QTRY_COMPARE(rows(window), 4);
    const qint64 first = window.model()->entry(0).id;
    view->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&window, "deleteButton"), Qt::LeftButton);
    QTRY_COMPARE(rows(window), 3);
    QCOMPARE(store.entries().size(), 3);
    for (const HistoryEntry &e : store.entries())
        QVERIFY(e.id != first);

    // Clear all asks first (without blocking); Cancel keeps everything, Yes deletes it.
    auto *clear = child<QPushButton>(&window, "clearButton");
    QTest::mouseClick(clear, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("clearHistoryBox"))) && box->isVisible());
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QCOMPARE(store.entries().size(), 3);
    QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("clearHistoryBox")));
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("clearHistoryBox"))) && box->isVisible());
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QCOMPARE(store.entries().size(), 0);
    QTRY_COMPARE(window.model()->matchingCount(), std::optional<qint64>(0));
    QCOMPARE(rows(window), 0);
}

void tst_MatrixWindow::unavailableStoreIsExplained()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(static_cast<char>((i * 37 + 11) % 251));
        file.write(garbage);
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("history unavailable")));
    HistoryStore store(path);
    QVERIFY(!store.isAvailable());
    HistoryWindow window(&store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *problem = child<QLabel>(&window, "problemLabel");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(store.problem()), qPrintable(problem->text()));
    QCOMPARE(rows(window), 0);
    QVERIFY(!child<QPushButton>(&window, "clearButton")->isEnabled());
    QVERIFY(!child<QTableView>(&window, "historyView")->isEnabled());
}

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// More entries than a page: the window reads the first page only, says how many match in all, reads the
// next page when the list is scrolled to its end, and Export writes every matching entry.
void tst_MatrixWindow::historyBeyondTheWindowIsCountedAndExported()
{
    AppContext app;
    const int total = 2 * HistoryModel::PageSize + 50;
    record(app.history, total);
    MainWindow window(&app.stack, &app.profiles, &app.preferences);
    window.setHistoryStore(&app.history);
    window.openHistory();
    HistoryWindow *history = window.historyWindow();
    QVERIFY(history);
    QVERIFY(QTest::qWaitForWindowExposed(history));
    auto *count = child<QLabel>(history, "countLabel");
    QTRY_COMPARE(count->text(), HistoryWindow::tr("%Ln matching entry(s)", nullptr, total));
    QTRY_COMPARE(rows(*history), HistoryModel::PageSize);
    auto *view = child<QTableView>(history, "historyView");
    view->scrollToBottom(); // the view asks the model for more
    QTRY_COMPARE(rows(*history), 2 * HistoryModel::PageSize);
    view->scrollToBottom();
    QTRY_COMPARE(rows(*history), total);
    QVERIFY(!history->model()->canFetchMore({}));

    // Narrowed: every other entry is to Tokyo, more than a page of them.
    child<QLineEdit>(history, "regionEdit")->setText(QStringLiteral("Tokyo"));
    const int tokyo = (total + 1) / 2;
    QTRY_COMPARE(count->text(), HistoryWindow::tr("%Ln matching entry(s)", nullptr, tokyo));
    QTRY_COMPARE(rows(*history), HistoryModel::PageSize);
    for (const HistoryEntry &entry : history->model()->entries())
        QCOMPARE(entry.request.accessRegion, QStringLiteral("Tokyo"));

    const QString csvPath = app.tempDir.filePath(QStringLiteral("tokyo.csv"));
    QVERIFY(exportAndWait(window, csvPath, ExportFile::Format::Csv, MainWindow::ExportSource::History));
    QCOMPARE(ExportReaders::csvRows(readAll(csvPath))->size(), tokyo + 1);
    child<QLineEdit>(history, "regionEdit")->clear();
    QVERIFY(exportAndWait(window, csvPath, ExportFile::Format::Csv, MainWindow::ExportSource::History));
    QCOMPARE(ExportReaders::csvRows(readAll(csvPath))->size(), total + 1);
}

// The model alone: a page when the filter is set, the next one on fetchMore(), in the history's order with
// neither gap nor repeat where a page ends among entries of the same time, and the count of them all.
void tst_MatrixWindow::historyModelReadsPages()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    HistoryStore store(path);
    const int total = 2 * HistoryModel::PageSize + 50;
    record(store, total);
    HistoryFilter all;
    all.limit = HistoryFilter::NoLimit;
    QList<qint64> expected;
    for (const HistoryEntry &entry : store.entries(all))
        expected.append(entry.id);

    HistoryModel model;
    model.setDatabase(path);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setFilter({});
    QVERIFY(!model.matchingCount()); // being counted
    QTRY_COMPARE(model.rowCount(), HistoryModel::PageSize);
    QTRY_COMPARE(model.matchingCount(), std::optional<qint64>(total));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one page on its way at a time
    QTRY_COMPARE(model.rowCount(), 2 * HistoryModel::PageSize);
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), total);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(inserted.size(), 3);
    QList<qint64> ids;
    for (const HistoryEntry &entry : model.entries())
        ids.append(entry.id);
    QCOMPARE(ids, expected);

    // A new filter starts again from the newest, and only its own answers are used.
    HistoryFilter tokyo;
    tokyo.region = QStringLiteral("Tokyo");
    model.setFilter(tokyo);
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE(model.matchingCount(), std::optional<qint64>((total + 1) / 2));
    QTRY_COMPARE(model.rowCount(), HistoryModel::PageSize);
    QCOMPARE(model.entry(0).request.accessRegion, QStringLiteral("Tokyo"));
}

void tst_MatrixWindow::exportsHistory()
{
    AppContext app;
    fill(app.history);
    MainWindow window(&app.stack, &app.profiles, &app.preferences);
    window.setHistoryStore(&app.history);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.exportSource(), MainWindow::ExportSource::History); // no matrix yet

    // Written on a thread of its own: exportTo() returns at once, the window says it is exporting, and
    // exportFinished() comes later (a million entries take seconds; the window must not freeze meanwhile).
    const QString csvPath = app.tempDir.filePath(QStringLiteral("all.csv"));
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    QVERIFY(window.exportTo(csvPath, ExportFile::Format::Csv, MainWindow::ExportSource::History));
    QCOMPARE(finished.count(), 0);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Exporting")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    const std::optional<QList<QStringList>> csvRows = ExportReaders::csvRows(readAll(csvPath));
    QVERIFY(csvRows);
    QCOMPARE(csvRows->size(), 5); // the header and four entries
    QVERIFY(window.statusBar()->currentMessage().contains(csvPath));

    // From the history window, through the (non-blocking) file dialog: the filtered view, as JSON.
    auto *action = window.findChild<QAction *>(QStringLiteral("actionHistory"));
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+H")));
    action->trigger();
    HistoryWindow *history = window.historyWindow();
    QVERIFY(history && history->isVisible());
    child<QLineEdit>(history, "regionEdit")->setText(QStringLiteral("Hongkong"));
    QTRY_COMPARE(rows(*history), 2);
    QTest::mouseClick(child<QPushButton>(history, "exportButton"), Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = history->findChild<QFileDialog *>(QStringLiteral("exportDialog"))) && dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal); // open(), not exec()
    const QString jsonPath = app.tempDir.filePath(QStringLiteral("filtered.json"));
    dialog->selectNameFilter(ExportFile::jsonFilter());
    dialog->selectFile(jsonPath);
    QVERIFY(QMetaObject::invokeMethod(dialog, "accept")); // protected in QFileDialog
    QTRY_VERIFY(QFile::exists(jsonPath));
    const std::optional<QList<HistoryEntry>> parsed = ExportReaders::historyFromJson(readAll(jsonPath));
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), 2);
    for (const HistoryEntry &e : *parsed) {
        QCOMPARE(e.request.originRegion, QStringLiteral("Hongkong"));
        QVERIFY(e.requestId.startsWith(QStringLiteral("req-")));
    }

    // Re-run puts the entry into the check form's path (the result card shows it pending).
    child<QTableView>(history, "historyView")->selectRow(0);
    QTest::mouseClick(child<QPushButton>(history, "rerunButton"), Qt::LeftButton);
    auto *card = window.findChild<ResultCard *>();
    QVERIFY(card);
    QTRY_VERIFY(card->isVisible());
    QVERIFY(card->request().has_value());
    QCOMPARE(card->request()->accessRegion, history->model()->entry(0).request.accessRegion);
}

void tst_MatrixWindow::exportsMatrixFromMainWindow()
{
    AppContext app;
    const FakeCredential demo = m_server->demoCredential();
    bool saved = false;
    CredentialJob *job = app.profiles.save({QStringLiteral("fake"), m_server->url().toString(), false},
                                           {demo.secretId, SecretString(demo.secretKey), SecretString()});
    QVERIFY(job);
    connect(job, &CredentialJob::finished, this, [&saved] { saved = true; });
    QTRY_VERIFY(saved);
    MainWindow window(&app.stack, &app.profiles, &app.preferences);
    window.setHistoryStore(&app.history);
    window.setCurrentProfile(QStringLiteral("fake"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *action = window.findChild<QAction *>(QStringLiteral("actionMatrix"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+M")));
    action->trigger();
    MatrixWindow *matrix = window.matrixWindow();
    QVERIFY(matrix && matrix->isVisible());
    auto *origin = child<QComboBox>(matrix, "originCombo");
    QTRY_VERIFY_WITH_TIMEOUT(origin->findData(QStringLiteral("SouthwestChina")) >= 0, 10000);
    origin->setCurrentIndex(origin->findData(QStringLiteral("SouthwestChina")));
    auto *access = child<QListWidget>(matrix, "accessList");
    QTRY_VERIFY_WITH_TIMEOUT(access->count() > 0 && matrix->request().has_value(), 10000);
    for (int row = 0; row < access->count(); ++row)
        access->item(row)->setCheckState(row == 0 ? Qt::Checked : Qt::Unchecked);
    // A subset: the first two bandwidths and concurrencies only.
    for (const char *name : {"bandwidthList", "concurrencyList"}) {
        auto *list = child<QListWidget>(matrix, name);
        for (int row = 2; row < list->count(); ++row)
            list->item(row)->setCheckState(Qt::Unchecked);
    }
    QTest::mouseClick(child<QPushButton>(matrix, "startButton"), Qt::LeftButton);
    QVERIFY(matrix->run());
    QTRY_VERIFY_WITH_TIMEOUT(!matrix->run()->isRunning(), 20000);
    QCOMPARE(matrix->run()->totalCount(), 4);
    QCOMPARE(matrix->run()->doneCount(), 4);
    QCOMPARE(app.history.entries().size(), 4); // recorded through the window's store, as "matrix"
    QCOMPARE(app.history.entries().constFirst().profile, QStringLiteral("fake"));
    QCOMPARE(window.exportSource(), MainWindow::ExportSource::Matrix);

    const QString csvPath = app.tempDir.filePath(QStringLiteral("matrix.csv"));
    QVERIFY(exportAndWait(window, csvPath, ExportFile::Format::Csv, MainWindow::ExportSource::Matrix));
    // Confirmed in the matrix window itself (it is the one in front), not only in the main window's status bar.
    const QString confirmed = child<QLabel>(matrix, "statusLabel")->text();
    QVERIFY2(confirmed.contains(QStringLiteral("Exported")) && confirmed.contains(QDir::toNativeSeparators(csvPath))
                 && !confirmed.contains(QStringLiteral("pending")),
             qPrintable(confirmed));
    const std::optional<QList<QStringList>> csvRows = ExportReaders::csvRows(readAll(csvPath));
    QVERIFY(csvRows);
    QCOMPARE(csvRows->size(), 5);
    const QString jsonPath = app.tempDir.filePath(QStringLiteral("matrix.json"));
    QVERIFY(exportAndWait(window, jsonPath, ExportFile::Format::Json, MainWindow::ExportSource::Matrix));
    const QJsonDocument json = QJsonDocument::fromJson(readAll(jsonPath));
    QVERIFY(json.isArray());
    QCOMPARE(json.array().size(), 4);

    // A run cancelled before its answers: the export says which cells were not checked.
    matrix->start();
    matrix->cancel(); // before any answer could arrive
    QTRY_VERIFY(!matrix->run()->isRunning());
    const int unchecked = matrix->run()->totalCount() - matrix->run()->doneCount();
    QVERIFY(unchecked > 0);
    QVERIFY(exportAndWait(window, csvPath, ExportFile::Format::Csv, MainWindow::ExportSource::Matrix));
    const QString noted = child<QLabel>(matrix, "statusLabel")->text();
    QVERIFY2(noted.contains(QStringLiteral("not checked")) && noted.contains(QStringLiteral("pending")),
             qPrintable(noted));

    // A failed write is reported, and leaves nothing behind.
    const QString bad = app.tempDir.filePath(QStringLiteral("missing/dir/matrix.csv"));
    QVERIFY(!exportAndWait(window, bad, ExportFile::Format::Csv, MainWindow::ExportSource::Matrix));
    QVERIFY(!QFile::exists(bad));
    QVERIFY(!window.statusBar()->currentMessage().isEmpty());
}
