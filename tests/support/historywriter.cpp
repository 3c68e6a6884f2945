// gaap-history-writer DB COUNT [TAG]: records COUNT checks into the history database DB as fast as it can,
// printing the number recorded so far after each one (for the concurrency and kill -9 tests of HistoryStore).
// Exit code 0 when every record succeeded, 1 when one failed (it keeps going), 2 when the store cannot open.
#include "core/history/historystore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3)
        return 2;
    HistoryStore store(arguments.at(1));
    if (!store.isAvailable()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.problem()));
        return 2;
    }
    const int count = arguments.at(2).toInt();
    const QString tag = arguments.value(3, QStringLiteral("writer"));
    int failures = 0;
    for (int i = 0; i < count; ++i) {
        HistoryEntry entry;
        entry.checkedAt = QDateTime::currentDateTimeUtc();
        entry.profile = tag;
        entry.endpoint = QStringLiteral("http://127.0.0.1:1/");
        entry.request.originRegion = QStringLiteral("Hongkong");
        entry.request.accessRegion = QStringLiteral("Tokyo");
        entry.request.bandwidth = 10;
        entry.request.concurrent = i + 1;
        entry.canCreate = true;
        entry.requestId = QStringLiteral("%1-%2").arg(tag).arg(i);
        entry.source = QStringLiteral("matrix");
        if (!store.record(entry)) {
            ++failures;
            continue;
        }
        std::printf("%d\n", i + 1 - failures);
        std::fflush(stdout);
    }
    return failures == 0 ? 0 : 1;
}
