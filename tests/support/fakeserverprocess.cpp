#include "support/fakeserverprocess.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

QString fakeDataPath()
{
    const QString dir = qEnvironmentVariable("GAAP_TEST_DATA_DIR");
    return (dir.isEmpty() ? QStringLiteral(GAAP_TEST_DATA_SOURCE_DIR) : dir) + QStringLiteral("/gaap-fake-data.json");
}

QJsonObject readFakeData(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

FakeServerProcess::FakeServerProcess(const QString &program, const QStringList &arguments)
    : m_process(startProcessForLine(program, arguments, isolatedEnvironment(), &m_url))
{
}

ProcessOutcome FakeServerProcess::runCli(const QString &cli, const QString &home, const QStringList &arguments) const
{
    QProcessEnvironment environment = isolatedEnvironment();
    placeHomeIn(environment, home);
    const QJsonObject demo =
        readFakeData(fakeDataPath()).value(QStringLiteral("credentials")).toArray().at(0).toObject();
    environment.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), demo.value(QStringLiteral("SecretId")).toString());
    environment.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), demo.value(QStringLiteral("SecretKey")).toString());
    return runProcess(cli, arguments + QStringList{QStringLiteral("--endpoint"), m_url}, environment, {}, 60000);
}

QByteArray FakeServerProcess::control(const QByteArray &verb, const QString &path, const QByteArray &body) const
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(m_url + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, verb, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply->isFinished() && reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
}
