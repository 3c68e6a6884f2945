#pragma once

#include "core/session/requirementsearch.h"

#include <QAbstractTableModel>
#include <QPointer>

// A requirement search's candidates, best first (RequirementSearch::ranked()), for the Find window's table.
// The rows follow the search: they are laid out again on every answer and price.
class SearchResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    enum Column { Rank, AccessRegion, Bandwidth, Concurrency, Answer, DailyCost, Note, ColumnCount };
    static constexpr int RegionIdRole = Qt::UserRole;

    explicit SearchResultModel(QObject *parent = nullptr);
    ~SearchResultModel() override;

    // The search to show (nullptr: none); it must outlive the model or be set to another first.
    void setSearch(const RequirementSearch *search);
    // The candidate shown in `row`; nullptr outside the rows.
    [[nodiscard]] const SearchCandidate *candidate(int row) const;
    // The row showing `regionId`; -1 when none does.
    [[nodiscard]] int rowOf(const QString &regionId) const;
    // The language changed: headings and words are read again.
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    void relayout();

    QPointer<const RequirementSearch> m_search;
    QList<int> m_order; // candidate indexes, best first
};
