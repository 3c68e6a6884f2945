#include "tst_handover.h"

#include "core/gaap/requestexport.h"
#include "support/processrun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

using Billing = std::optional<PriceRequest::Billing>;

namespace {

const QString ProjectPlaceholder =
    uR"(--ProjectId "${GAAP_PROJECT_ID:?set GAAP_PROJECT_ID to your project ID, 0 for the default project}")"_s;
const QString NamePlaceholder = uR"(--ProxyName "${GAAP_PROXY_NAME:?set GAAP_PROXY_NAME, at most 30 characters}")"_s;

Endpoint endpointFrom(const QString &text) // empty: the China site
{
    return text.isEmpty() ? Endpoint::china() : *Endpoint::fromUserInput(text);
}

CheckRequest everyOption()
{
    CheckRequest request = tst_Handover::basicRequest();
    request.groupId = u"lg-1a2b3c4d"_s;
    request.ipVersion = u"IPv6"_s;
    request.networkType = u"cn2"_s;
    request.packageType = u"Thunder"_s;
    return request;
}

// Values a shell must take literally: quotes, command substitutions, a variable.
CheckRequest shellSpecials()
{
    CheckRequest request = tst_Handover::basicRequest();
    request.accessRegion = u"Hong Kong's"_s;
    request.originRegion = u"$(echo injected);`echo x` $HOME"_s;
    return request;
}

} // namespace

CheckRequest tst_Handover::basicRequest()
{
    CheckRequest request;
    request.accessRegion = u"Hongkong"_s;
    request.originRegion = u"SouthChina"_s;
    request.bandwidth = 10;
    request.concurrent = 2;
    return request;
}

void tst_Handover::tccliCreateProxyCommand_data()
{
    QTest::addColumn<CheckRequest>("request");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<Billing>("billing");
    QTest::addColumn<QString>("expected");

    const QString head =
        u"tccli gaap CreateProxy --cli-unfold-argument "_s + ProjectPlaceholder + u' ' + NamePlaceholder + u' ';
    QTest::newRow("required only, China site")
        << basicRequest() << QString() << Billing()
        << head + u"--AccessRegion Hongkong --RealServerRegion SouthChina --Bandwidth 10 --Concurrent 2"_s;
    QTest::newRow("every option, by traffic, international")
        << everyOption() << u"https://gaap.intl.tencentcloudapi.com"_s << Billing(PriceRequest::Billing::Traffic)
        << head
               + u"--AccessRegion Hongkong --RealServerRegion SouthChina --Bandwidth 10 --Concurrent 2 "
                 "--GroupId lg-1a2b3c4d --IPAddressVersion IPv6 --NetworkType cn2 --PackageType Thunder "
                 "--BillingType 1 --endpoint gaap.intl.tencentcloudapi.com"_s;
    QTest::newRow("quoted values, by bandwidth, loopback endpoint")
        << shellSpecials() << u"http://127.0.0.1:8443"_s << Billing(PriceRequest::Billing::Bandwidth)
        << head
               + u"--AccessRegion 'Hong Kong'\\''s' --RealServerRegion '$(echo injected);`echo x` $HOME' "
                 "--Bandwidth 10 --Concurrent 2 --BillingType 0 --endpoint 'http://127.0.0.1:8443'"_s;
    QTest::newRow("custom https endpoint")
        << basicRequest() << u"https://gaap.example.com:8443"_s << Billing()
        << head
               + u"--AccessRegion Hongkong --RealServerRegion SouthChina --Bandwidth 10 --Concurrent 2 "
                 "--endpoint 'gaap.example.com:8443'"_s;
}

void tst_Handover::tccliCreateProxyCommand()
{
    QFETCH(CheckRequest, request);
    QFETCH(QString, endpoint);
    QFETCH(Billing, billing);
    QFETCH(QString, expected);
    QCOMPARE(RequestExport::tccliCreateProxyCommand(request, endpointFrom(endpoint), billing), expected);
}

void tst_Handover::createProxyCommandRunsInAShell_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QStringList>("variables"); // NAME=value; a name alone: set but empty
    QTest::addColumn<QString>("stopsWith");     // empty: runs

    const QString noProject = u"GAAP_PROJECT_ID: set GAAP_PROJECT_ID to your project ID, 0 for the default project"_s;
    const QString noName = u"GAAP_PROXY_NAME: set GAAP_PROXY_NAME, at most 30 characters"_s;
    // The name is taken as it is: quotes, a variable and a command substitution in it stay text.
    const QString name = u"GAAP_PROXY_NAME=it's \"my\" $HOME $(echo proxy)"_s;
    for (const char *shell : {"bash", "sh"}) {
        const auto row = [shell](const char *what) -> QTestData & {
            return QTest::addRow("%s, %s", shell, what) << QString::fromLatin1(shell);
        };
        row("nothing set") << QStringList() << noProject;
        row("no name") << QStringList{u"GAAP_PROJECT_ID=0"_s} << noName;
        row("empty project") << QStringList{u"GAAP_PROJECT_ID"_s, name} << noProject;
        row("empty name") << QStringList{u"GAAP_PROJECT_ID=0"_s, u"GAAP_PROXY_NAME"_s} << noName;
        row("both set") << QStringList{u"GAAP_PROJECT_ID=1250000"_s, name} << QString();
    }
}

// The command as a user pastes it, run by a real shell with a fake tccli on PATH that prints its arguments: while
// the project or the name is missing, the shell stops with the message and tccli never runs; with both, tccli
// gets exactly the intended arguments, however odd the values.
void tst_Handover::createProxyCommandRunsInAShell()
{
    QFETCH(QString, shell);
    QFETCH(QStringList, variables);
    QFETCH(QString, stopsWith);

    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    QFile fake(bin.filePath(u"tccli"_s));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("#!/bin/sh\nprintf '%s\\0' \"$@\"\n");
    fake.close();
    QVERIFY(fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    QProcessEnvironment environment = isolatedEnvironment();
    environment.insert(u"PATH"_s, bin.path() + u':' + environment.value(u"PATH"_s));
    environment.insert(u"HOME"_s, u"/home/nobody"_s);
    environment.remove(u"GAAP_PROJECT_ID"_s);
    environment.remove(u"GAAP_PROXY_NAME"_s);
    for (const QString &variable : std::as_const(variables))
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));

    const QString command =
        RequestExport::tccliCreateProxyCommand(shellSpecials(), Endpoint::china(), PriceRequest::Billing::Traffic);
    const ProcessOutcome outcome = runProcess(shell, {u"-c"_s, command}, environment);
    QVERIFY2(outcome.finished && !outcome.crashed, outcome.describe().constData());
    if (!stopsWith.isEmpty()) {
        QVERIFY2(outcome.exitCode != 0, outcome.describe().constData());
        QVERIFY2(outcome.err.contains(stopsWith), outcome.describe().constData());
        QVERIFY2(outcome.out.isEmpty(), outcome.describe().constData()); // tccli never ran
        return;
    }
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.err.isEmpty(), outcome.describe().constData());
    QVERIFY(outcome.out.endsWith(QChar(0)));
    const QStringList arguments = outcome.out.chopped(1).split(QChar(0));
    const QStringList expected{u"gaap"_s,
                               u"CreateProxy"_s,
                               u"--cli-unfold-argument"_s,
                               u"--ProjectId"_s,
                               u"1250000"_s,
                               u"--ProxyName"_s,
                               u"it's \"my\" $HOME $(echo proxy)"_s,
                               u"--AccessRegion"_s,
                               u"Hong Kong's"_s,
                               u"--RealServerRegion"_s,
                               u"$(echo injected);`echo x` $HOME"_s,
                               u"--Bandwidth"_s,
                               u"10"_s,
                               u"--Concurrent"_s,
                               u"2"_s,
                               u"--BillingType"_s,
                               u"1"_s};
    QCOMPARE(arguments, expected);
}

void tst_Handover::terraform_data()
{
    QTest::addColumn<CheckRequest>("request");
    QTest::addColumn<Billing>("billing");
    QTest::addColumn<QDateTime>("checkedAt");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("expected");

    const QString advice =
        u"# For the provider tencentcloudstack/tencentcloud. Replace each REPLACE_ME first: terraform "
        "apply\n"
        "# creates the connection, and it is billed from then on.\n"_s;
    const QString placeholders =
        u"  name              = \"REPLACE_ME\" # at most 30 characters\n"
        "  project_id        = 0            # REPLACE_ME: your project ID, 0 for the default project\n"_s;
    const QString unexpressed =
        u"\n"
        "  # Checked too, but tencentcloud_gaap_proxy has no argument for these (it creates the\n"
        "  # connection with the API's defaults instead):\n"_s;

    QTest::newRow("required only, no time or RequestId")
        << basicRequest() << Billing() << QDateTime() << QString()
        << u"# Checked by GAAP Capacity Check.\n"_s + advice
               + u"resource \"tencentcloud_gaap_proxy\" \"gaap_hongkong_to_southchina\" {\n"_s + placeholders
               + u"  access_region     = \"Hongkong\"\n"
                 "  realserver_region = \"SouthChina\"\n"
                 "  bandwidth         = 10\n"
                 "  concurrent        = 2\n"
                 "}\n"_s;

    // The time in UTC whatever the zone it is given in.
    const QDateTime checkedAt = QDateTime::fromString(u"2024-05-06T20:00:00.250+08:00"_s, Qt::ISODate);
    QTest::newRow("every option, by traffic")
        << everyOption() << Billing(PriceRequest::Billing::Traffic) << checkedAt
        << u"50cfe60e-2cc8-4ff7-ba08-03769ea7259a"_s
        << u"# Checked by GAAP Capacity Check at 2024-05-06T12:00:00Z with RequestId "
           "50cfe60e-2cc8-4ff7-ba08-03769ea7259a.\n"_s
               + advice + u"resource \"tencentcloud_gaap_proxy\" \"gaap_hongkong_to_southchina\" {\n"_s + placeholders
               + u"  access_region     = \"Hongkong\"\n"
                 "  realserver_region = \"SouthChina\"\n"
                 "  bandwidth         = 10\n"
                 "  concurrent        = 2\n"
                 "  network_type      = \"cn2\"\n"_s
               + unexpressed
               + u"  #   GroupId          = \"lg-1a2b3c4d\"\n"
                 "  #   IPAddressVersion = \"IPv6\"\n"
                 "  #   PackageType      = \"Thunder\"\n"
                 "  #   BillingType      = 1 (by traffic)\n"
                 "}\n"_s;

    // Strings stay strings: quotes, backslashes, line breaks and template sequences are escaped, also in the
    // comments; a network type the resource does not take is only named.
    CheckRequest odd = basicRequest();
    odd.accessRegion = u"Hong \"Kong\"\\"_s;
    odd.originRegion = u"${path.module}%{if x}\n"_s;
    odd.networkType = u"secure_eip"_s;
    QTest::newRow("escaped values, by bandwidth")
        << odd << Billing(PriceRequest::Billing::Bandwidth) << QDateTime() << u"req\n} resource \"x\" {"_s
        << u"# Checked by GAAP Capacity Check with RequestId req\\n} resource \\\"x\\\" {.\n"_s + advice
               + u"resource \"tencentcloud_gaap_proxy\" \"gaap_hong__kong___to___path_module___if_x__\" {\n"_s
               + placeholders
               + u"  access_region     = \"Hong \\\"Kong\\\"\\\\\"\n"
                 "  realserver_region = \"$${path.module}%%{if x}\\n\"\n"
                 "  bandwidth         = 10\n"
                 "  concurrent        = 2\n"_s
               + unexpressed
               + u"  #   NetworkType = \"secure_eip\" (network_type takes normal, cn2, triple)\n"
                 "  #   BillingType = 0 (by bandwidth)\n"
                 "}\n"_s;
}

void tst_Handover::terraform()
{
    QFETCH(CheckRequest, request);
    QFETCH(Billing, billing);
    QFETCH(QDateTime, checkedAt);
    QFETCH(QString, requestId);
    QFETCH(QString, expected);
    QCOMPARE(RequestExport::terraform(request, billing, checkedAt, requestId), expected);
}

void tst_Handover::consoleUrl_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("expected"); // empty: none
    QTest::newRow("China") << QString() << u"https://console.cloud.tencent.com/gaap"_s;
    QTest::newRow("China, typed") << u"https://gaap.tencentcloudapi.com/"_s
                                  << u"https://console.cloud.tencent.com/gaap"_s;
    QTest::newRow("International") << u"https://gaap.intl.tencentcloudapi.com"_s
                                   << u"https://console.tencentcloud.com/gaap"_s;
    QTest::newRow("custom") << u"https://gaap.example.com"_s << QString();
    QTest::newRow("loopback") << u"http://127.0.0.1:8443"_s << QString();
}

void tst_Handover::consoleUrl()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, expected);
    const std::optional<QUrl> url = RequestExport::consoleUrl(endpointFrom(endpoint));
    QCOMPARE(url.has_value(), !expected.isEmpty());
    if (url)
        QCOMPARE(url->toString(), expected);
}

QTEST_MAIN(tst_Handover)
