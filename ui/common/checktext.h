#pragma once

#include "core/session/checksession.h"
#include "core/session/regionlists.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <utility>

class QComboBox;

// How the check form and the result card word the API's values for people. The API's own values
// (RegionIds, "cn2", "Thunder") always stay visible beside the translated words.
class CheckText final
{
    Q_DECLARE_TR_FUNCTIONS(CheckText)

public:
    // "Standard connection (Thunder)"; an unknown value is returned as it is.
    static QString packageType(const QString &value);
    // Fills an empty combo box with GaapValues::packageTypes() (the value as item data), or words its items
    // again in the language now installed.
    static void showPackageTypes(QComboBox *combo);
    // "Standard BGP (normal)", "Premium BGP (cn2)".
    static QString networkType(const QString &value);
    // A region whose entry in the server's list is broken: its item text, and the tooltip with the reason.
    static QString unusableRegion(const QString &text);
    static QString unusableReason(const QString &problem);
    // What an origin offers (RegionDetail::offeredNetworkTypes()) as (shown text, value) pairs for a
    // combo box; empty for nullptr (no origin chosen).
    static QList<std::pair<QString, QString>> networkTypeItems(const RegionDetail *origin);
    static QString bandwidth(qint64 mbps);          // "10 Mbps"
    static QString concurrent(qint64 tenThousands); // "2 × 10,000"
    // "just now", "5 minutes ago", "3 hours ago", "2 days ago".
    static QString relativeTime(const QDateTime &then, const QDateTime &now);
    // Local date and time to the second, unambiguous in every language ("2024-05-12 10:32:05").
    static QString localTime(const QDateTime &time);
    static QString utcTime(const QDateTime &time); // "2024-05-12T02:32:05Z (UTC)"
    // Beside a region list, as rich text: "Loading…", "cached, fetched 5 minutes ago",
    // "stale: fetched 2024-05-12 10:32 — refresh" (a link to "refresh"), "could not be loaded".
    static QString listState(const RegionLists::ListStatus &status, const QDateTime &now);
    // The placeholder of a region combo: "Loading…", "Not available (see below)", `none` for an empty
    // list, else `choose`.
    static QString listPlaceholder(const RegionLists::ListStatus &status, int count, const QString &choose,
                                   const QString &none);
    // `failed` or `refreshFailed` and the error's describe(), when the last load failed; else empty.
    static QString listFailure(const RegionLists::ListStatus &status, const QString &failed,
                               const QString &refreshFailed);
    // "12.30 CNY"; "not given" when the server sent null.
    static QString money(std::optional<double> amount, const QString &currency);
    // "Daily price: … · discounted: …" or "Price unavailable: <title> (code, RequestId)".
    static QString price(const PriceOutcome &outcome);
};
