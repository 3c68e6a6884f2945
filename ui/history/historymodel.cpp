#include "ui/history/historymodel.h"

#include "core/history/historyreader.h"
#include "ui/common/checktext.h"

#include <utility>

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setDatabase(const QString &path)
{
    forget();
    m_reader.reset(path.isEmpty() ? nullptr : new HistoryReader(path));
    if (m_reader) {
        connect(m_reader.get(), &HistoryReader::entriesRead, this, &HistoryModel::addPage);
        connect(m_reader.get(), &HistoryReader::counted, this, &HistoryModel::addCount);
        connect(m_reader.get(), &HistoryReader::failed, this, &HistoryModel::fail);
    }
}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    forget();
    m_filter = filter;
    m_filter.after.reset();
    if (m_reader) {
        m_reader->discardPending(); // the answers about the filter before are of no use now
        m_atEnd = false;
        readPage();
        m_countTicket = m_reader->count(m_filter);
    } else {
        m_matching = 0;
    }
    Q_EMIT matchingCountChanged();
}

void HistoryModel::forget()
{
    beginResetModel();
    m_entries.clear();
    m_matching.reset();
    m_pageTicket = m_countTicket = 0;
    m_atEnd = true;
    endResetModel();
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_pageTicket == 0;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        readPage();
}

// One entry more than a page: whether it comes says whether there are older ones, without a count.
void HistoryModel::readPage()
{
    HistoryFilter page = m_filter;
    page.limit = PageSize + 1;
    if (!m_entries.isEmpty())
        page.after = HistoryPosition::of(m_entries.constLast());
    m_pageTicket = m_reader->readEntries(page);
}

void HistoryModel::addPage(quint64 ticket, QList<HistoryEntry> page)
{
    if (ticket != m_pageTicket)
        return;
    m_pageTicket = 0;
    m_atEnd = page.size() <= PageSize;
    if (!m_atEnd)
        page.removeLast();
    if (!page.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
        m_entries.append(std::move(page));
        endInsertRows();
    }
    Q_EMIT pageRead();
}

void HistoryModel::addCount(quint64 ticket, qint64 count)
{
    if (ticket != m_countTicket)
        return;
    m_countTicket = 0;
    m_matching = count;
    Q_EMIT matchingCountChanged();
}

void HistoryModel::fail(quint64 ticket, const QString &problem)
{
    if (ticket != m_pageTicket && ticket != m_countTicket)
        return;
    if (ticket == m_pageTicket) {
        m_pageTicket = 0;
        m_atEnd = true; // no endless retries from the view; setFilter() tries again
    } else {
        m_countTicket = 0;
    }
    Q_EMIT readFailed(problem);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void HistoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
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
    case Source: return sourceText(entry.source);
    case EndpointColumn: return entry.endpoint;
    default: return {};
    }
}

QString HistoryModel::sourceText(const QString &source)
{
    // The stored value stays English (exports write it as is); the table says it in the user's language.
    if (source == QLatin1String("check"))
        return tr("check", "history source: a single check in the app");
    if (source == QLatin1String("matrix"))
        return tr("matrix", "history source: a cell of a capacity matrix");
    if (source == QLatin1String("watch"))
        return tr("watch", "history source: a check of a watch (Tools > Watches)");
    if (source == QLatin1String("find"))
        return tr("find", "history source: a check of a requirement search (Find window)");
    if (source == QLatin1String("cli"))
        return tr("command line", "history source: gaap-capacity-cli");
    return source;
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
