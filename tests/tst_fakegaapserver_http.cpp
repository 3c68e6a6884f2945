// The fake server's own HTTP/1.1 layer (HttpRequestParser, LoopbackHttpServer): requests split over reads
// and queued on one connection, malformed and oversized requests, Connection: close, and HTTPS; see
// tst_fakegaapserver.h.
#include "support/httprequest.h"
#include "tst_fakegaapserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace FakeGaapServerTest;

namespace {

using Status = HttpRequestParser::Status;

// Sends `bytes`, then collects what the server sends until it closes the connection or, on a kept-alive
// one, until nothing more has come for 300 ms (at most 5 s). The server runs in this thread: the loop
// processes events rather than blocking in waitForReadyRead().
QByteArray exchange(QTcpSocket &socket, const QByteArray &bytes)
{
    socket.write(bytes);
    QByteArray received;
    QElapsedTimer total, quiet;
    total.start();
    quiet.start();
    while (total.elapsed() < 5000 && quiet.elapsed() < 300 && socket.state() == QAbstractSocket::ConnectedState) {
        QTest::qWait(10);
        if (socket.bytesAvailable() > 0) {
            received += socket.readAll();
            quiet.restart();
        }
    }
    return received + socket.readAll();
}

QByteArray statusLineOf(const QByteArray &response)
{
    return response.left(response.indexOf("\r\n"));
}

} // namespace

void tst_FakeGaapServer::httpParser_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<QByteArray>("left"); // what stays in the buffer

    const QByteArray post = "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\nbody"_ba;
    QTest::newRow("complete") << post << Status::Complete << "POST"_ba << u"/"_s << "body"_ba << true << QByteArray();
    QTest::newRow("headers not finished")
        << post.left(20) << Status::Incomplete << QByteArray() << QString() << QByteArray() << true << post.left(20);
    QTest::newRow("body not finished") << post.chopped(1) << Status::Incomplete << QByteArray() << QString()
                                       << QByteArray() << true << post.chopped(1);
    QTest::newRow("two queued") << post + "GET /_fake/stats HTTP/1.1\r\n\r\n"_ba << Status::Complete << "POST"_ba
                                << u"/"_s << "body"_ba << true << "GET /_fake/stats HTTP/1.1\r\n\r\n"_ba;
    QTest::newRow("empty lines before") << "\r\n\r\n"_ba + post << Status::Complete << "POST"_ba << u"/"_s << "body"_ba
                                        << true << QByteArray();
    QTest::newRow("path decoded, query dropped")
        << "DELETE /_fake/fa%75lts?x=1 HTTP/1.1\r\n\r\n"_ba << Status::Complete << "DELETE"_ba << u"/_fake/faults"_s
        << QByteArray() << true << QByteArray();
    QTest::newRow("Connection: close") << "GET / HTTP/1.1\r\nConnection: Close\r\n\r\n"_ba << Status::Complete
                                       << "GET"_ba << u"/"_s << QByteArray() << false << QByteArray();
    QTest::newRow("HTTP/1.0") << "GET / HTTP/1.0\r\n\r\n"_ba << Status::Complete << "GET"_ba << u"/"_s << QByteArray()
                              << false << QByteArray();
    QTest::newRow("HTTP/1.0 keep-alive") << "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"_ba << Status::Complete
                                         << "GET"_ba << u"/"_s << QByteArray() << true << QByteArray();

    const auto malformed = [](const char *name, const QByteArray &bytes) {
        QTest::newRow(name) << bytes << Status::Malformed << QByteArray() << QString() << QByteArray() << false
                            << bytes;
    };
    malformed("no version", "GET /\r\n\r\n"_ba);
    malformed("HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"_ba);
    malformed("absolute target", "GET http://a/ HTTP/1.1\r\n\r\n"_ba);
    malformed("header without colon", "GET / HTTP/1.1\r\nHost a\r\n\r\n"_ba);
    malformed("folded header", "GET / HTTP/1.1\r\nX-A: 1\r\n 2\r\n\r\n"_ba);
    malformed("space before colon", "GET / HTTP/1.1\r\nHost : a\r\n\r\n"_ba);
    malformed("negative length", "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"_ba);
    malformed("length not a number", "POST / HTTP/1.1\r\nContent-Length: 4x\r\n\r\nbody"_ba);
    malformed("chunked upload", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nbody\r\n0\r\n\r\n"_ba);

    const QByteArray hugeBody = "POST / HTTP/1.1\r\nContent-Length: "_ba
                                + QByteArray::number(HttpRequestParser::MaxBodyBytes + 1) + "\r\n\r\n"_ba;
    QTest::newRow("body too large") << hugeBody << Status::TooLarge << QByteArray() << QString() << QByteArray()
                                    << false << hugeBody;
    const QByteArray hugeHeader = "GET / HTTP/1.1\r\nX-A: "_ba + QByteArray(HttpRequestParser::MaxHeaderBytes, 'a');
    QTest::newRow("header too large, unfinished")
        << hugeHeader << Status::TooLarge << QByteArray() << QString() << QByteArray() << false << hugeHeader;
}

void tst_FakeGaapServer::httpParser()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Status, status);
    QByteArray buffer = bytes;
    const HttpRequestParser::Result result = HttpRequestParser::take(buffer);
    QCOMPARE(result.status, status);
    QTEST(buffer, "left");
    if (status != Status::Complete)
        return;
    QTEST(result.request.method, "method");
    QTEST(result.request.path, "path");
    QTEST(result.request.body, "body");
    QTEST(result.keepAlive, "keepAlive");
}

void tst_FakeGaapServer::httpHeadersKeepNamesAndValues()
{
    QByteArray buffer = "POST / HTTP/1.1\r\nX-TC-Action:  DescribeDestRegions \r\nauthorization: TC3 x\r\n\r\n"_ba;
    const HttpRequestParser::Result result = HttpRequestParser::take(buffer);
    QCOMPARE(result.status, Status::Complete);
    QCOMPARE(result.request.headers.size(), 2);
    QCOMPARE(result.request.headers.at(0).first, "X-TC-Action"_ba); // as sent: the signature covers it
    QCOMPARE(result.request.header("x-tc-action"), "DescribeDestRegions"_ba);
    QCOMPARE(result.request.header("Authorization"), "TC3 x"_ba);
    QVERIFY(!result.request.hasHeader("Content-Length"));
    QCOMPARE(result.request.body, QByteArray());
}

void tst_FakeGaapServer::httpRequestsSplitAndQueuedOnOneConnection()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray stats = "GET /_fake/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"_ba;
    // The first request arrives in two pieces, the second and third together right behind it.
    socket.write(stats.left(10));
    socket.flush();
    QTest::qWait(50);
    const QByteArray received = exchange(socket, stats.mid(10) + stats + "GET /nothing HTTP/1.1\r\n\r\n"_ba);
    QCOMPARE(received.count("HTTP/1.1 200 OK\r\n"), 2);
    QCOMPARE(received.count("HTTP/1.1 404 Not Found\r\n"), 1);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState); // kept alive
}

void tst_FakeGaapServer::httpBadRequestsAreRefusedAndClosed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::newRow("malformed") << "GET /\r\n\r\n"_ba << "HTTP/1.1 400 Bad Request"_ba;
    QTest::newRow("too large") << "POST / HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n"_ba
                               << "HTTP/1.1 413 Content Too Large"_ba;
}

void tst_FakeGaapServer::httpBadRequestsAreRefusedAndClosed()
{
    QFETCH(QByteArray, bytes);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray received = exchange(socket, bytes + "GET /_fake/stats HTTP/1.1\r\n\r\n"_ba);
    QTEST(statusLineOf(received), "statusLine");
    QVERIFY2(received.contains("\r\nConnection: close\r\n"), received.constData());
    QVERIFY(!received.contains("HTTP/1.1 200")); // nothing after the bad request is read
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(m_server->totalRequestCount(), 0);
}

void tst_FakeGaapServer::httpConnectionCloseIsHonoured()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray received = exchange(socket, "GET /_fake/stats HTTP/1.1\r\nConnection: close\r\n\r\n"_ba);
    QCOMPARE(statusLineOf(received), "HTTP/1.1 200 OK"_ba);
    QVERIFY(received.contains("\r\nConnection: close\r\n"));
    QVERIFY(received.endsWith('}')); // the whole body came before the close
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
}

void tst_FakeGaapServer::httpsWithTrustedCertificate()
{
    const QString dir = qEnvironmentVariable("GAAP_TEST_DATA_DIR");
    QFile certificateFile(dir + u"/selfsigned-localhost.crt"_s);
    QFile keyFile(dir + u"/selfsigned-localhost.key"_s);
    QVERIFY2(certificateFile.open(QIODevice::ReadOnly), qPrintable(certificateFile.fileName()));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(&certificateFile, QSsl::Pem);
    FakeGaapServer tlsServer;
    tlsServer.useTls(certificate, QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
    QVERIFY(tlsServer.listenOnLoopback() != 0);

    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({certificate}); // trusted here, and only here
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, tlsServer.port(), u"localhost"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(socket.isEncrypted(), qPrintable(socket.errorString()), 10000);
    const QByteArray received = exchange(socket, "GET /_fake/stats HTTP/1.1\r\nConnection: close\r\n\r\n"_ba);
    QCOMPARE(statusLineOf(received), "HTTP/1.1 200 OK"_ba);
    QVERIFY(received.contains(R"("total":0)"));
}
