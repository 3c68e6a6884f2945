#include "cli/terminalinput.h"

#include "cli/terminalinput_p.h"

#include <cstdio>
#include <string>

namespace TerminalInput {

bool stdinIsTerminal()
{
    return Platform::stdinIsTerminal();
}

bool stderrIsTerminal()
{
    return Platform::stderrIsTerminal();
}

QString readLine(bool echo)
{
    const bool hide = !echo && stdinIsTerminal();
    const std::function<void()> restoreEcho = hide ? Platform::disableEcho() : std::function<void()>();
    std::string line;
    bool gotAnything = false;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF) {
        gotAnything = true;
        if (c == '\n')
            break;
        line.push_back(static_cast<char>(c));
    }
    if (restoreEcho) {
        restoreEcho();
        std::fputc('\n', stderr); // the Enter the user typed was not echoed
    }
    if (!gotAnything)
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace TerminalInput
