#include "core/session/watchlist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QUuid>

namespace {

const QString EntriesKey = QStringLiteral("watches/entries");
const QString SearchKind = QStringLiteral("search");

QJsonObject toJson(const Requirement &r)
{
    QJsonObject object{{QStringLiteral("RealServerRegion"), r.originRegion},
                       {QStringLiteral("MinBandwidth"), r.minBandwidth},
                       {QStringLiteral("MinConcurrent"), r.minConcurrent}};
    if (!r.ipVersion.isEmpty())
        object.insert(QStringLiteral("IPAddressVersion"), r.ipVersion);
    if (!r.packageType.isEmpty())
        object.insert(QStringLiteral("PackageType"), r.packageType);
    if (!r.networkType.isEmpty())
        object.insert(QStringLiteral("NetworkType"), r.networkType);
    return object;
}

std::optional<Requirement> requirementFromJson(const QJsonObject &p)
{
    Requirement r;
    r.originRegion = p.value(QStringLiteral("RealServerRegion")).toString();
    r.minBandwidth = p.value(QStringLiteral("MinBandwidth")).toInteger();
    r.minConcurrent = p.value(QStringLiteral("MinConcurrent")).toInteger();
    r.ipVersion = p.value(QStringLiteral("IPAddressVersion")).toString();
    r.packageType = p.value(QStringLiteral("PackageType")).toString();
    r.networkType = p.value(QStringLiteral("NetworkType")).toString();
    if (r.originRegion.isEmpty() || r.minBandwidth <= 0 || r.minConcurrent <= 0)
        return std::nullopt;
    return r;
}

CheckRequest requestFromJson(const QJsonObject &p)
{
    CheckRequest r;
    r.accessRegion = p.value(QStringLiteral("AccessRegion")).toString();
    r.originRegion = p.value(QStringLiteral("RealServerRegion")).toString();
    r.bandwidth = p.value(QStringLiteral("Bandwidth")).toInteger();
    r.concurrent = p.value(QStringLiteral("Concurrent")).toInteger();
    r.groupId = p.value(QStringLiteral("GroupId")).toString();
    r.ipVersion = p.value(QStringLiteral("IPAddressVersion")).toString();
    r.networkType = p.value(QStringLiteral("NetworkType")).toString();
    r.packageType = p.value(QStringLiteral("PackageType")).toString();
    return r;
}

bool isComplete(const CheckRequest &r)
{
    return !r.accessRegion.isEmpty() && !r.originRegion.isEmpty() && r.bandwidth > 0 && r.concurrent > 0;
}

// The access regions where `entry` can be created with `answer` and could not before.
QStringList newlyCreatable(const WatchEntry &entry, const WatchAnswer &answer)
{
    if (entry.isSearch())
        return answer.newlyCreatableRegions(entry.last);
    const bool couldNot = !entry.last || entry.last->state != WatchAnswer::State::CanCreate;
    if (couldNot && answer.state == WatchAnswer::State::CanCreate)
        return {entry.request.accessRegion};
    return {};
}

} // namespace

bool WatchEntry::watchesTheSameAs(const WatchEntry &other) const
{
    if (profile != other.profile || isSearch() != other.isSearch())
        return false;
    return isSearch() ? requirement->sameSearchAs(*other.requirement) : request == other.request;
}

QJsonObject WatchEntry::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("profile"), profile},
                       {QStringLiteral("intervalSeconds"), static_cast<qint64>(interval.count())}};
    if (requirement) {
        object.insert(QStringLiteral("kind"), SearchKind);
        object.insert(QStringLiteral("requirement"), ::toJson(*requirement));
    } else {
        object.insert(QStringLiteral("request"), request.toParameters());
    }
    if (last) {
        object.insert(QStringLiteral("lastResult"), last->resultWord());
        object.insert(QStringLiteral("lastCheckedAt"), last->checkedAt.toString(Qt::ISODateWithMs));
        object.insert(QStringLiteral("lastRequestId"), last->requestId);
        if (requirement) {
            QJsonArray creatable;
            for (const CheckRequest &c : last->creatable)
                creatable.append(c.toParameters());
            object.insert(QStringLiteral("lastCreatable"), creatable);
        }
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
    if (object.value(QStringLiteral("kind")).toString() == SearchKind)
        entry.requirement = requirementFromJson(object.value(QStringLiteral("requirement")).toObject());
    else
        entry.request = requestFromJson(object.value(QStringLiteral("request")).toObject());
    if (entry.id.isEmpty() || (entry.isSearch() ? !entry.requirement : !isComplete(entry.request)))
        return std::nullopt; // a hand-edited or damaged entry (or one of a kind not known yet) is dropped, not guessed
    const QString result = object.value(QStringLiteral("lastResult")).toString();
    if (!result.isEmpty()) {
        WatchAnswer last;
        last.state = result == QLatin1String("can")      ? WatchAnswer::State::CanCreate
                     : result == QLatin1String("cannot") ? WatchAnswer::State::CannotCreate
                                                         : WatchAnswer::State::Failed;
        last.checkedAt = QDateTime::fromString(object.value(QStringLiteral("lastCheckedAt")).toString(), Qt::ISODate);
        last.requestId = object.value(QStringLiteral("lastRequestId")).toString();
        for (const QJsonValue &value : object.value(QStringLiteral("lastCreatable")).toArray()) {
            if (const CheckRequest c = requestFromJson(value.toObject()); isComplete(c))
                last.creatable.append(c);
        }
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
    WatchEntry entry;
    entry.request = request;
    entry.profile = profile;
    entry.interval = interval;
    return add(std::move(entry));
}

QString WatchList::add(const Requirement &requirement, const QString &profile, std::chrono::seconds interval)
{
    WatchEntry entry;
    entry.requirement = requirement;
    entry.requirement->billing.reset();
    entry.profile = profile;
    entry.interval = interval;
    return add(std::move(entry));
}

QString WatchList::add(WatchEntry entry)
{
    for (const WatchEntry &e : std::as_const(m_entries)) {
        if (e.watchesTheSameAs(entry))
            return e.id;
    }
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.interval = std::max(entry.interval, CapacityWatch::MinimumInterval);
    m_entries.append(entry);
    save();
    if (m_api && entry.profile == m_profile)
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
    if (CapacityWatch *watch = m_watches.value(id))
        watch->setInterval(e->interval); // not checked again now: a spin box sends every step
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
    auto *watch = entry.requirement ? new CapacityWatch(m_api, *entry.requirement, entry.interval, this)
                                    : new CapacityWatch(m_api, entry.request, entry.interval, this);
    const QString id = entry.id;
    connect(watch, &CapacityWatch::answered, this, [this, id](const WatchAnswer &answer) {
        WatchEntry *e = find(id);
        if (!e)
            return;
        const QStringList regions = newlyCreatable(*e, answer);
        e->last = answer;
        e->last->candidates.clear(); // only for the history: not kept
        save();
        Q_EMIT answered(*e, answer);
        if (!regions.isEmpty())
            Q_EMIT becameCreatable(*e, regions);
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
