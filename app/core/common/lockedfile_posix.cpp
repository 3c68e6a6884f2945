#include "core/common/lockedfile.h"

#include <QFile>

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>

namespace {

int descriptor(qintptr handle)
{
    return static_cast<int>(handle);
}

} // namespace

LockedFile::LockedFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    m_handle = fd;
    int result = 0;
    do {
        result = ::flock(fd, LOCK_EX);
    } while (result != 0 && errno == EINTR);
    m_locked = result == 0;
}

LockedFile::~LockedFile()
{
    if (m_handle >= 0)
        ::close(descriptor(m_handle)); // drops the lock
}

QByteArray LockedFile::readAll()
{
    QByteArray contents;
    if (!m_locked)
        return contents;
    char buffer[4096];
    off_t offset = 0;
    for (;;) {
        const ssize_t count = ::pread(descriptor(m_handle), buffer, sizeof buffer, offset);
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            return contents;
        contents.append(buffer, static_cast<qsizetype>(count));
        offset += count;
    }
}

bool LockedFile::replaceContents(const QByteArray &contents)
{
    if (!m_locked || ::ftruncate(descriptor(m_handle), 0) != 0)
        return false;
    qsizetype written = 0;
    while (written < contents.size()) {
        const ssize_t count = ::pwrite(descriptor(m_handle), contents.constData() + written,
                                       static_cast<size_t>(contents.size() - written), written);
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            return false;
        written += count;
    }
    return true;
}

bool LockedFile::isProcessRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}
