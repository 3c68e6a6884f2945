#include "ui/history/historymodel.h"

#include "ui/common/checktext.h"

#include <utility>

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setEntries(QList<HistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::outcomeText(const HistoryEntry &entry)
{
    if (!entry.canCreate)
        return tr("! failed (%1)").arg(entry.errorCode);
    return *entry.canCreate ? tr("✓ can be created") : tr("✗ cannot be created");
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    if (role == IdRole)
        return entry.id;
    if (role == Qt::ToolTipRole && index.column() == Time)
        return CheckText::utcTime(entry.checkedAt);
    if (role != Qt::DisplayRole)
        return {};
    const CheckRequest &request = entry.request;
    switch (index.column()) {
    case Time: return CheckText::localTime(entry.checkedAt);
    case Profile: return entry.profile;
    case Origin: return request.originRegion;
    case Access: return request.accessRegion;
    case Bandwidth: return CheckText::bandwidth(request.bandwidth);
    case Concurrency: return CheckText::concurrent(request.concurrent);
    case NetworkType: return request.networkType;
    case IpVersion: return request.ipVersion;
    case PackageType: return request.packageType;
    case Outcome: return outcomeText(entry);
    case RequestId: return entry.requestId;
    case Source: return entry.source;
    case EndpointColumn: return entry.endpoint;
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Profile: return tr("Profile");
    case Origin: return tr("Origin");
    case Access: return tr("Access region");
    case Bandwidth: return tr("Bandwidth");
    case Concurrency: return tr("Concurrency");
    case NetworkType: return tr("Network");
    case IpVersion: return tr("IP version");
    case PackageType: return tr("Package");
    case Outcome: return tr("Outcome");
    case RequestId: return tr("RequestId");
    case Source: return tr("Source");
    case EndpointColumn: return tr("Endpoint");
    default: return {};
    }
}
