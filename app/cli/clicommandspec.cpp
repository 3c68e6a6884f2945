#include "cli/clicommandspec.h"

QStringList CliCommandSpec::optionNames() const
{
    QStringList names;
    for (const QCommandLineOption &option : options)
        names.append(option.names().constFirst());
    return names;
}
