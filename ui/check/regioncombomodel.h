#pragma once

#include "core/gaap/gaaptypes.h"

#include <QList>
#include <QStandardItemModel>
#include <QString>

// The items of a region combo box: a bold, disabled header per RegionArea (in the order the server
// lists the areas), then that area's regions as "RegionName (RegionId)", edge nodes marked
// " · edge". Region items carry their RegionId in RegionIdRole; headers carry nothing there, and
// cannot be selected, so a combo box's arrow keys step over them.
class RegionComboModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionComboModel)

public:
    static constexpr int RegionIdRole = Qt::UserRole;

    explicit RegionComboModel(QObject *parent = nullptr);

    void setRegions(const QList<RegionDetail> &regions);
    void setRegions(const QList<AccessRegionDetail> &regions);

    // The row of `regionId`, or -1.
    [[nodiscard]] int rowOf(const QString &regionId) const;
    [[nodiscard]] int regionCount() const { return m_regionCount; }

private:
    struct Entry
    {
        QString id;
        QString name;
        QString area;
        QString areaName;
        QString idcType;
        QString problem; // the server's entry cannot be used: shown, but not selectable
    };

    template<typename Detail>
    static QList<Entry> entries(const QList<Detail> &regions);
    void fill(const QList<Entry> &regions);

    int m_regionCount = 0;
};
