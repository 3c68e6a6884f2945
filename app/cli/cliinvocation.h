#pragma once

#include "core/api/endpoint.h"
#include "core/gaap/gaaptypes.h"
#include "core/gaap/proxygroup.h"
#include "core/history/historystore.h"
#include "core/session/requirementsearch.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

enum class OutputFormat { Table, Json, Csv };
// check --output tccli-create|terraform: instead of the answer, the order of a connection that can be created,
// for the tool that creates it (RequestExport).
enum class HandoverFormat { None, TccliCreate, Terraform };

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
    enum class Command { OriginRegions, AccessRegions, Groups, Check, Price, Matrix, Find, Watch, History, Profile };

    Command command = Command::OriginRegions;
    Endpoint endpoint = Endpoint::china();
    bool endpointGiven = false; // --endpoint or --site: overrides the profile's endpoint
    QString profile;            // --profile NAME; empty: the environment, else the default profile
    QString language;           // zh-CN | en-US | empty: from the system
    std::chrono::milliseconds timeout{30000};
    OutputFormat output = OutputFormat::Table;
    bool verbose = false;

    OriginRegionQuery originRegions;                      // origin-regions
    AccessRegionQuery accessRegions;                      // access-regions, and the preflight of check and price
    ProxyGroupQuery groups;                               // groups
    CheckRequest check;                                   // check
    HandoverFormat handover = HandoverFormat::None;       // check --output tccli-create|terraform
    std::optional<PriceRequest::Billing> handoverBilling; // check --billing-type, for the hand-over
    PriceRequest price;                                   // price
    Requirement find;                                     // find; watch with --min-bandwidth/--min-concurrent
    bool watchSearch = false;                             // watch: a requirement search, not one connection
    std::chrono::seconds watchInterval{300};              // watch --interval
    std::optional<std::chrono::seconds> watchMaxTime;     // watch --max-time

    // matrix: the origin and its options are in accessRegions and check.networkType; empty lists: all.
    QStringList matrixAccessRegions;
    QList<qint64> matrixBandwidths;
    QList<qint64> matrixConcurrents;
    HistoryFilter history;          // history
    CliProfileAction profileAction; // profile
};
