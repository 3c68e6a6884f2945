#include "core/session/matrixrun.h"

#include "core/gaap/gaapapi.h"
#include "core/gaap/gaapcall.h"

#include <algorithm>
#include <functional>
#include <utility>

namespace {

constexpr int MinimumAnswersForEta = 3;

MatrixRun::Clock steadyClock()
{
    return [] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now().time_since_epoch());
    };
}

// The values `offered` holds, narrowed to `wanted` when that is not empty; ascending, without duplicates.
QList<qint64> chosen(const QList<qint64> &offered, const QList<qint64> &wanted)
{
    QList<qint64> values;
    for (const qint64 value : offered) {
        if (wanted.isEmpty() || wanted.contains(value))
            values.append(value);
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

} // namespace

CheckRequest MatrixRequest::checkFor(const MatrixCell &cell) const
{
    CheckRequest check;
    check.accessRegion = cell.accessRegion;
    check.originRegion = originRegion;
    check.bandwidth = cell.bandwidth;
    check.concurrent = cell.concurrent;
    check.ipVersion = ipVersion;
    check.networkType = networkType;
    check.packageType = packageType;
    return check;
}

MatrixRun::MatrixRun(GaapApi *api, MatrixRequest request, QObject *parent, Clock clock)
    : QObject(parent)
    , m_api(api)
    , m_request(std::move(request))
    , m_clock(clock ? std::move(clock) : steadyClock())
{
    Q_ASSERT(api);
    for (const AccessRegionDetail &region : std::as_const(m_request.accessRegions)) {
        const QList<qint64> bandwidths = chosen(region.bandwidthList, m_request.bandwidths);
        const QList<qint64> concurrents = chosen(region.concurrentList, m_request.concurrents);
        for (const qint64 concurrent : concurrents) {
            for (const qint64 bandwidth : bandwidths) {
                MatrixCell cell;
                cell.accessRegion = region.regionId;
                cell.bandwidth = bandwidth;
                cell.concurrent = concurrent;
                m_cells.append(cell);
            }
        }
    }
    m_calls.resize(m_cells.size());
}

MatrixRun::~MatrixRun()
{
    // Calls still out end silently with us.
    for (QPointer<CheckCall> &call : m_calls)
        delete call.data();
}

int MatrixRun::doneCount() const
{
    return static_cast<int>(
        std::count_if(m_cells.cbegin(), m_cells.cend(), [](const MatrixCell &c) { return c.isDone(); }));
}

void MatrixRun::start()
{
    if (m_running)
        return;
    QList<int> pending;
    for (int i = 0; i < totalCount(); ++i) {
        if (m_cells.at(i).state == MatrixCell::State::Pending)
            pending.append(i);
    }
    sendAll(pending);
}

void MatrixRun::recheckFailed()
{
    QList<int> failed;
    for (int i = 0; i < totalCount(); ++i) {
        if (m_cells.at(i).state == MatrixCell::State::Error)
            failed.append(i);
    }
    if (m_running) {
        for (const int index : std::as_const(failed))
            send(index);
        return;
    }
    sendAll(failed);
}

void MatrixRun::sendAll(const QList<int> &indexes)
{
    m_running = true;
    m_cancelled = false;
    m_startedAt = m_clock();
    m_answeredSinceStart = 0;
    for (const int index : indexes)
        send(index);
    finishIfIdle(); // nothing to send: the run is over at once
}

void MatrixRun::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_running = false;
    for (int i = 0; i < totalCount(); ++i) {
        if (m_cells.at(i).state != MatrixCell::State::Running)
            continue;
        delete m_calls[i].data(); // aborts silently: no finished() from it
        m_calls[i] = nullptr;
        m_cells[i].state = MatrixCell::State::Pending;
        Q_EMIT cellChanged(i);
    }
    Q_EMIT progress(doneCount(), totalCount());
    Q_EMIT finished();
}

std::optional<std::chrono::milliseconds> MatrixRun::eta() const
{
    if (!m_running || m_answeredSinceStart < MinimumAnswersForEta)
        return std::nullopt;
    const qint64 left =
        std::count_if(m_cells.cbegin(), m_cells.cend(), [](const MatrixCell &c) { return !c.isDone(); });
    const std::chrono::milliseconds elapsed = std::max(std::chrono::milliseconds(0), m_clock() - m_startedAt);
    return std::chrono::milliseconds(elapsed.count() * left / m_answeredSinceStart);
}

void MatrixSummary::addCreatable(qint64 bandwidth, qint64 concurrent)
{
    ++canCreate;
    const std::pair<qint64, qint64> size{bandwidth, concurrent};
    const auto covers = [](const std::pair<qint64, qint64> &a, const std::pair<qint64, qint64> &b) {
        return a.first >= b.first && a.second >= b.second;
    };
    for (const auto &other : std::as_const(largest)) {
        if (covers(other, size))
            return;
    }
    largest.removeIf([&](const std::pair<qint64, qint64> &other) { return covers(size, other); });
    largest.append(size);
    std::sort(largest.begin(), largest.end(), std::greater<>()); // largest bandwidth first
}

QList<MatrixSummary> MatrixRun::summaries() const
{
    QList<MatrixSummary> result;
    for (const AccessRegionDetail &region : std::as_const(m_request.accessRegions)) {
        MatrixSummary summary;
        summary.accessRegion = region.regionId;
        for (const MatrixCell &cell : m_cells) {
            if (cell.accessRegion != region.regionId)
                continue;
            switch (cell.state) {
            case MatrixCell::State::CanCreate: summary.addCreatable(cell.bandwidth, cell.concurrent); break;
            case MatrixCell::State::CannotCreate: ++summary.cannotCreate; break;
            case MatrixCell::State::Error: ++summary.errors; break;
            case MatrixCell::State::Pending:
            case MatrixCell::State::Running: break;
            }
        }
        result.append(summary);
    }
    return result;
}

void MatrixRun::send(int index)
{
    MatrixCell &cell = m_cells[index];
    cell.state = MatrixCell::State::Running;
    cell.error = ApiError();
    const AccessRegionDetail *offered = nullptr;
    for (const AccessRegionDetail &region : std::as_const(m_request.accessRegions)) {
        if (region.regionId == cell.accessRegion) {
            offered = &region;
            break;
        }
    }
    CheckCall *call = m_api->checkProxyCreate(m_request.checkFor(cell), offered);
    m_calls[index] = call;
    connect(call, &GaapCall::finished, this, [this, index, call] { answer(index, call); });
    Q_EMIT cellChanged(index);
}

void MatrixRun::answer(int index, const CheckCall *call)
{
    m_calls[index] = nullptr; // it deletes itself
    MatrixCell &cell = m_cells[index];
    cell.checkedAt = QDateTime::currentDateTimeUtc();
    cell.requestId = call->requestId();
    if (call->isOk()) {
        cell.state = call->result().canCreate ? MatrixCell::State::CanCreate : MatrixCell::State::CannotCreate;
        cell.error = ApiError();
    } else {
        cell.state = MatrixCell::State::Error;
        cell.error = call->error();
    }
    ++m_answeredSinceStart;
    Q_EMIT cellChanged(index);
    Q_EMIT progress(doneCount(), totalCount());
    finishIfIdle();
}

void MatrixRun::finishIfIdle()
{
    if (!m_running)
        return;
    const bool busy = std::any_of(m_cells.cbegin(), m_cells.cend(),
                                  [](const MatrixCell &c) { return c.state == MatrixCell::State::Running; });
    if (busy)
        return;
    m_running = false;
    Q_EMIT finished();
}

MatrixAxes MatrixAxes::of(const QList<MatrixCell> &cells, const QString &accessRegion)
{
    MatrixAxes axes;
    for (const MatrixCell &cell : cells) {
        if (cell.accessRegion != accessRegion)
            continue;
        if (!axes.bandwidths.contains(cell.bandwidth))
            axes.bandwidths.append(cell.bandwidth);
        if (!axes.concurrents.contains(cell.concurrent))
            axes.concurrents.append(cell.concurrent);
    }
    std::sort(axes.bandwidths.begin(), axes.bandwidths.end());
    std::sort(axes.concurrents.begin(), axes.concurrents.end());
    return axes;
}
