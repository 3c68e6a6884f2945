#include "ui/history/historyexporter.h"

#include <QDir>

#include <climits>

HistoryExporter::HistoryExporter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_reader(databasePath)
{
    connect(&m_reader, &HistoryReader::exported, this, [this](quint64 ticket, qint64 count) {
        const QString path = m_paths.take(ticket);
        const int shown = static_cast<int>(qMin<qint64>(count, INT_MAX));
        Q_EMIT finished(true, path,
                        tr("Exported %n history entry(s) to %1", nullptr, shown).arg(QDir::toNativeSeparators(path)));
    });
    connect(&m_reader, &HistoryReader::failed, this, [this](quint64 ticket, const QString &reason) {
        const QString path = m_paths.take(ticket);
        Q_EMIT finished(false, path, ExportFile::writeError(path, reason));
    });
}

HistoryExporter::~HistoryExporter() = default;

void HistoryExporter::start(const HistoryFilter &filter, ExportFile::Format format, const QString &path)
{
    m_paths.insert(m_reader.exportEntries(filter, format == ExportFile::Format::Json, path), path);
}
