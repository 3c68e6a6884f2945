#include "ui/common/checktext.h"

#include "core/gaap/gaaptypes.h"

#include <QComboBox>
#include <QLocale>
#include <QStringList>

QString CheckText::packageType(const QString &value)
{
    if (value == QLatin1String("Thunder"))
        return tr("Standard connection (Thunder)");
    if (value == QLatin1String("Accelerator"))
        return tr("Game accelerator connection (Accelerator)");
    if (value == QLatin1String("CrossBorder"))
        return tr("Cross-border connection (CrossBorder)");
    return value;
}

void CheckText::showPackageTypes(QComboBox *combo)
{
    if (combo->count() == 0) {
        for (const QString &type : GaapValues::packageTypes())
            combo->addItem(packageType(type), type);
        return;
    }
    for (int row = 0; row < combo->count(); ++row)
        combo->setItemText(row, packageType(combo->itemData(row).toString()));
}

QList<std::pair<QString, QString>> CheckText::networkTypeItems(const RegionDetail *origin)
{
    QList<std::pair<QString, QString>> items;
    for (const QString &type : origin ? origin->offeredNetworkTypes() : QStringList())
        items.append({networkType(type), type});
    return items;
}

QString CheckText::unusableRegion(const QString &text)
{
    return tr("%1 — unusable", "a region whose entry in the server's list is broken").arg(text);
}

QString CheckText::unusableReason(const QString &problem)
{
    return tr("The server's entry for this region cannot be used: %1").arg(problem);
}

QString CheckText::networkType(const QString &value)
{
    if (value == QLatin1String("normal"))
        return tr("Standard BGP (normal)");
    if (value == QLatin1String("cn2"))
        return tr("Premium BGP (cn2)");
    if (value == QLatin1String("triple"))
        return tr("Triple-carrier (triple)");
    if (value == QLatin1String("secure_eip"))
        return tr("Custom secure EIP (secure_eip)");
    return value; // a type this version does not know: the server's name
}

QString CheckText::bandwidth(qint64 mbps)
{
    return tr("%1 Mbps").arg(mbps);
}

QString CheckText::concurrent(qint64 tenThousands)
{
    return tr("%1 × 10,000").arg(tenThousands);
}

QString CheckText::relativeTime(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    // Singular and plural spelled out: the app ships no English .qm to resolve "%n minute(s)".
    if (minutes < 60)
        return minutes == 1 ? tr("a minute ago") : tr("%1 minutes ago").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return hours == 1 ? tr("an hour ago") : tr("%1 hours ago").arg(hours);
    return tr("%1 days ago").arg(hours / 24);
}

QString CheckText::localTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString CheckText::utcTime(const QDateTime &time)
{
    return tr("%1 (UTC)").arg(time.toUTC().toString(Qt::ISODate));
}

QString CheckText::listState(const RegionLists::ListStatus &status, const QDateTime &now)
{
    using State = RegionLists::ListState;
    QString text;
    bool refreshLink = false;
    switch (status.state) {
    case State::Empty: break;
    case State::Loading: text = tr("Loading…"); break;
    case State::Fresh: text = tr("fetched %1").arg(relativeTime(status.fetchedAt, now)); break;
    case State::Cached: text = tr("cached, fetched %1").arg(relativeTime(status.fetchedAt, now)); break;
    case State::Stale:
        text = tr("stale: fetched %1").arg(localTime(status.fetchedAt).left(16));
        refreshLink = !status.refreshing;
        break;
    case State::Failed: text = tr("could not be loaded (see below)"); break;
    }
    if (status.refreshing)
        text = tr("%1 · refreshing…").arg(text);
    else if (!status.error.isNone() && status.state != State::Failed && status.state != State::Loading)
        text = tr("%1 · refresh failed").arg(text);
    QString html = text.toHtmlEscaped();
    if (refreshLink)
        html += QStringLiteral(" — <a href=\"refresh\">") + tr("refresh").toHtmlEscaped() + QStringLiteral("</a>");
    return html;
}

QString CheckText::listPlaceholder(const RegionLists::ListStatus &status, int count, const QString &choose,
                                   const QString &none)
{
    if (status.state == RegionLists::ListState::Loading)
        return tr("Loading…");
    if (status.state == RegionLists::ListState::Failed)
        return tr("Not available (see below)");
    return count == 0 && status.state != RegionLists::ListState::Empty ? none : choose;
}

QString CheckText::listFailure(const RegionLists::ListStatus &status, const QString &failed,
                               const QString &refreshFailed)
{
    if (status.error.isNone() || status.refreshing || status.state == RegionLists::ListState::Loading)
        return {};
    return (status.state == RegionLists::ListState::Failed ? failed : refreshFailed) + u'\n' + status.error.describe();
}

QString CheckText::money(std::optional<double> amount, const QString &currency)
{
    if (!amount)
        return tr("not given");
    const QString number = QLocale().toString(*amount, 'f', 2);
    return currency.isEmpty() ? number : tr("%1 %2", "amount, currency").arg(number, currency);
}

QString CheckText::price(const PriceOutcome &outcome)
{
    if (!outcome.quote) {
        QStringList references{outcome.error.code()};
        if (!outcome.error.requestId().isEmpty())
            references.append(tr("RequestId %1").arg(outcome.error.requestId()));
        return tr("Price unavailable: %1 (%2)").arg(outcome.error.title(), references.join(tr(", ")));
    }
    const PriceQuote &quote = *outcome.quote;
    QString text =
        tr("Daily price: %1 · with discount: %2")
            .arg(money(quote.proxyDailyPrice, quote.currency), money(quote.discountProxyDailyPrice, quote.currency));
    // Billed by traffic: the fee per GB comes on top (the API gives it only then).
    if (quote.flowUnitPrice || quote.discountFlowUnitPrice)
        text +=
            u'\n'
            + tr("Traffic fee: %1 per GB · with discount: %2")
                  .arg(money(quote.flowUnitPrice, quote.currency), money(quote.discountFlowUnitPrice, quote.currency));
    // The bandwidth fee comes on top, per Mbps and day, from the tier the chosen bandwidth falls in.
    const qint64 mbps = outcome.request.bandwidth;
    for (const BandwidthPriceTier &tier : quote.bandwidthTiers) {
        if (mbps < tier.fromMbps || (tier.toMbps && mbps > *tier.toMbps))
            continue;
        const QString range =
            tier.toMbps ? tr("%1–%2 Mbps").arg(tier.fromMbps).arg(*tier.toMbps) : tr("from %1 Mbps").arg(tier.fromMbps);
        text += u'\n'
                + tr("Bandwidth fee: %1 per Mbps and day · with discount: %2 (tier %3)")
                      .arg(money(tier.unitPrice, quote.currency), money(tier.discountUnitPrice, quote.currency), range);
        break;
    }
    return text;
}
