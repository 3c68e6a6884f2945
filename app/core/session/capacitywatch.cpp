#include "core/session/capacitywatch.h"

#include "core/gaap/gaapapi.h"
#include "core/gaap/gaapcall.h"

#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace {

constexpr std::chrono::milliseconds DefaultTick{2000};

} // namespace

QStringList WatchAnswer::newlyCreatableRegions(const std::optional<WatchAnswer> &before) const
{
    QStringList regions;
    if (state != State::CanCreate)
        return regions;
    for (const CheckRequest &now : creatable) {
        const bool hadIt = before && before->state == State::CanCreate
                           && std::any_of(before->creatable.cbegin(), before->creatable.cend(),
                                          [&now](const CheckRequest &then) { return then == now; });
        if (!hadIt)
            regions.append(now.accessRegion);
    }
    return regions;
}

std::optional<WatchAnswer> WatchAnswer::fromSearch(const RequirementSearch &search, const QDateTime &at)
{
    if (search.wasCancelled())
        return std::nullopt;
    WatchAnswer answer;
    answer.checkedAt = at;
    answer.candidates = search.candidates();
    if (!search.error().isNone()) {
        answer.error = search.error();
        answer.requestId = search.error().requestId();
        return answer;
    }
    bool answered = false;
    const ApiError *firstFailure = nullptr;
    for (const SearchCandidate &candidate : answer.candidates) {
        switch (candidate.state) {
        case SearchCandidate::State::CanCreate:
            answer.creatable.append(candidate.checkRequest(search.requirement()));
            answered = true;
            break;
        case SearchCandidate::State::CannotCreate: answered = true; break;
        case SearchCandidate::State::Failed:
            if (!firstFailure)
                firstFailure = &candidate.error;
            break;
        default: break;
        }
    }
    std::sort(answer.creatable.begin(), answer.creatable.end(),
              [](const CheckRequest &a, const CheckRequest &b) { return a.accessRegion < b.accessRegion; });
    if (!answered && firstFailure) {
        answer.error = *firstFailure;
        answer.requestId = firstFailure->requestId();
        return answer;
    }
    answer.state = answer.creatable.isEmpty() ? State::CannotCreate : State::CanCreate;
    return answer;
}

CapacityWatch::CapacityWatch(GaapApi *api, CheckRequest request, std::chrono::seconds interval, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_request(std::move(request))
    , m_interval(std::max(interval, MinimumInterval))
    , m_wallClock([] { return QDateTime::currentDateTimeUtc(); })
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
    , m_ticker(new QTimer(this))
{
    Q_ASSERT(api);
    m_ticker->setInterval(DefaultTick);
    connect(m_ticker, &QTimer::timeout, this, &CapacityWatch::tick);
}

CapacityWatch::CapacityWatch(GaapApi *api, Requirement requirement, std::chrono::seconds interval, QObject *parent)
    : CapacityWatch(api, CheckRequest(), interval, parent)
{
    requirement.billing.reset(); // nothing is priced
    m_requirement = std::move(requirement);
}

CapacityWatch::~CapacityWatch()
{
    delete m_call.data(); // ends silently
}

void CapacityWatch::setTickInterval(std::chrono::milliseconds interval)
{
    m_ticker->setInterval(interval);
}

void CapacityWatch::setInterval(std::chrono::seconds interval)
{
    m_interval = std::max(interval, MinimumInterval);
    if (m_running && m_due.isValid() && m_last)
        m_due = m_last->checkedAt.addSecs(m_interval.count()); // tick() sends it when that is past
}

void CapacityWatch::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_ticker->interval() > 0)
        m_ticker->start();
    check();
}

void CapacityWatch::stop()
{
    m_running = false;
    m_ticker->stop();
    delete m_call.data();
    m_call = nullptr;
    m_search.reset(); // its calls end silently
    m_due = QDateTime();
}

void CapacityWatch::tick()
{
    if (!m_running || isChecking())
        return;
    const QDateTime now = m_wallClock();
    // A clock set back by more than an interval would stop the watch: the schedule starts again from now.
    const auto longest = std::chrono::duration_cast<std::chrono::milliseconds>(m_interval * (1.0 + Jitter));
    if (m_due.isValid() && now.msecsTo(m_due) > longest.count())
        m_due = now.addMSecs(m_interval.count() * 1000);
    if (!m_due.isValid() || now >= m_due)
        check();
}

void CapacityWatch::check()
{
    m_due = QDateTime();
    if (m_requirement)
        return search();
    CheckCall *call = m_api->checkProxyCreate(m_request, m_offered ? &*m_offered : nullptr);
    m_call = call;
    ++m_checks;
    connect(call, &GaapCall::finished, this, [this, call] {
        m_call = nullptr; // it deletes itself
        WatchAnswer answer;
        answer.checkedAt = m_wallClock();
        answer.requestId = call->requestId();
        if (call->isOk()) {
            answer.state = call->result().canCreate ? WatchAnswer::State::CanCreate : WatchAnswer::State::CannotCreate;
            if (!call->result().requestId.isEmpty())
                answer.requestId = call->result().requestId;
        } else {
            answer.error = call->error();
            if (!answer.error.requestId().isEmpty())
                answer.requestId = answer.error.requestId();
        }
        take(std::move(answer));
    });
}

void CapacityWatch::search()
{
    m_search = std::make_unique<RequirementSearch>(m_api, *m_requirement);
    m_search->setPricing(false);
    ++m_checks;
    connect(m_search.get(), &RequirementSearch::finished, this, [this] {
        // Deleted later: it is the one emitting.
        RequirementSearch *done = m_search.release();
        done->deleteLater();
        if (std::optional<WatchAnswer> answer = WatchAnswer::fromSearch(*done, m_wallClock()))
            take(std::move(*answer));
    });
    m_search->start();
}

void CapacityWatch::take(WatchAnswer answer)
{
    const bool isChange = !m_last || !m_last->sameAs(answer);
    m_last = answer;
    schedule();
    if (isChange)
        Q_EMIT changed(answer);
    Q_EMIT answered(answer);
}

void CapacityWatch::schedule()
{
    if (!m_running)
        return;
    const double factor = 1.0 + Jitter * (2.0 * m_random() - 1.0);
    m_due = m_wallClock().addMSecs(static_cast<qint64>(static_cast<double>(m_interval.count()) * 1000.0 * factor));
}
