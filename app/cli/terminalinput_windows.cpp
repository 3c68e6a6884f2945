#include "terminalinput.h"

#include <cstdio>
#include <string>

#include <io.h>
#include <windows.h>

namespace TerminalInput {

bool stdinIsTerminal()
{
    return _isatty(_fileno(stdin)) != 0;
}

QString readLine(bool echo)
{
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD savedMode = 0;
    const bool hide = !echo && stdinIsTerminal() && GetConsoleMode(input, &savedMode);
    if (hide)
        SetConsoleMode(input, savedMode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
    std::string line;
    bool gotAnything = false;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF) {
        gotAnything = true;
        if (c == '\n')
            break;
        line.push_back(static_cast<char>(c));
    }
    if (hide) {
        SetConsoleMode(input, savedMode);
        std::fputc('\n', stderr);
    }
    if (!gotAnything)
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace TerminalInput
