#include "core/common/lockedfile.h"

#include <QDir>

#include <windows.h>

namespace {

HANDLE handleOf(qintptr handle)
{
    return reinterpret_cast<HANDLE>(handle);
}

} // namespace

LockedFile::LockedFile(const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    const HANDLE file =
        ::CreateFileW(reinterpret_cast<LPCWSTR>(native.utf16()), GENERIC_READ | GENERIC_WRITE,
                      FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return;
    m_handle = reinterpret_cast<qintptr>(file);
    OVERLAPPED whole = {};
    m_locked = ::LockFileEx(file, LOCKFILE_EXCLUSIVE_LOCK, 0, MAXDWORD, MAXDWORD, &whole) != 0;
}

LockedFile::~LockedFile()
{
    if (m_handle == -1)
        return;
    if (m_locked) {
        OVERLAPPED whole = {};
        ::UnlockFileEx(handleOf(m_handle), 0, MAXDWORD, MAXDWORD, &whole);
    }
    ::CloseHandle(handleOf(m_handle));
}

QByteArray LockedFile::readAll()
{
    QByteArray contents;
    if (!m_locked || ::SetFilePointer(handleOf(m_handle), 0, nullptr, FILE_BEGIN) == INVALID_SET_FILE_POINTER)
        return contents;
    char buffer[4096];
    DWORD count = 0;
    while (::ReadFile(handleOf(m_handle), buffer, sizeof buffer, &count, nullptr) && count > 0)
        contents.append(buffer, static_cast<qsizetype>(count));
    return contents;
}

bool LockedFile::replaceContents(const QByteArray &contents)
{
    const HANDLE file = handleOf(m_handle);
    if (!m_locked || ::SetFilePointer(file, 0, nullptr, FILE_BEGIN) == INVALID_SET_FILE_POINTER
        || !::SetEndOfFile(file))
        return false;
    DWORD written = 0;
    return ::WriteFile(file, contents.constData(), static_cast<DWORD>(contents.size()), &written, nullptr)
           && written == static_cast<DWORD>(contents.size());
}

bool LockedFile::isProcessRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    const HANDLE process = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return ::GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = ::GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    ::CloseHandle(process);
    return running;
}
