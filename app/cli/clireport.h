#pragma once

#include "cli/clitable.h"
#include "core/gaap/gaaptypes.h"

#include <QCoreApplication>

// The tables the CLI prints for each answer (the json format prints the API's Response instead).
class CliReport final
{
    Q_DECLARE_TR_FUNCTIONS(CliReport)

public:
    static CliTable originRegions(const QList<RegionDetail> &regions);
    static CliTable accessRegions(const QList<AccessRegionDetail> &regions);
    static CliTable check(const CheckRequest &request, const CheckResult &result);
    static CliTable price(const PriceRequest &request, const PriceQuote &quote);
};
