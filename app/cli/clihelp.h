#pragma once

#include <QString>

struct CliCommandSpec;

// gaap-capacity-cli --help and <command> --help (profile --help is CliProfileCommand's), translated as
// CliParser's texts.
class CliHelp final
{
public:
    // The usage, the global options, the commands and the exit codes.
    static QString overview();
    // The usage, summary and options of one command, its examples, notes and the exit codes.
    static QString command(const CliCommandSpec &spec);

private:
    static QString exitCodes();
    // QCommandLineParser's option list under a usage line of our own (its own would put [options] first).
    static QString options(const QString &usage, const QString &description, const CliCommandSpec *spec);
};
