#include "core/session/capacitywatch.h"

#include "core/gaap/gaapapi.h"
#include "core/gaap/gaapcall.h"

#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace {

constexpr std::chrono::milliseconds DefaultTick{2000};

} // namespace

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

CapacityWatch::~CapacityWatch()
{
    delete m_call.data(); // ends silently
}

void CapacityWatch::setTickInterval(std::chrono::milliseconds interval)
{
    m_ticker->setInterval(interval);
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
    m_due = QDateTime();
}

void CapacityWatch::tick()
{
    if (!m_running || m_call)
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
        const bool isChange = !m_last || !m_last->sameAs(answer);
        m_last = answer;
        schedule();
        if (isChange)
            Q_EMIT changed(answer);
        Q_EMIT answered(answer);
    });
}

void CapacityWatch::schedule()
{
    if (!m_running)
        return;
    const double factor = 1.0 + Jitter * (2.0 * m_random() - 1.0);
    m_due = m_wallClock().addMSecs(static_cast<qint64>(static_cast<double>(m_interval.count()) * 1000.0 * factor));
}
