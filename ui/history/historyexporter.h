#pragma once

#include "core/history/historyreader.h"
#include "core/history/historystore.h"
#include "ui/common/exportfile.h"

#include <QHash>
#include <QObject>
#include <QString>

// Exports the history to a file on a thread of its own (HistoryReader): a million entries take seconds, and
// the window stays responsive meanwhile. start() returns at once; finished() brings the outcome as a
// translated sentence for the status bar. Exports run one after the other, in the order they were asked for.
class HistoryExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryExporter)

public:
    // `databasePath`: the history's file (HistoryStore::path()).
    explicit HistoryExporter(const QString &databasePath, QObject *parent = nullptr);
    ~HistoryExporter() override;

    // Every entry matching `filter` (its limit aside) to `path`.
    void start(const HistoryFilter &filter, ExportFile::Format format, const QString &path);
    [[nodiscard]] bool isRunning() const { return !m_paths.isEmpty(); }

Q_SIGNALS:
    void finished(bool ok, const QString &path, const QString &message);

private:
    HistoryReader m_reader;
    QHash<quint64, QString> m_paths; // the exports under way, by ticket
};
