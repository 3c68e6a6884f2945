#pragma once

#include <functional>

// The platform half of TerminalInput (terminalinput_posix.cpp, terminalinput_windows.cpp).
namespace TerminalInput::Platform {

bool stdinIsTerminal();
bool stderrIsTerminal();
// Switches the terminal's echo off; the returned function switches it back on.
std::function<void()> disableEcho();

} // namespace TerminalInput::Platform
