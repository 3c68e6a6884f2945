#include "cli/cliinterruption.h"

#include <QSocketNotifier>

#include <fcntl.h>
#include <unistd.h>

#include <csignal>

// The handler only writes one byte to a pipe (async-signal-safe); a QSocketNotifier on the other end
// turns it into interrupted() in the event loop.
namespace {

int wakeFds[2] = {-1, -1};

extern "C" void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(wakeFds[1], &byte, 1);
}

} // namespace

struct CliInterruption::Platform
{
    QSocketNotifier *notifier = nullptr;
    struct sigaction previousInt{};
    struct sigaction previousTerm{};
};

CliInterruption::CliInterruption(QObject *parent)
    : QObject(parent)
    , m_platform(new Platform)
{
    if (::pipe(wakeFds) != 0)
        return; // no pipe: the default handling (the process ends) stays
    for (const int fd : wakeFds)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(wakeFds[1], F_SETFL, O_NONBLOCK);
    m_platform->notifier = new QSocketNotifier(wakeFds[0], QSocketNotifier::Read, this);
    connect(m_platform->notifier, &QSocketNotifier::activated, this, [this] {
        char bytes[16];
        [[maybe_unused]] const ssize_t read = ::read(wakeFds[0], bytes, sizeof bytes);
        Q_EMIT interrupted();
    });
    struct sigaction action{};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &m_platform->previousInt);
    ::sigaction(SIGTERM, &action, &m_platform->previousTerm);
}

CliInterruption::~CliInterruption()
{
    if (m_platform->notifier) {
        ::sigaction(SIGINT, &m_platform->previousInt, nullptr);
        ::sigaction(SIGTERM, &m_platform->previousTerm, nullptr);
        delete m_platform->notifier;
        ::close(wakeFds[0]);
        ::close(wakeFds[1]);
        wakeFds[0] = wakeFds[1] = -1;
    }
    delete m_platform;
}
