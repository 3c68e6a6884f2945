#pragma once

#include "core/history/historystore.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>
#include <optional>

class HistoryReader;

// The history entries that match a filter as a read-only table, newest first: time, profile, origin, access
// region, bandwidth, concurrency, network type, IP version, package type, outcome, RequestId, source,
// endpoint. It reads them lazily, a page at a time (the first when the filter is set, the next one when a
// view scrolls to the end: canFetchMore()/fetchMore()), and counts them, all through a HistoryReader on a
// thread of its own: a million entries never hold up the window.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column {
        Time,
        Profile,
        Origin,
        Access,
        Bandwidth,
        Concurrency,
        NetworkType,
        IpVersion,
        PackageType,
        Outcome,
        RequestId,
        Source,
        EndpointColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int PageSize = 200; // entries read at a time

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;

    // Reads the history database at `path` (see HistoryStore) from now on; empty: none, the model stays
    // empty. The rows are forgotten; setFilter() lists them.
    void setDatabase(const QString &path);
    // Lists the entries that match `filter` (its limit and position aside): forgets the rows, then reads
    // the first page and counts every match. Call it again to see newly recorded entries.
    void setFilter(const HistoryFilter &filter);
    [[nodiscard]] const HistoryFilter &filter() const { return m_filter; }
    // How many entries match the filter; nullopt while they are being counted.
    [[nodiscard]] std::optional<qint64> matchingCount() const { return m_matching; }
    // The entries read so far, newest first.
    [[nodiscard]] const QList<HistoryEntry> &entries() const { return m_entries; }
    [[nodiscard]] const HistoryEntry &entry(int row) const { return m_entries.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    // True while older entries remain unread and no page is on its way.
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent = {}) const override;
    // Asks for the next page; its rows are added when it arrives (pageRead()).
    void fetchMore(const QModelIndex &parent = {}) override;

    // The language changed: the headings and the translated columns (Outcome, Source) are read again.
    void retranslate();

    // "✓ can be created", "✗ cannot be created", "! failed (Code)".
    static QString outcomeText(const HistoryEntry &entry);
    // "check", "matrix", "find", "watch", "cli" as the table shows them, translated.
    static QString sourceText(const QString &source);

Q_SIGNALS:
    void pageRead();             // a page arrived (its rows are in), possibly an empty last one
    void matchingCountChanged(); // counted, or being counted again after setFilter()
    void readFailed(const QString &problem);

private:
    void forget(); // no rows, nothing on its way
    void readPage();
    void addPage(quint64 ticket, QList<HistoryEntry> page);
    void addCount(quint64 ticket, qint64 count);
    void fail(quint64 ticket, const QString &problem);

    std::unique_ptr<HistoryReader> m_reader;
    HistoryFilter m_filter;
    QList<HistoryEntry> m_entries;
    std::optional<qint64> m_matching;
    quint64 m_pageTicket = 0;  // the page on its way; 0: none
    quint64 m_countTicket = 0; // the count on its way; 0: none
    bool m_atEnd = true;       // every matching entry is read
};
