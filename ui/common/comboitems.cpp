#include "ui/common/comboitems.h"

#include "ui/common/checktext.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace {

constexpr int DataRole = Qt::UserRole;

} // namespace

QString ComboItems::value(const QComboBox *combo)
{
    return combo->currentIndex() < 0 ? QString() : combo->currentData(DataRole).toString();
}

void ComboItems::refill(QComboBox *combo, const QList<std::pair<QString, QString>> &items,
                        const QHash<QString, QString> &problems)
{
    const QString chosen = value(combo);
    const QSignalBlocker blocker(combo);
    combo->clear();
    int firstUsable = -1;
    for (const auto &[text, itemValue] : items) {
        const QString problem = problems.value(itemValue);
        combo->addItem(problem.isEmpty() ? text : CheckText::unusableRegion(text), itemValue);
        if (problem.isEmpty()) {
            firstUsable = firstUsable < 0 ? combo->count() - 1 : firstUsable;
            continue;
        }
        auto *model = qobject_cast<QStandardItemModel *>(combo->model());
        if (QStandardItem *item = model ? model->item(combo->count() - 1) : nullptr) {
            item->setFlags(Qt::NoItemFlags);
            item->setToolTip(CheckText::unusableReason(problem));
        }
    }
    const int row = combo->findData(chosen, DataRole);
    combo->setCurrentIndex(row >= 0 && !problems.contains(chosen) ? row : firstUsable);
}

bool ComboItems::choose(QComboBox *combo, const QString &value)
{
    const int row = value.isEmpty() ? -1 : combo->findData(value, DataRole);
    if (row < 0 || !(combo->model()->flags(combo->model()->index(row, 0)) & Qt::ItemIsEnabled))
        return false;
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(row);
    return true;
}

void ComboItems::refillOrigins(QComboBox *combo, const QList<RegionDetail> &origins)
{
    QList<std::pair<QString, QString>> items;
    QHash<QString, QString> problems;
    for (const RegionDetail &region : origins) {
        items.append({tr("%1 (%2)", "region name, RegionId").arg(region.regionName, region.regionId), region.regionId});
        if (!region.isUsable())
            problems.insert(region.regionId, region.problem);
    }
    refill(combo, items, problems);
}
