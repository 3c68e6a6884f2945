#pragma once

#include <QString>

// Reading what a person types, the platform way (terminalinput_posix.cpp, terminalinput_windows.cpp).
namespace TerminalInput {

[[nodiscard]] bool stdinIsTerminal();
// Whether progress lines (with \r) make sense on stderr.
[[nodiscard]] bool stderrIsTerminal();
// One line from stdin without its line break; with echo off on a terminal (for secrets).
// Returns a null QString at end of input.
[[nodiscard]] QString readLine(bool echo);

} // namespace TerminalInput
