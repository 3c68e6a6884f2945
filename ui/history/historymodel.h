#pragma once

#include "core/history/historystore.h"

#include <QAbstractTableModel>
#include <QList>

// The history entries as a read-only table: time, profile, origin, access region, bandwidth,
// concurrency, network type, IP version, package type, outcome, RequestId, source, endpoint.
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

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;

    void setEntries(QList<HistoryEntry> entries);
    [[nodiscard]] const QList<HistoryEntry> &entries() const { return m_entries; }
    [[nodiscard]] const HistoryEntry &entry(int row) const { return m_entries.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // "✓ can be created", "✗ cannot be created", "! failed (Code)".
    static QString outcomeText(const HistoryEntry &entry);

private:
    QList<HistoryEntry> m_entries;
};
