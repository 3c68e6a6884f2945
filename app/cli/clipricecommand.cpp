#include "cli/clipricecommand.h"

#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "cli/clireport.h"
#include "cli/clirunner.h"
#include "core/gaap/gaapcall.h"

#include <QCoreApplication>

CliCommandSpec CliPriceCommand::spec()
{
    return {CliInvocation::Command::Price,
            "price",
            QT_TRANSLATE_NOOP("CliParser", "Get the price of a connection (InquiryPriceCreateProxy)."),
            "  gaap-capacity-cli price --origin-region SouthChina --access-region Hongkong --bandwidth 10 "
            "--concurrent 2\n"
            "  gaap-capacity-cli price --origin-region SouthChina --access-region Hongkong --bandwidth 10 "
            "--concurrent 2 --billing-type traffic --output json\n",
            CliOptions::connection(CliConnection::optionNames() + QStringList{QStringLiteral("billing-type")}),
            &parse,
            &run};
}

void CliPriceCommand::parse(CliArguments &arguments, CliInvocation &invocation)
{
    CliConnection::readSingleConnection(arguments, invocation, QStringLiteral("price"));
    PriceRequest &price = invocation.price;
    price.connection = invocation.check;
    price.connection.groupId.clear();
    price.billing = CliConnection::readBilling(arguments);
    CliConnection::validate(arguments, price);
}

void CliPriceCommand::run(CliRunner &runner)
{
    CliConnection::withOfferedRegion(runner, [&runner](const AccessRegionDetail &offered) {
        PriceCall *call = runner.api().inquirePrice(runner.invocation().price, &offered);
        runner.whenAnswered(call, [&runner, call] {
            runner.show(CliReport::price(runner.invocation().price, call->quote()), call->response());
        });
    });
}
