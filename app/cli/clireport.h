#pragma once

#include "cli/cliinvocation.h"
#include "cli/clitable.h"
#include "core/gaap/gaaptypes.h"

#include <QCoreApplication>

// The tables the CLI prints for each answer (the json format prints the API's Response instead).
class CliReport final
{
    Q_DECLARE_TR_FUNCTIONS(CliReport)

public:
    // The Features column: translated names in a table, the stable keys ("layer4 http3 bit8") in CSV.
    static CliTable originRegions(const QList<RegionDetail> &regions, OutputFormat format = OutputFormat::Table);
    static CliTable accessRegions(const QList<AccessRegionDetail> &regions, OutputFormat format = OutputFormat::Table);
    static CliTable check(const CheckRequest &request, const CheckResult &result);
    static CliTable price(const PriceRequest &request, const PriceQuote &quote);
};
