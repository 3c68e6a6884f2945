#include "cli/cliinterruption.h"

#include <QMetaObject>
#include <QPointer>

#include <windows.h>

// The console calls the handler on a thread of its own: interrupted() is queued to the main thread.
namespace {

QPointer<CliInterruption> current;

BOOL WINAPI onConsoleEvent(DWORD event)
{
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT && event != CTRL_CLOSE_EVENT)
        return FALSE;
    if (CliInterruption *target = current.data())
        QMetaObject::invokeMethod(target, &CliInterruption::interrupted, Qt::QueuedConnection);
    return TRUE;
}

} // namespace

struct CliInterruption::Platform
{};

CliInterruption::CliInterruption(QObject *parent)
    : QObject(parent)
    , m_platform(new Platform)
{
    current = this;
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

CliInterruption::~CliInterruption()
{
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    current = nullptr;
    delete m_platform;
}
