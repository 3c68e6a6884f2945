#pragma once

#include <QByteArray>
#include <QString>

// A small file several processes of one user read and rewrite in turn: opened (created, owner-only, when
// missing) and locked exclusively for as long as the object lives. The lock is the operating system's
// (flock on POSIX, LockFileEx on Windows), so it is dropped when its holder dies, even by kill -9: nothing
// is left stuck. Meant for a few hundred bytes under a lock held for microseconds.
// The platform parts are in lockedfile_posix.cpp and lockedfile_windows.cpp.
class LockedFile final
{
public:
    // Blocks until the lock is free (holders keep it for microseconds).
    explicit LockedFile(const QString &path);
    ~LockedFile();
    LockedFile(const LockedFile &) = delete;
    LockedFile &operator=(const LockedFile &) = delete;

    [[nodiscard]] bool isLocked() const { return m_locked; }
    // The whole file; empty when it is new or cannot be read.
    [[nodiscard]] QByteArray readAll();
    // Replaces the whole file with `contents`.
    bool replaceContents(const QByteArray &contents);

    // Whether a process with this id runs on this machine (a process of another user counts).
    static bool isProcessRunning(qint64 pid);

private:
    qintptr m_handle = -1;
    bool m_locked = false;
};
