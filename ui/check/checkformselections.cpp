#include "ui/check/checkformselections.h"

#include "ui/check/groupchooser.h"
#include "ui/check/regioncombomodel.h"
#include "ui/common/comboitems.h"
#include "ui_checkform.h"

#include <QJsonValue>
#include <QSignalBlocker>

namespace {

constexpr int DataRole = Qt::UserRole; // the API value of an item (RegionComboModel::RegionIdRole too)
static_assert(DataRole == RegionComboModel::RegionIdRole);

// The keys of toJson().
const QString OriginKey = QStringLiteral("origin");
const QString AccessKey = QStringLiteral("access");
const QString NetworkTypeKey = QStringLiteral("networkType");
const QString BandwidthKey = QStringLiteral("bandwidth");
const QString ConcurrentKey = QStringLiteral("concurrent");
const QString IpVersionKey = QStringLiteral("ipVersion");
const QString QualityKey = QStringLiteral("quality"); // "silver"; absent: gold, the API's default
const QString PackageTypeKey = QStringLiteral("packageType");
const QString GroupIdKey = QStringLiteral("groupId");

struct RememberedList
{
    QString key;
    QComboBox *Ui::CheckForm::*combo;
    bool numeric;
};
const RememberedList RememberedLists[] = {
    {OriginKey, &Ui::CheckForm::originCombo, false},           {AccessKey, &Ui::CheckForm::accessCombo, false},
    {NetworkTypeKey, &Ui::CheckForm::networkTypeCombo, false}, {BandwidthKey, &Ui::CheckForm::bandwidthCombo, true},
    {ConcurrentKey, &Ui::CheckForm::concurrencyCombo, true},
};

} // namespace

CheckFormSelections::CheckFormSelections(const Ui::CheckForm *ui, GroupChooser *groups, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
    , m_groups(groups)
{
    Q_ASSERT(ui && groups);
    // Any change of a list's choice, by the operator or by code, is remembered; refill() (and the form, where it
    // chooses again) blocks the combo's signals, so a list that stops offering a choice does not forget it.
    for (const RememberedList &list : RememberedLists) {
        QComboBox *combo = m_ui->*list.combo;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] { remember(combo); });
    }
}

QJsonObject CheckFormSelections::toJson() const
{
    // The wanted value, not only the shown one: a choice whose list is still loading is kept.
    QJsonObject out{{IpVersionKey, ComboItems::value(m_ui->ipVersionCombo)},
                    {PackageTypeKey, ComboItems::value(m_ui->packageTypeCombo)}};
    for (const RememberedList &list : RememberedLists) {
        const QVariant wanted = m_wanted.value(m_ui->*list.combo);
        if (wanted.isValid())
            out.insert(list.key, list.numeric ? QJsonValue(wanted.toLongLong()) : QJsonValue(wanted.toString()));
    }
    if (const QString groupId = m_groups->groupId(); !groupId.isEmpty())
        out.insert(GroupIdKey, groupId);
    if (m_ui->qualityCombo->currentIndex() == 1)
        out.insert(QualityKey, QStringLiteral("silver"));
    return out;
}

CheckRequest CheckFormSelections::toRequest() const
{
    const QJsonObject chosen = toJson();
    CheckRequest request;
    request.originRegion = chosen.value(OriginKey).toString();
    request.accessRegion = chosen.value(AccessKey).toString();
    request.networkType = chosen.value(NetworkTypeKey).toString();
    request.bandwidth = chosen.value(BandwidthKey).toInteger();
    request.concurrent = chosen.value(ConcurrentKey).toInteger();
    request.ipVersion = chosen.value(IpVersionKey).toString();
    request.packageType = chosen.value(PackageTypeKey).toString();
    request.groupId = chosen.value(GroupIdKey).toString();
    return request;
}

QJsonObject CheckFormSelections::fromRequest(const CheckRequest &request)
{
    return QJsonObject{
        {OriginKey, request.originRegion},     {AccessKey, request.accessRegion},
        {NetworkTypeKey, request.networkType}, {BandwidthKey, request.bandwidth},
        {ConcurrentKey, request.concurrent},   {IpVersionKey, request.ipVersion},
        {PackageTypeKey, request.packageType}, {GroupIdKey, request.groupId},
    };
}

void CheckFormSelections::restore(const QJsonObject &selections)
{
    for (const RememberedList &list : RememberedLists) {
        const QJsonValue value = selections.value(list.key);
        QVariant wanted;
        if (list.numeric && value.isDouble())
            wanted = QVariant(static_cast<qint64>(value.toDouble()));
        else if (!list.numeric && value.isString())
            wanted = QVariant(value.toString());
        m_wanted.insert(m_ui->*list.combo, wanted);
    }
    for (const auto &[combo, key] :
         {std::pair{m_ui->ipVersionCombo, IpVersionKey}, std::pair{m_ui->packageTypeCombo, PackageTypeKey}}) {
        const int row = combo->findData(selections.value(key).toString(), DataRole);
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(row >= 0 ? row : 0);
    }
    m_groups->setGroupId(selections.value(GroupIdKey).toString());
    const QSignalBlocker blocker(m_ui->qualityCombo);
    m_ui->qualityCombo->setCurrentIndex(selections.value(QualityKey).toString() == QLatin1String("silver") ? 1 : 0);
}

void CheckFormSelections::remember(const QComboBox *combo)
{
    if (combo->currentIndex() >= 0)
        m_wanted.insert(combo, combo->currentData(DataRole));
}

void CheckFormSelections::chooseWanted(QComboBox *combo, int fallbackRow) const
{
    const QVariant wanted = m_wanted.value(combo);
    int row = wanted.isValid() ? combo->findData(wanted, DataRole) : -1;
    if (row < 0)
        row = fallbackRow < combo->count() ? fallbackRow : -1;
    combo->setCurrentIndex(row);
}

void CheckFormSelections::refill(QComboBox *combo, const QList<std::pair<QString, QVariant>> &items,
                                 int fallbackRow) const
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
    chooseWanted(combo, fallbackRow);
}
