#pragma once

// FakeGaapServer on its own, driven by hand-built HTTP requests: each row breaks exactly one thing
// (a signing input, a header, a parameter) and checks the envelope against the data the server was
// built from. One test class over several files: signatures, protocol errors and parameter checks in
// tst_fakegaapserver_protocol.cpp; the four check actions and the per-action rate limit in
// tst_fakegaapserver_actions.cpp; DescribeProxyGroupList in tst_fakegaapserver_groups.cpp; fault injection
// (in process and over HTTP) in tst_fakegaapserver_faults.cpp; the request harness and data-file validation
// in tst_fakegaapserver.cpp.
#include "support/fakegaapserver.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace FakeGaapServerTest {

using namespace Qt::StringLiterals;

// What is signed and what is sent, kept apart so that a test can make them disagree.
struct Call
{
    QByteArray method = "POST"_ba;
    QString path = u"/"_s;
    QByteArray action = "DescribeDestRegions"_ba;
    QByteArray body = "{}"_ba; // signed; sent unless sentBody is set
    std::optional<QByteArray> sentBody;
    QString secretId;
    QString secretKey;
    QByteArray service = "gaap"_ba;
    QByteArray contentType = "application/json"_ba; // signed; sent unless sentContentType is set
    std::optional<QByteArray> sentContentType;
    qint64 timestampOffset = 0;                       // X-TC-Timestamp = this machine's clock + offset
    qint64 signingShift = 0;                          // the signature is computed for X-TC-Timestamp + shift
    QList<QPair<QByteArray, QByteArray>> extraSigned; // signed besides content-type;host, and sent
    QByteArrayList omit;                              // headers not to send at all
    std::optional<QByteArray> authorization;          // sent instead of the computed one
    std::optional<QByteArray> token;                  // X-TC-Token
    QByteArray version = "2018-05-29"_ba;
    QByteArray language; // X-TC-Language, when not empty
};

using Tweak = std::function<void(Call &, FakeGaapServer &)>;

struct Result
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray contentType, date, body;
    bool isJson = false;
    QJsonObject document;
    QJsonObject response;       // document["Response"]
    bool secondChanged = false; // the clock reached the next second while the call was under way

    [[nodiscard]] QString code() const { return response.value("Error"_L1).toObject().value("Code"_L1).toString(); }
};

// A configuration the server accepts with its defaults (IPv4, Thunder, normal).
struct Connection
{
    FakeAccessRegion access;
    QString dest;
    qint64 bandwidth = 0;
    qint64 concurrent = 0;
};

FakeCredential credentialOf(const FakeGaapData &data, bool temporary);
std::optional<Connection> firstConnection(const FakeGaapData &data, bool needsFlowPrice = false);
QJsonObject connectionParameters(const FakeAccessRegion &access, const QString &dest, qint64 bandwidth,
                                 qint64 concurrent);
QJsonObject connectionParameters(const Connection &c);
// Empty when the Date header is the server's now (with its clock offset), ±2 s for the call itself.
QString dateMismatch(const Result &r, qint64 serverNow);
// Empty when the answer is a well-formed envelope (HTTP 200, JSON, RequestId, Date) with this error code.
QString answerMismatch(const Result &r, const QString &expectedCode, qint64 serverNow);

} // namespace FakeGaapServerTest

Q_DECLARE_METATYPE(FakeGaapServerTest::Tweak)
Q_DECLARE_METATYPE(HttpRequestParser::Status)

// Evaluate `result` once: it is often a perform(…) call.
#define VERIFY_ANSWER(result, code)                                                                                    \
    do {                                                                                                               \
        const QString mismatch_ = FakeGaapServerTest::answerMismatch(result, code, m_server->now());                   \
        QVERIFY2(mismatch_.isEmpty(), qPrintable(mismatch_));                                                          \
    } while (false)
#define VERIFY_DATE(result)                                                                                            \
    do {                                                                                                               \
        const QString mismatch_ = FakeGaapServerTest::dateMismatch(result, m_server->now());                           \
        QVERIFY2(mismatch_.isEmpty(), qPrintable(mismatch_));                                                          \
    } while (false)

class tst_FakeGaapServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // Signatures, protocol errors and parameter checks (tst_fakegaapserver_protocol.cpp)
    void answers_data();
    void answers();
    void unknownPathIsNotFound();
    void parameters_data();
    void parameters();

    // The four actions and the rate limit (tst_fakegaapserver_actions.cpp)
    void destRegionsListEverything_data();
    void destRegionsListEverything();
    void destRegionsFollowQualityType_data();
    void destRegionsFollowQualityType();
    void networkTypesFollowTheOrigin();
    void accessRegionsFilter();
    void checkFlagFollowsCapacity();
    void inquiryPriceFromData_data();
    void inquiryPriceFromData();
    void rateLimit_data();
    void rateLimit();

    // DescribeProxyGroupList (tst_fakegaapserver_groups.cpp)
    void proxyGroupParameters_data();
    void proxyGroupParameters();
    void proxyGroupPagesAndFilters();
    void proxyGroupsInBothLanguages_data();
    void proxyGroupsInBothLanguages();
    void builtInGroupsCoverEveryStatus();

    // Faults (tst_fakegaapserver_faults.cpp)
    void errorFault_data();
    void errorFault();
    void oneShotFaults_data();
    void oneShotFaults();
    void closeConnectionFault();
    void noAnswerFault();
    void oversizeBodyFault_data();
    void oversizeBodyFault();
    void faultsOverHttp();

    // The HTTP layer (tst_fakegaapserver_http.cpp)
    void httpParser_data();
    void httpParser();
    void httpHeadersKeepNamesAndValues();
    void httpRequestsSplitAndQueuedOnOneConnection();
    void httpBadRequestsAreRefusedAndClosed_data();
    void httpBadRequestsAreRefusedAndClosed();
    void httpConnectionCloseIsHonoured();
    void httpsWithTrustedCertificate();

    // The data file (tst_fakegaapserver.cpp)
    void dataFile_data();
    void dataFile();
    void qualityTypesDefaultToGold();

private:
    // The request harness (tst_fakegaapserver.cpp)
    [[nodiscard]] FakeGaapServerTest::Call apiCall(const QString &action, const QJsonObject &parameters = {}) const;
    QNetworkReply *start(const FakeGaapServerTest::Call &call);
    FakeGaapServerTest::Result finish(QNetworkReply *reply);
    FakeGaapServerTest::Result perform(const FakeGaapServerTest::Call &call);
    FakeGaapServerTest::Result control(const QByteArray &method, const QByteArray &body);
    bool injectFault(const QJsonObject &spec, bool viaHttp);

    std::unique_ptr<FakeGaapServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};
