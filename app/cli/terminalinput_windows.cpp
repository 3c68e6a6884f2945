#include "cli/terminalinput_p.h"

#include <io.h>
#include <windows.h>

#include <cstdio>

namespace TerminalInput::Platform {

bool stdinIsTerminal()
{
    return _isatty(_fileno(stdin)) != 0;
}

bool stderrIsTerminal()
{
    return _isatty(_fileno(stderr)) != 0;
}

std::function<void()> disableEcho()
{
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD saved = 0;
    if (!GetConsoleMode(input, &saved))
        return [] {};
    SetConsoleMode(input, saved & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
    return [input, saved] { SetConsoleMode(input, saved); };
}

} // namespace TerminalInput::Platform
