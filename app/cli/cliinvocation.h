#pragma once

#include "core/api/endpoint.h"
#include "core/gaap/gaaptypes.h"
#include "core/gaap/proxygroup.h"
#include "core/history/historystore.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

enum class OutputFormat { Table, Json, Csv };

// What `gaap-capacity-cli profile <action> [NAME]` asks for.
struct CliProfileAction
{
    enum class Kind { List, Add, Remove, SetDefault, ImportTccli, ImportSdk };

    Kind kind = Kind::List;
    QString name;              // add, remove, set-default; import-*: "default" unless one is given
    QString endpoint;          // add: as a profile stores it (empty, "china", "international" or a URL)
    bool deleteSource = false; // import-*: --delete-source
    bool verify = true;        // add: try the key before storing it (--no-verify: do not)
};

// One parsed command line: what to run and how.
struct CliInvocation
{
    enum class Command { OriginRegions, AccessRegions, Groups, Check, Price, Matrix, History, Profile };

    Command command = Command::OriginRegions;
    Endpoint endpoint = Endpoint::china();
    bool endpointGiven = false; // --endpoint or --site: overrides the profile's endpoint
    QString profile;            // --profile NAME; empty: the environment, else the default profile
    QString language;           // zh-CN | en-US | empty: from the system
    std::chrono::milliseconds timeout{30000};
    OutputFormat output = OutputFormat::Table;
    bool verbose = false;

    AccessRegionQuery accessRegions; // access-regions, and the preflight of check and price
    ProxyGroupQuery groups;          // groups
    CheckRequest check;              // check
    PriceRequest price;              // price

    // matrix: the origin and its options are in accessRegions and check.networkType; empty lists: all.
    QStringList matrixAccessRegions;
    QList<qint64> matrixBandwidths;
    QList<qint64> matrixConcurrents;
    HistoryFilter history;          // history
    CliProfileAction profileAction; // profile
};
