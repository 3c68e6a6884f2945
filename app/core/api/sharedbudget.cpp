#include "core/api/sharedbudget.h"

#include "core/common/lockedfile.h"
#include "core/common/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <utility>

namespace {

using std::chrono::milliseconds;

// A busy slot older than this is taken to be a leftover whatever its process (pid reuse): no request waits
// that long for its answer.
constexpr milliseconds LongestRequest{10 * 60 * 1000};

// Monotonic milliseconds; steady_clock is one clock for every process of the machine (CLOCK_MONOTONIC,
// QueryPerformanceCounter, mach time), and the budget's file does not outlive a reboot's runtime directory.
qint64 nowMs()
{
    return std::chrono::duration_cast<milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// The file's lines: "until <ms>" (end of a slow-down), "busy <pid> <ticket> <since ms>" (a request in flight),
// "free <ms>" (a slot that can be taken again at that time).
struct Slot
{
    qint64 pid = 0;
    qint64 ticket = 0; // 0: answered, free at freeAt
    qint64 since = 0;
    qint64 freeAt = 0;
    [[nodiscard]] bool isBusy() const { return ticket != 0; }
};

struct State
{
    qint64 slowUntil = 0;
    QList<Slot> slots;
};

State parse(const QByteArray &text)
{
    State state;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() == 2 && f.at(0) == "until")
            state.slowUntil = f.at(1).toLongLong();
        else if (f.size() == 2 && f.at(0) == "free")
            state.slots.append(Slot{0, 0, 0, f.at(1).toLongLong()});
        else if (f.size() == 4 && f.at(0) == "busy" && f.at(2).toLongLong() != 0)
            state.slots.append(Slot{f.at(1).toLongLong(), f.at(2).toLongLong(), f.at(3).toLongLong(), 0});
    }
    return state;
}

QByteArray serialize(const State &state)
{
    QByteArray text = "until " + QByteArray::number(state.slowUntil) + '\n';
    for (const Slot &slot : state.slots) {
        if (slot.isBusy())
            text += "busy " + QByteArray::number(slot.pid) + ' ' + QByteArray::number(slot.ticket) + ' '
                    + QByteArray::number(slot.since) + '\n';
        else
            text += "free " + QByteArray::number(slot.freeAt) + '\n';
    }
    return text;
}

// Frees the slots of dead processes (one window from now: their request may just have reached the server),
// drops the slots whose window is over and anything from the future (a clock from before a reboot).
void tidy(State &state, qint64 now, milliseconds window)
{
    for (Slot &slot : state.slots) {
        if (slot.isBusy() && (now - slot.since > LongestRequest.count() || !LockedFile::isProcessRunning(slot.pid)))
            slot = Slot{0, 0, 0, now + window.count()};
    }
    state.slots.erase(std::remove_if(state.slots.begin(), state.slots.end(),
                                     [now, window](const Slot &slot) {
                                         return slot.isBusy()
                                                    ? slot.since > now
                                                    : slot.freeAt <= now || slot.freeAt > now + window.count();
                                     }),
                      state.slots.end());
    if (state.slowUntil > now + std::chrono::milliseconds(SharedBudget::SlowDownFor).count())
        state.slowUntil = 0;
}

QString defaultDirectory()
{
    const QString configured = qEnvironmentVariable("GAAP_SHARED_BUDGET_DIR");
    if (!configured.isEmpty())
        return configured;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return runtime + QStringLiteral("/gaap-capacity-check");
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("user")));
    return QDir::tempPath() + QStringLiteral("/gaap-capacity-check-") + user;
}

qint64 nextTicket()
{
    static qint64 last = 0; // GUI thread only, as RateLimiter
    return ++last;
}

} // namespace

SharedBudget::SharedBudget(QString directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{
    QDir().mkpath(m_directory);
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

SharedBudget &SharedBudget::forThisUser()
{
    static SharedBudget budget;
    return budget;
}

QString SharedBudget::fileFor(const QString &budget) const
{
    // The name says nothing about the account or the service.
    const QByteArray key = QCryptographicHash::hash(budget.toUtf8(), QCryptographicHash::Sha256);
    return m_directory + QStringLiteral("/budget-") + QString::fromLatin1(key.toHex().left(24));
}

SharedBudget::Grant SharedBudget::acquire(const QString &budget, int limit, milliseconds window)
{
    LockedFile file(fileFor(budget));
    if (!file.isLocked()) {
        if (!std::exchange(m_warned, true))
            qCWarning(lcGaapNet) << "shared request budget unavailable in" << m_directory
                                 << "; this process paces itself only";
        return Grant{nextTicket(), milliseconds(0)};
    }
    const qint64 now = nowMs();
    State state = parse(file.readAll());
    tidy(state, now, window);
    const int effective = now < state.slowUntil ? std::max(1, limit / 2) : limit;
    if (state.slots.size() < effective) {
        const Grant grant{nextTicket(), milliseconds(0)};
        state.slots.append(Slot{QCoreApplication::applicationPid(), grant.ticket, now, 0});
        file.replaceContents(serialize(state));
        return grant;
    }
    // A busy slot is free one window after its answer at the earliest.
    qint64 wait = window.count();
    for (const Slot &slot : std::as_const(state.slots))
        if (!slot.isBusy())
            wait = std::min(wait, slot.freeAt - now);
    file.replaceContents(serialize(state));
    return Grant{0, milliseconds(std::max<qint64>(1, wait))};
}

void SharedBudget::release(const QString &budget, qint64 ticket, milliseconds window)
{
    LockedFile file(fileFor(budget));
    if (!file.isLocked())
        return;
    const qint64 now = nowMs();
    State state = parse(file.readAll());
    const qint64 pid = QCoreApplication::applicationPid();
    for (Slot &slot : state.slots)
        if (slot.ticket == ticket && slot.pid == pid)
            slot = Slot{0, 0, 0, now + window.count()};
    tidy(state, now, window);
    file.replaceContents(serialize(state));
}

void SharedBudget::slowDown(const QString &budget)
{
    LockedFile file(fileFor(budget));
    if (!file.isLocked())
        return;
    State state = parse(file.readAll());
    state.slowUntil = nowMs() + milliseconds(SlowDownFor).count();
    file.replaceContents(serialize(state));
}
