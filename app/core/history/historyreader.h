#pragma once

#include "core/history/historystore.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>

// Reads the history on a thread of its own, through a connection of its own (a Qt SQL connection belongs
// to the thread that opened it), so that filtering or counting a million entries never holds up the
// caller's thread (the History window's). Each request returns a ticket, and its answer arrives later, on
// the caller's thread, as a signal with that ticket; requests are read one after the other, in order.
class HistoryReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryReader)

public:
    // Opens `path` (see HistoryStore) on the reading thread when the first request arrives.
    explicit HistoryReader(QString path, QObject *parent = nullptr);
    ~HistoryReader() override; // waits for the request being read, if one is

    // The entries that match `filter`, newest first, at most filter.limit: entriesRead(ticket, ...).
    quint64 readEntries(const HistoryFilter &filter);
    // How many entries match `filter`: counted(ticket, ...).
    quint64 count(const HistoryFilter &filter);
    // Writes every entry matching `filter` (its limit aside) to `path`, CSV or JSON, atomically (QSaveFile):
    // exported(ticket, count), or failed(ticket, reason) naming the file's error or the history's problem.
    quint64 exportEntries(HistoryFilter filter, bool json, const QString &path);
    // Drops every request made so far that has not started: no answer comes for them. For a caller whose
    // question changed (a new filter) and who only wants the answers to the new one.
    void discardPending();

Q_SIGNALS:
    void entriesRead(quint64 ticket, const QList<HistoryEntry> &entries);
    void counted(quint64 ticket, qint64 count);
    void exported(quint64 ticket, qint64 count);
    void failed(quint64 ticket, const QString &problem); // translated

private:
    class Connection;
    quint64 nextTicket() { return ++m_lastTicket; }
    // Runs `read` on the reading thread unless the request was discarded by then; false from it: failed().
    void post(quint64 ticket, const std::function<bool(const HistoryStore &)> &read);
    // From the reading thread: runs `signal` (which emits the answer) on this object's thread, unless the
    // request was discarded by then.
    void answer(quint64 ticket, const std::function<void()> &signal);

    const QString m_path;
    QThread m_thread;
    Connection *m_connection; // lives in m_thread, which deletes it when it ends
    quint64 m_lastTicket = 0; // the caller's thread only
    std::atomic<quint64> m_firstWanted{0};
};
