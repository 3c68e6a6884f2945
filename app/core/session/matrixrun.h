#pragma once

#include "core/api/apierror.h"
#include "core/gaap/gaaptypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

class CheckCall;
class GaapApi;

// One cell of a capacity matrix: an access region × bandwidth × concurrency for the run's origin.
struct MatrixCell
{
    enum class State { Pending, Running, CanCreate, CannotCreate, Error };

    QString accessRegion;
    qint64 bandwidth = 0;
    qint64 concurrent = 0;
    State state = State::Pending;
    QString requestId; // of the answer, or of the error when the server gave one
    ApiError error;    // when state is Error
    QDateTime checkedAt;

    [[nodiscard]] bool isDone() const
    {
        return state == State::CanCreate || state == State::CannotCreate || state == State::Error;
    }
};

// What a matrix is asked for: one origin with its options, and the access regions (with their offered
// lists) to check. Empty `bandwidths` / `concurrents` mean "every value the region offers"; otherwise
// only the listed values that the region offers are checked.
struct MatrixRequest
{
    QString originRegion;
    QString ipVersion;
    QString packageType;
    QString networkType;
    QList<AccessRegionDetail> accessRegions;
    QList<qint64> bandwidths;
    QList<qint64> concurrents;

    [[nodiscard]] CheckRequest checkFor(const MatrixCell &cell) const;
};

// The answers in one access region, and its largest configurations that can be created.
struct MatrixSummary
{
    QString accessRegion;
    int canCreate = 0;
    int cannotCreate = 0;
    int errors = 0;
    // The configurations (bandwidth, concurrent) that can be created and that no other one that can be created
    // exceeds in both, largest bandwidth first: one when a single configuration is the largest; 100 Mbps × 2 and
    // 50 Mbps × 10 are both listed, as neither is larger than the other.
    QList<std::pair<qint64, qint64>> largest;
    [[nodiscard]] int answered() const { return canCreate + cannotCreate + errors; }
    // Counts a configuration that can be created and keeps `largest` up to date.
    void addCreatable(qint64 bandwidth, qint64 concurrent);
};

// The bandwidths and concurrencies the cells of one access region use, each ascending: the columns
// and rows of that region's grid.
struct MatrixAxes
{
    QList<qint64> bandwidths;
    QList<qint64> concurrents;

    static MatrixAxes of(const QList<MatrixCell> &cells, const QString &accessRegion);
};

// Checks every cell of a MatrixRequest through GaapApi (so through the shared RateLimiter: at the
// 20 requests/s ceiling, never above). Cells stay visible when the run is cancelled or fails.
class MatrixRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixRun)

public:
    using Clock = std::function<std::chrono::milliseconds()>; // monotonic, for the ETA

    MatrixRun(GaapApi *api, MatrixRequest request, QObject *parent = nullptr, Clock clock = {});
    ~MatrixRun() override;

    void start();
    // Stops sending; cells not answered yet go back to Pending. Emits finished().
    void cancel();
    // Sends the cells in Error again (after an error or a cancel).
    void recheckFailed();

    [[nodiscard]] const MatrixRequest &request() const { return m_request; }
    [[nodiscard]] const QList<MatrixCell> &cells() const { return m_cells; }
    [[nodiscard]] int doneCount() const;
    [[nodiscard]] int totalCount() const { return static_cast<int>(m_cells.size()); }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }
    // Estimated time left, from the pace so far; nullopt until a few answers arrived.
    [[nodiscard]] std::optional<std::chrono::milliseconds> eta() const;
    [[nodiscard]] QList<MatrixSummary> summaries() const;

Q_SIGNALS:
    void cellChanged(int index);
    void progress(int done, int total);
    void finished(); // completed, cancelled, or every remaining cell failed

private:
    void sendAll(const QList<int> &indexes); // begins a run with these cells
    void send(int index);
    void answer(int index, const CheckCall *call);
    void finishIfIdle();

    GaapApi *m_api;
    MatrixRequest m_request;
    Clock m_clock;
    QList<MatrixCell> m_cells;
    QList<QPointer<CheckCall>> m_calls;
    std::chrono::milliseconds m_startedAt{0};
    int m_answeredSinceStart = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
