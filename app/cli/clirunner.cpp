#include "cli/clirunner.h"

#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "cli/clitable.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

#include <utility>

CliRunner::CliRunner(const CliInvocation &invocation, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_invocation(invocation)
    , m_stack(store)
{
    m_stack.configure(invocation);
    // The CLI's messages are translated and say what to do; the internal log lines (English, for developers:
    // the history's problems, a clock-skew retry, an unreadable region cache) are for --verbose only.
    if (!invocation.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("gaap.*.warning=false"));
    reportApiEvents();
    connect(&m_interruption, &CliInterruption::interrupted, this, &CliRunner::interrupted);
}

CliRunner::~CliRunner() = default;

void CliRunner::interrupted()
{
    if (std::exchange(m_interrupted, true) || !m_interruptHandler) {
        writeError(tr("Interrupted."));
        return end(ExitCode::Interrupted);
    }
    m_interruptHandler();
}

void CliRunner::reportApiEvents()
{
    if (m_invocation.verbose) {
        m_stack.client().setTracing(true);
        connect(&m_stack.client(), &ApiClient::traced, this,
                [](const QString &text) { writeTo(stderr, text + u'\n'); });
    }
    connect(&m_stack.api(), &GaapApi::clockSkewDetected, this, [](qint64 seconds) {
        // `seconds` is the server's time minus ours.
        const QString text = seconds > 0 ? tr("Warning: this computer's clock is %1 seconds behind "
                                              "Tencent Cloud's; the request was repeated with the "
                                              "corrected time. Please synchronise the clock.\n")
                                         : tr("Warning: this computer's clock is %1 seconds ahead of "
                                              "Tencent Cloud's; the request was repeated with the "
                                              "corrected time. Please synchronise the clock.\n");
        writeTo(stderr, text.arg(qAbs(seconds)));
    });
}

void CliRunner::start()
{
    const CliCommandSpec spec = CliCommands::spec(m_invocation.command);
    if (!spec.needsCredentials)
        return spec.run(*this);
    m_stack.loadCredentials(m_invocation, [this, spec](ExitCode code) {
        if (code != ExitCode::Success)
            return end(code);
        spec.run(*this);
    });
}

void CliRunner::show(const CliTable &table, const QJsonObject &response, ExitCode code)
{
    switch (m_invocation.output) {
    case OutputFormat::Json:
        writeTo(stdout, QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Indented)));
        break;
    case OutputFormat::Csv: writeTo(stdout, table.toCsv()); break;
    case OutputFormat::Table: writeTo(stdout, table.toText()); break;
    }
    end(code);
}

void CliRunner::record(HistoryEntry entry)
{
    if (!m_history)
        m_history = std::make_unique<HistoryStore>();
    if (!entry.checkedAt.isValid())
        entry.checkedAt = QDateTime::currentDateTimeUtc();
    entry.profile = m_stack.profileName();
    entry.endpoint = m_stack.client().endpoint().toString();
    if ((m_history->isAvailable() && m_history->record(entry)) || m_historyWarned)
        return;
    m_historyWarned = true;
    const QString problem =
        m_history->problem().isEmpty() ? tr("the history database cannot be written.") : m_history->problem();
    writeTo(stderr,
            tr("gaap-capacity-cli: warning: this check is not recorded in the history: %1").arg(problem) + u'\n');
}

void CliRunner::fail(const ApiError &error)
{
    fail(exitCodeFor(error), error.describe());
}

void CliRunner::fail(ExitCode code, const QString &message)
{
    writeError(message);
    end(code);
}

void CliRunner::end(ExitCode code)
{
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(static_cast<int>(code)); });
}
