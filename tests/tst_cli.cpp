// gaap-capacity-cli as scripts see it: exit codes and output of --version, --help and bad usage.
#include "gaapversion.h"

#include <QProcess>
#include <QtTest>

class tst_Cli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodesAndOutput_data();
    void exitCodesAndOutput();
    void chineseHelp();

private:
    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Outcome runCli(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
};

tst_Cli::Outcome tst_Cli::runCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GAAP_CLI_PATH), arguments);
    Outcome outcome;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return outcome;
    outcome.exitCode = process.exitCode();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

void tst_Cli::exitCodesAndOutput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutContains");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0
                               << QStringLiteral("gaap-capacity-cli " GAAP_VERSION_STRING) << QString();
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("--version") << QString();
    QTest::newRow("no arguments") << QStringList{} << 2 << QStringLiteral("Usage:") << QString();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QString()
                                     << QStringLiteral("frobnicate");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2 << QString()
                                    << QStringLiteral("frobnicate");
}

void tst_Cli::exitCodesAndOutput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutContains);
    QFETCH(QString, stderrContains);

    const Outcome outcome = runCli(arguments);
    QCOMPARE(outcome.exitCode, exitCode);
    QVERIFY2(outcome.out.contains(stdoutContains), qPrintable(outcome.out));
    QVERIFY2(outcome.err.contains(stderrContains), qPrintable(outcome.err));
}

void tst_Cli::chineseHelp()
{
    // The embedded translation is used for the CLI's own messages.
    const Outcome outcome = runCli({QStringLiteral("--language"), QStringLiteral("zh-CN"), QStringLiteral("--help")});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.out.contains(QStringLiteral("加速")), qPrintable(outcome.out));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
