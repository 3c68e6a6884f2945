#include "terminalinput.h"

#include <cstdio>
#include <optional>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace {

// Switches terminal echo off for its lifetime (and back on, whatever happens).
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace

namespace TerminalInput {

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

QString readLine(bool echo)
{
    std::string line;
    bool gotAnything = false;
    {
        const bool hide = !echo && stdinIsTerminal();
        std::optional<EchoOff> quiet;
        if (hide)
            quiet.emplace();
        int c = 0;
        while ((c = std::fgetc(stdin)) != EOF) {
            gotAnything = true;
            if (c == '\n')
                break;
            line.push_back(static_cast<char>(c));
        }
        quiet.reset();
        if (hide)
            std::fputc('\n', stderr); // the Enter the user typed was not echoed
    }
    if (!gotAnything)
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace TerminalInput
