#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A misbehaviour the fake GAAP server can be told to show, for the next `count` requests of one
// action (or of every action when `action` is empty).
struct FakeFault
{
    enum class Kind {
        ErrorCode,       // a well-formed error envelope with `errorCode`
        Http502Html,     // HTTP 502 with an HTML body, as from a gateway
        TruncatedJson,   // HTTP 200 whose JSON body is cut in half
        CloseConnection, // the connection is closed without an answer
        NoAnswer,        // the request is read and never answered
        SlowAnswer,      // the normal answer, after `delayMs`
        OversizeBody,    // HTTP 200 with a `bodyBytes`-long JSON body
        MangledJson,     // HTTP 200, well-formed JSON with wrong types and nulls everywhere
        EndlessList,     // DescribeProxyGroupList: every page full of new groups, TotalCount a million (a lie)
    };

    Kind kind = Kind::ErrorCode;
    QString action;
    int count = 1; // -1: until cleared
    QString errorCode = QStringLiteral("InternalError");
    QString errorMessage = QStringLiteral("An internal error occurred (injected by the fake server).");
    int delayMs = 3000;
    qint64 bodyBytes = 20 * 1024 * 1024;
    bool declareLength = true; // OversizeBody: send Content-Length, or stream until close

    // {"kind":"error|http502|truncated-json|close-connection|no-answer|slow-answer|oversize-body|mangled-json|
    //  endless-list",
    //  "action":"CheckProxyCreate", "count":1, "code":"…", "message":"…", "delayMs":…, "bytes":…, "declareLength":true}
    static std::optional<FakeFault> fromJson(const QJsonObject &object, QString *error);
    static QString kindName(Kind kind);
};
