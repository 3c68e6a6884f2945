#include "core/history/historyreader.h"

#include "core/history/resultexport.h"

#include <QSaveFile>

#include <memory>
#include <utility>

// The reading thread's own HistoryStore, opened by the first request (on that thread) and closed when the
// thread ends (deleteLater on QThread::finished runs there too).
class HistoryReader::Connection final : public QObject
{
public:
    explicit Connection(QString path)
        : m_path(std::move(path))
    {
    }

    [[nodiscard]] const HistoryStore &store()
    {
        if (!m_store)
            m_store = std::make_unique<HistoryStore>(m_path);
        return *m_store;
    }

    [[nodiscard]] QString problem() const
    {
        return m_store && !m_store->isAvailable()
                   ? m_store->problem()
                   : HistoryReader::tr("The history could not be read. Close this window and open it again to retry.");
    }

private:
    const QString m_path;
    std::unique_ptr<HistoryStore> m_store;
};

HistoryReader::HistoryReader(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_connection(new Connection(m_path))
{
    m_thread.setObjectName(QStringLiteral("gaap-history-reader"));
    m_connection->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_connection, &QObject::deleteLater);
    m_thread.start();
}

HistoryReader::~HistoryReader()
{
    discardPending();
    m_thread.quit();
    m_thread.wait();
}

void HistoryReader::discardPending()
{
    m_firstWanted.store(m_lastTicket + 1);
}

void HistoryReader::post(quint64 ticket, const std::function<bool(const HistoryStore &)> &read)
{
    QMetaObject::invokeMethod(
        m_connection,
        [this, ticket, read] {
            if (ticket < m_firstWanted.load())
                return;
            const HistoryStore &store = m_connection->store();
            if (!store.isAvailable() || !read(store))
                answer(ticket, [this, ticket, problem = m_connection->problem()] { Q_EMIT failed(ticket, problem); });
        },
        Qt::QueuedConnection);
}

void HistoryReader::answer(quint64 ticket, const std::function<void()> &signal)
{
    QMetaObject::invokeMethod(
        this,
        [this, ticket, signal] {
            if (ticket >= m_firstWanted.load())
                signal();
        },
        Qt::QueuedConnection);
}

quint64 HistoryReader::readEntries(const HistoryFilter &filter)
{
    const quint64 ticket = nextTicket();
    post(ticket, [this, ticket, filter](const HistoryStore &store) {
        QList<HistoryEntry> entries;
        const bool read = store.forEach(filter, [this, ticket, &entries](const HistoryEntry &entry) {
            entries.append(entry);
            return ticket >= m_firstWanted.load(); // a discarded request stops early
        });
        if (read)
            answer(ticket, [this, ticket, entries] { Q_EMIT entriesRead(ticket, entries); });
        return read;
    });
    return ticket;
}

quint64 HistoryReader::count(const HistoryFilter &filter)
{
    const quint64 ticket = nextTicket();
    post(ticket, [this, ticket, filter](const HistoryStore &store) {
        const qint64 matching = store.count(filter);
        if (matching >= 0)
            answer(ticket, [this, ticket, matching] { Q_EMIT counted(ticket, matching); });
        return matching >= 0;
    });
    return ticket;
}

quint64 HistoryReader::exportEntries(HistoryFilter filter, bool json, const QString &path)
{
    const quint64 ticket = nextTicket();
    filter.limit = HistoryFilter::NoLimit;
    post(ticket, [this, ticket, filter, json, path](const HistoryStore &store) {
        QSaveFile file(path);
        const qint64 written =
            file.open(QIODevice::WriteOnly) ? ResultExport::writeHistory(store, filter, json, file) : -1;
        if (written >= 0 && file.commit())
            answer(ticket, [this, ticket, written] { Q_EMIT exported(ticket, written); });
        else
            answer(ticket, [this, ticket,
                            reason = file.error() != QFileDevice::NoError
                                         ? file.errorString()
                                         : tr("the history could not be read")] { Q_EMIT failed(ticket, reason); });
        return true;
    });
    return ticket;
}
