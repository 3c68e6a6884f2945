#include "cli/clicommands.h"

#include "cli/clicheckcommand.h"
#include "cli/clifindcommand.h"
#include "cli/cligroupscommand.h"
#include "cli/clihistorycommand.h"
#include "cli/climatrixcommand.h"
#include "cli/clipricecommand.h"
#include "cli/cliprofilecommand.h"
#include "cli/cliregionscommand.h"
#include "cli/cliwatchcommand.h"

#include <algorithm>

namespace CliCommands {

QList<CliCommandSpec> parsedTogether()
{
    return {CliRegionsCommand::originRegionsSpec(),
            CliRegionsCommand::accessRegionsSpec(),
            CliGroupsCommand::spec(),
            CliCheckCommand::spec(),
            CliPriceCommand::spec(),
            CliMatrixCommand::spec(),
            CliFindCommand::spec(),
            CliWatchCommand::spec(),
            CliHistoryCommand::spec()};
}

std::optional<CliCommandSpec> find(const QString &name)
{
    for (const CliCommandSpec &spec : parsedTogether()) {
        if (name == QLatin1String(spec.name))
            return spec;
    }
    return std::nullopt;
}

QList<CliCommandSpec> all()
{
    return parsedTogether() << CliProfileCommand::spec();
}

CliCommandSpec spec(CliInvocation::Command command)
{
    const QList<CliCommandSpec> commands = all();
    const auto found = std::find_if(commands.cbegin(), commands.cend(),
                                    [command](const CliCommandSpec &spec) { return spec.command == command; });
    Q_ASSERT(found != commands.cend());
    return *found;
}

QList<QCommandLineOption> commandOptions()
{
    QList<QCommandLineOption> options;
    QStringList names;
    for (const CliCommandSpec &spec : parsedTogether()) {
        for (const QCommandLineOption &option : spec.options) {
            if (!names.contains(option.names().constFirst())) {
                names.append(option.names().constFirst());
                options.append(option);
            }
        }
    }
    return options;
}

} // namespace CliCommands
