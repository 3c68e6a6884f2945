#pragma once

#include "cli/cliinvocation.h"
#include "cli/clitable.h"
#include "core/gaap/gaaptypes.h"
#include "core/gaap/proxygroup.h"

#include <QCoreApplication>

// The tables the CLI prints for each answer (the json format prints the API's Response instead).
class CliReport final
{
    Q_DECLARE_TR_FUNCTIONS(CliReport)

public:
    // The Features column: translated names in a table, the stable keys ("layer4 http3 bit8") in CSV.
    static CliTable originRegions(const QList<RegionDetail> &regions, OutputFormat format = OutputFormat::Table);
    static CliTable accessRegions(const QList<AccessRegionDetail> &regions, OutputFormat format = OutputFormat::Table);
    // `words`: the status and the answer in words (the table); else the API's Status and true/false (csv).
    static CliTable groups(const QList<ProxyGroup> &groups, bool words);
    static CliTable check(const CheckRequest &request, const CheckResult &result);
    static CliTable price(const PriceRequest &request, const PriceQuote &quote);
};
