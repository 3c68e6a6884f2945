#include "ui/check/regioncombomodel.h"

#include "ui/common/checktext.h"

#include <QFont>
#include <QStandardItem>
#include <QStringList>

RegionComboModel::RegionComboModel(QObject *parent)
    : QStandardItemModel(parent)
{
}

void RegionComboModel::setRegions(const QList<RegionDetail> &regions)
{
    fill(entries(regions));
}

void RegionComboModel::setRegions(const QList<AccessRegionDetail> &regions)
{
    fill(entries(regions));
}

int RegionComboModel::rowOf(const QString &regionId) const
{
    if (regionId.isEmpty())
        return -1;
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row)->data(RegionIdRole).toString() == regionId)
            return row;
    }
    return -1;
}

template<typename Detail>
QList<RegionComboModel::Entry> RegionComboModel::entries(const QList<Detail> &regions)
{
    QList<Entry> out;
    out.reserve(regions.size());
    for (const Detail &region : regions)
        out.append({region.regionId, region.regionName, region.regionArea, region.regionAreaName, region.idcType,
                    region.problem});
    return out;
}

void RegionComboModel::fill(const QList<Entry> &regions)
{
    clear();
    m_regionCount = 0;
    // Areas in the order the server lists them first; a region without an area goes under "Other".
    QStringList areas;
    for (const Entry &region : regions) {
        if (!areas.contains(region.area))
            areas.append(region.area);
    }
    QFont headerFont;
    headerFont.setBold(true);
    for (const QString &area : areas) {
        QString areaName;
        QList<QStandardItem *> items;
        for (const Entry &region : regions) {
            if (region.area != area)
                continue;
            if (areaName.isEmpty())
                areaName = region.areaName;
            const QString name = !region.name.isEmpty() ? region.name
                                 : !region.id.isEmpty() ? region.id
                                                        : tr("no RegionId");
            QString text = tr("%1 (%2)", "region name, RegionId").arg(name, region.id);
            QString toolTip = tr("Data center");
            if (region.idcType == QLatin1String("ec")) {
                text = tr("%1 · edge", "a region that is an edge node").arg(text);
                toolTip = tr("Edge node");
            }
            auto *item = new QStandardItem(text);
            item->setData(region.id, RegionIdRole);
            item->setToolTip(toolTip);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (!region.problem.isEmpty()) {
                item->setText(CheckText::unusableRegion(text));
                item->setToolTip(CheckText::unusableReason(region.problem));
                item->setFlags(Qt::NoItemFlags);
            }
            items.append(item);
        }
        if (areaName.isEmpty())
            areaName = area.isEmpty() ? tr("Other") : area;
        auto *header = new QStandardItem(areaName);
        header->setFont(headerFont);
        header->setFlags(Qt::NoItemFlags);
        header->setData(tr("Area: %1").arg(areaName), Qt::AccessibleTextRole);
        appendRow(header);
        for (QStandardItem *item : items)
            appendRow(item);
        m_regionCount += static_cast<int>(items.size());
    }
}
