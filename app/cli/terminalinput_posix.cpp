#include "cli/terminalinput_p.h"

#include <termios.h>
#include <unistd.h>

namespace TerminalInput::Platform {

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

bool stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

std::function<void()> disableEcho()
{
    termios saved{};
    if (tcgetattr(STDIN_FILENO, &saved) != 0)
        return [] {};
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) != 0)
        return [] {};
    return [saved] { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved); };
}

} // namespace TerminalInput::Platform
