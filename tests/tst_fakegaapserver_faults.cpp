// Fault injection into the fake server, through addFault() and over HTTP (POST and DELETE
// /_fake/faults): error codes, HTTP 502, truncated JSON, slow answers, closed connections, no answer and
// oversize bodies; see tst_fakegaapserver.h.
#include "tst_fakegaapserver.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace FakeGaapServerTest;

// --- Faults ------------------------------------------------------------------------------------------------------

void tst_FakeGaapServer::errorFault_data()
{
    QTest::addColumn<bool>("viaHttp");
    QTest::newRow("addFault") << false;
    QTest::newRow("POST /_fake/faults") << true;
}

void tst_FakeGaapServer::errorFault()
{
    QFETCH(bool, viaHttp);
    const std::optional<Connection> base = firstConnection(m_server->data());
    QVERIFY(base);
    QVERIFY(injectFault({{u"kind"_s, u"error"_s},
                         {u"action"_s, u"DescribeDestRegions"_s},
                         {u"count"_s, 2},
                         {u"code"_s, u"ResourceUnavailable"_s}},
                        viaHttp));
    const Call faulty = apiCall(u"DescribeDestRegions"_s),
               other = apiCall(u"CheckProxyCreate"_s, connectionParameters(*base));
    VERIFY_ANSWER(perform(faulty), u"ResourceUnavailable"_s);
    VERIFY_ANSWER(perform(other), QString()); // another action is not affected
    VERIFY_ANSWER(perform(faulty), u"ResourceUnavailable"_s);
    VERIFY_ANSWER(perform(faulty), QString()); // count 2 used up
    QCOMPARE(m_server->errorCount(u"ResourceUnavailable"_s), 2);
}

void tst_FakeGaapServer::oneShotFaults_data()
{
    QTest::addColumn<QJsonObject>("spec");
    QTest::addColumn<bool>("viaHttp");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("parseable");
    QTest::addColumn<int>("minElapsedMs");
    const QJsonObject http502{{u"kind"_s, u"http502"_s}};
    const QJsonObject truncated{{u"kind"_s, u"truncated-json"_s}, {u"action"_s, u"DescribeDestRegions"_s}};
    const QJsonObject slow{{u"kind"_s, u"slow-answer"_s}, {u"delayMs"_s, 200}};
    QTest::newRow("http502, addFault") << http502 << false << 502 << "text/html"_ba << false << 0;
    QTest::newRow("http502, over HTTP") << http502 << true << 502 << "text/html"_ba << false << 0;
    QTest::newRow("truncated-json, addFault") << truncated << false << 200 << "application/json"_ba << false << 0;
    QTest::newRow("truncated-json, over HTTP") << truncated << true << 200 << "application/json"_ba << false << 0;
    QTest::newRow("slow-answer 200 ms") << slow << false << 200 << "application/json"_ba << true << 150;
}

void tst_FakeGaapServer::oneShotFaults()
{
    QFETCH(QJsonObject, spec);
    QFETCH(bool, viaHttp);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, parseable);
    QFETCH(int, minElapsedMs);
    QVERIFY(injectFault(spec, viaHttp));
    QElapsedTimer elapsed;
    elapsed.start();
    const Result faulty = perform(apiCall(u"DescribeDestRegions"_s));
    QVERIFY(faulty.finished);
    QVERIFY(elapsed.elapsed() >= minElapsedMs); // a lower bound only
    QCOMPARE(faulty.status, status);
    VERIFY_DATE(faulty);
    QCOMPARE(faulty.contentType, contentType);
    QVERIFY(!faulty.body.isEmpty());
    QCOMPARE(faulty.isJson, parseable);
    if (parseable)
        VERIFY_ANSWER(faulty, QString());
    VERIFY_ANSWER(perform(apiCall(u"DescribeDestRegions"_s)), QString()); // count 1: normal again
}

void tst_FakeGaapServer::closeConnectionFault()
{
    // Qt resends a request when a kept-alive connection closes under it, so the fault stays until cleared.
    QVERIFY(injectFault({{u"kind"_s, u"close-connection"_s}, {u"count"_s, -1}}, false));
    const Result closed = perform(apiCall(u"DescribeDestRegions"_s));
    QVERIFY(closed.finished);
    QCOMPARE(closed.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(m_server->requestCount(u"DescribeDestRegions"_s) >= 1);
    m_server->clearFaults();
    VERIFY_ANSWER(perform(apiCall(u"DescribeDestRegions"_s)), QString());
}

void tst_FakeGaapServer::noAnswerFault()
{
    QVERIFY(injectFault({{u"kind"_s, u"no-answer"_s}}, false));
    QNetworkReply *reply = start(apiCall(u"DescribeDestRegions"_s));
    bool aborted = false, finishedBeforeAbort = true;
    QTimer::singleShot(300ms, reply, [reply, &aborted, &finishedBeforeAbort] {
        finishedBeforeAbort = reply->isFinished();
        aborted = true;
        reply->abort();
    });
    QTRY_VERIFY_WITH_TIMEOUT(aborted, 5000);
    QVERIFY(!finishedBeforeAbort);
    QCOMPARE(finish(reply).error, QNetworkReply::OperationCanceledError);
    QCOMPARE(m_server->requestCount(u"DescribeDestRegions"_s), 1); // it did arrive
}

void tst_FakeGaapServer::oversizeBodyFault_data()
{
    QTest::addColumn<bool>("declareLength");
    QTest::newRow("with Content-Length") << true;
    QTest::newRow("until the connection closes") << false;
}

void tst_FakeGaapServer::oversizeBodyFault()
{
    QFETCH(bool, declareLength);
    const qint64 bytes = 11 * 1024 * 1024;
    QVERIFY(injectFault({{u"kind"_s, u"oversize-body"_s}, {u"bytes"_s, bytes}, {u"declareLength"_s, declareLength}},
                        false));
    const Result result = perform(apiCall(u"DescribeDestRegions"_s)); // read in full: this is the server test
    QCOMPARE(result.error, QNetworkReply::NoError);
    QVERIFY(result.body.size() > 10 * 1024 * 1024);
    QCOMPARE(qint64(result.body.size()), bytes);
    VERIFY_ANSWER(result, QString());
}

void tst_FakeGaapServer::faultsOverHttp()
{
    const QByteArray spec = R"({"kind":"error","count":-1,"code":"InternalError"})"_ba;
    const Result first = control("POST"_ba, spec);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.document.value("faults"_L1).toInt(), 1);
    QCOMPARE(control("POST"_ba, spec).document.value("faults"_L1).toInt(), 2);
    VERIFY_ANSWER(perform(apiCall(u"DescribeDestRegions"_s)), u"InternalError"_s);

    const Result cleared = control("DELETE"_ba, QByteArray());
    QCOMPARE(cleared.status, 200);
    QCOMPARE(cleared.document.value("faults"_L1).toInt(-1), 0);
    VERIFY_ANSWER(perform(apiCall(u"DescribeDestRegions"_s)), QString());

    for (const QByteArray &bad :
         {"kind=error"_ba, R"({"kind":"explode"})"_ba, R"({"kind":"error","count":0})"_ba,
          R"({"kind":"slow-answer","delayMs":-5})"_ba, R"({"kind":"oversize-body","bytes":-1})"_ba}) {
        const Result rejected = control("POST"_ba, bad);
        QCOMPARE(rejected.status, 400);
        QVERIFY2(!rejected.document.value("error"_L1).toString().isEmpty(), bad.constData());
    }
    VERIFY_ANSWER(perform(apiCall(u"DescribeDestRegions"_s)), QString()); // nothing was added
}
