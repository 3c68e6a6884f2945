#include "ui/find/searchresultmodel.h"

#include "core/session/searchtext.h"
#include "ui/common/checktext.h"

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

SearchResultModel::~SearchResultModel() = default;

void SearchResultModel::setSearch(const RequirementSearch *search)
{
    if (m_search)
        m_search->disconnect(this);
    m_search = search;
    if (search) {
        connect(search, &RequirementSearch::candidatesListed, this, &SearchResultModel::relayout);
        connect(search, &RequirementSearch::candidateChanged, this, &SearchResultModel::relayout);
        connect(search, &RequirementSearch::finished, this, &SearchResultModel::relayout);
    }
    relayout();
}

void SearchResultModel::relayout()
{
    QList<int> order = m_search ? m_search->ranked() : QList<int>();
    if (order.size() != m_order.size()) {
        // Rows come or go only when a search starts or lists its regions: a reset, not a move.
        beginResetModel();
        m_order = std::move(order);
        endResetModel();
        return;
    }
    // Same rows in a new order: the selection follows its access region.
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QStringList regions;
    for (const QModelIndex &index : before)
        regions.append(candidate(index.row()) ? candidate(index.row())->region.regionId : QString());
    m_order = std::move(order);
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(regions.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
    if (rowCount() > 0) // the words and prices of the rows changed too
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SearchResultModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const SearchCandidate *SearchResultModel::candidate(int row) const
{
    if (!m_search || row < 0 || row >= m_order.size())
        return nullptr;
    return &m_search->candidates().at(m_order.at(row));
}

int SearchResultModel::rowOf(const QString &regionId) const
{
    for (int row = 0; row < m_order.size(); ++row) {
        if (candidate(row)->region.regionId == regionId)
            return row;
    }
    return -1;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_order.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    const SearchCandidate *c = candidate(index.row());
    if (!c)
        return {};
    if (role == RegionIdRole)
        return c->region.regionId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Requirement &requirement = m_search->requirement();
    switch (index.column()) {
    case Rank: return index.row() + 1;
    case AccessRegion:
        return c->region.regionName.isEmpty()
                   ? c->region.regionId
                   : tr("%1 (%2)", "region name, RegionId").arg(c->region.regionName, c->region.regionId);
    case Bandwidth: return c->bandwidth ? CheckText::bandwidth(*c->bandwidth) : QStringLiteral("-");
    case Concurrency: return c->concurrent ? CheckText::concurrent(*c->concurrent) : QStringLiteral("-");
    case Answer: return SearchText::answer(*c);
    case DailyCost: return SearchText::dailyCost(requirement, *c);
    case Note: return SearchText::note(requirement, *c);
    default: return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank: return tr("#");
    case AccessRegion: return tr("Access region");
    case Bandwidth: return tr("Bandwidth");
    case Concurrency: return tr("Concurrency");
    case Answer: return tr("Answer");
    case DailyCost: return tr("Daily cost");
    case Note: return tr("Note");
    default: return {};
    }
}
