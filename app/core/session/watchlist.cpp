#include "core/session/watchlist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QUuid>

namespace {

const QString EntriesKey = QStringLiteral("watches/entries");

} // namespace

QJsonObject WatchEntry::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("profile"), profile},
                       {QStringLiteral("intervalSeconds"), static_cast<qint64>(interval.count())},
                       {QStringLiteral("request"), request.toParameters()}};
    if (last) {
        object.insert(QStringLiteral("lastResult"), last->resultWord());
        object.insert(QStringLiteral("lastCheckedAt"), last->checkedAt.toString(Qt::ISODateWithMs));
        object.insert(QStringLiteral("lastRequestId"), last->requestId);
    }
    return object;
}

std::optional<WatchEntry> WatchEntry::fromJson(const QJsonObject &object)
{
    WatchEntry entry;
    entry.id = object.value(QStringLiteral("id")).toString();
    entry.profile = object.value(QStringLiteral("profile")).toString();
    entry.interval = std::max(CapacityWatch::MinimumInterval,
                              std::chrono::seconds(object.value(QStringLiteral("intervalSeconds")).toInteger(300)));
    const QJsonObject p = object.value(QStringLiteral("request")).toObject();
    CheckRequest &r = entry.request;
    r.accessRegion = p.value(QStringLiteral("AccessRegion")).toString();
    r.originRegion = p.value(QStringLiteral("RealServerRegion")).toString();
    r.bandwidth = p.value(QStringLiteral("Bandwidth")).toInteger();
    r.concurrent = p.value(QStringLiteral("Concurrent")).toInteger();
    r.groupId = p.value(QStringLiteral("GroupId")).toString();
    r.ipVersion = p.value(QStringLiteral("IPAddressVersion")).toString();
    r.networkType = p.value(QStringLiteral("NetworkType")).toString();
    r.packageType = p.value(QStringLiteral("PackageType")).toString();
    if (entry.id.isEmpty() || r.accessRegion.isEmpty() || r.originRegion.isEmpty() || r.bandwidth <= 0
        || r.concurrent <= 0)
        return std::nullopt; // a hand-edited or damaged entry is dropped, not guessed
    const QString result = object.value(QStringLiteral("lastResult")).toString();
    if (!result.isEmpty()) {
        WatchAnswer last;
        last.state = result == QLatin1String("can")      ? WatchAnswer::State::CanCreate
                     : result == QLatin1String("cannot") ? WatchAnswer::State::CannotCreate
                                                         : WatchAnswer::State::Failed;
        last.checkedAt = QDateTime::fromString(object.value(QStringLiteral("lastCheckedAt")).toString(), Qt::ISODate);
        last.requestId = object.value(QStringLiteral("lastRequestId")).toString();
        entry.last = last;
    }
    return entry;
}

WatchList::WatchList(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    const QJsonArray array = QJsonDocument::fromJson(m_settings->value(EntriesKey).toByteArray()).array();
    for (const QJsonValue &value : array) {
        if (std::optional<WatchEntry> entry = WatchEntry::fromJson(value.toObject()))
            m_entries.append(*entry);
    }
}

WatchList::~WatchList() = default;

const WatchEntry *WatchList::entry(const QString &id) const
{
    for (const WatchEntry &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

WatchEntry *WatchList::find(const QString &id)
{
    return const_cast<WatchEntry *>(std::as_const(*this).entry(id));
}

QString WatchList::add(const CheckRequest &request, const QString &profile, std::chrono::seconds interval)
{
    for (const WatchEntry &e : std::as_const(m_entries)) {
        if (e.request == request && e.profile == profile)
            return e.id;
    }
    WatchEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.request = request;
    entry.profile = profile;
    entry.interval = std::max(interval, CapacityWatch::MinimumInterval);
    m_entries.append(entry);
    save();
    if (m_api && profile == m_profile)
        start(entry);
    Q_EMIT listChanged();
    return entry.id;
}

void WatchList::remove(const QString &id)
{
    drop(id);
    m_entries.removeIf([&id](const WatchEntry &e) { return e.id == id; });
    save();
    Q_EMIT listChanged();
}

void WatchList::setInterval(const QString &id, std::chrono::seconds interval)
{
    WatchEntry *e = find(id);
    if (!e)
        return;
    e->interval = std::max(interval, CapacityWatch::MinimumInterval);
    save();
    if (m_watches.contains(id)) {
        drop(id);
        start(*e);
    }
    Q_EMIT listChanged();
}

void WatchList::run(GaapApi *api, const QString &profile)
{
    for (const QString &id : m_watches.keys())
        drop(id);
    m_api = profile.isEmpty() ? nullptr : api;
    m_profile = profile;
    if (m_api) {
        for (const WatchEntry &e : std::as_const(m_entries)) {
            if (e.profile == profile)
                start(e);
        }
    }
    Q_EMIT listChanged();
}

bool WatchList::isRunning(const QString &id) const
{
    return m_watches.contains(id);
}

QDateTime WatchList::nextCheckAt(const QString &id) const
{
    const CapacityWatch *watch = m_watches.value(id);
    return watch ? watch->nextCheckAt() : QDateTime();
}

void WatchList::start(const WatchEntry &entry)
{
    auto *watch = new CapacityWatch(m_api, entry.request, entry.interval, this);
    const QString id = entry.id;
    connect(watch, &CapacityWatch::answered, this, [this, id](const WatchAnswer &answer) {
        WatchEntry *e = find(id);
        if (!e)
            return;
        const bool couldNot = !e->last || e->last->state != WatchAnswer::State::CanCreate;
        e->last = answer;
        save();
        Q_EMIT answered(*e, answer);
        if (couldNot && answer.state == WatchAnswer::State::CanCreate)
            Q_EMIT becameCreatable(*e);
        Q_EMIT listChanged();
    });
    m_watches.insert(id, watch);
    watch->start();
}

void WatchList::drop(const QString &id)
{
    if (CapacityWatch *watch = m_watches.take(id)) {
        watch->stop();
        watch->disconnect(this);
        watch->deleteLater();
    }
}

void WatchList::save()
{
    QJsonArray array;
    for (const WatchEntry &e : std::as_const(m_entries))
        array.append(e.toJson());
    m_settings->setValue(EntriesKey, QJsonDocument(array).toJson(QJsonDocument::Compact));
    m_settings->sync();
}
