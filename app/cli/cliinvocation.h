#pragma once

#include "core/api/endpoint.h"
#include "core/gaap/gaaptypes.h"
#include "core/history/historystore.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

enum class OutputFormat { Table, Json, Csv };

// One parsed command line: what to run and how.
struct CliInvocation
{
    enum class Command { OriginRegions, AccessRegions, Check, Price, Matrix, History };

    Command command = Command::OriginRegions;
    Endpoint endpoint = Endpoint::china();
    bool endpointGiven = false; // --endpoint or --site: overrides the profile's endpoint
    QString profile;            // --profile NAME; empty: the environment, else the default profile
    QString language; // zh-CN | en-US | empty: from the system
    std::chrono::milliseconds timeout{30000};
    OutputFormat output = OutputFormat::Table;
    bool verbose = false;

    AccessRegionQuery accessRegions; // access-regions, and the preflight of check and price
    CheckRequest check;              // check
    PriceRequest price;              // price

    // matrix: the origin and its options are in accessRegions and check.networkType; empty lists: all.
    QStringList matrixAccessRegions;
    QList<qint64> matrixBandwidths;
    QList<qint64> matrixConcurrents;
    HistoryFilter history; // history
};
