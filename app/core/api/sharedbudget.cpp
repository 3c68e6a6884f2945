#include "core/api/sharedbudget.h"

#include "core/common/logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>

#include <algorithm>
#include <utility>

namespace {

// The file: "until <ms>" (the end of a slow-down, 0 for none), then one send time (ms since the epoch) a line.
struct State
{
    qint64 slowUntil = 0;
    QList<qint64> sends;
};

State readState(const QString &path)
{
    State state;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return state;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("until "))
            state.slowUntil = line.mid(6).toLongLong();
        else if (!line.trimmed().isEmpty())
            state.sends.append(line.trimmed().toLongLong());
    }
    return state;
}

void writeState(const QString &path, const State &state)
{
    QByteArray text = "until " + QByteArray::number(state.slowUntil) + '\n';
    for (const qint64 send : state.sends)
        text += QByteArray::number(send) + '\n';
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        qCWarning(lcGaapNet) << "shared request budget: cannot write" << path;
}

QString defaultDirectory()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return runtime + QStringLiteral("/gaap-capacity-check");
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("user")));
    return QDir::tempPath() + QStringLiteral("/gaap-capacity-check-") + user;
}

// Holds the lock of one budget file for as long as it lives; a lock older than this is a crashed holder's.
class BudgetLock
{
public:
    explicit BudgetLock(const QString &path)
        : m_lock(path + QStringLiteral(".lock"))
    {
        m_lock.setStaleLockTime(2000); // a holder keeps it for a millisecond or two
        m_locked = m_lock.tryLock(1000);
    }
    [[nodiscard]] bool isLocked() const { return m_locked; }

private:
    QLockFile m_lock;
    bool m_locked = false;
};

} // namespace

SharedBudget::SharedBudget(QString directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{
    QDir().mkpath(m_directory);
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

SharedBudget *SharedBudget::forThisUser()
{
    if (qEnvironmentVariable("GAAP_SHARED_BUDGET") == QLatin1String("off"))
        return nullptr;
    static SharedBudget budget;
    return &budget;
}

QString SharedBudget::fileFor(const QString &account, const QString &action) const
{
    // The SecretId is not a secret, but the file name need not show it either.
    const QByteArray key = QCryptographicHash::hash((account + u'\n' + action).toUtf8(), QCryptographicHash::Sha256);
    return m_directory + QStringLiteral("/budget-") + QString::fromLatin1(key.toHex().left(24));
}

std::chrono::milliseconds SharedBudget::reserve(const QString &account, const QString &action, int limit,
                                                std::chrono::milliseconds window)
{
    const QString path = fileFor(account, action);
    const BudgetLock lock(path);
    if (!lock.isLocked())
        return std::chrono::milliseconds(0);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    State state = readState(path);
    const int effective = now < state.slowUntil ? std::max(1, limit / 2) : limit;
    state.sends.erase(std::remove_if(state.sends.begin(), state.sends.end(),
                                     [now, window](qint64 send) { return send <= now - window.count() || send > now; }),
                      state.sends.end());
    std::sort(state.sends.begin(), state.sends.end());
    if (state.sends.size() >= effective) {
        const qint64 wait = state.sends.at(state.sends.size() - effective) + window.count() - now;
        return std::chrono::milliseconds(std::max<qint64>(1, wait));
    }
    state.sends.append(now);
    writeState(path, state);
    return std::chrono::milliseconds(0);
}

void SharedBudget::slowDown(const QString &account, const QString &action)
{
    const QString path = fileFor(account, action);
    const BudgetLock lock(path);
    if (!lock.isLocked())
        return;
    State state = readState(path);
    state.slowUntil = QDateTime::currentMSecsSinceEpoch() + std::chrono::milliseconds(SlowDownFor).count();
    writeState(path, state);
}
