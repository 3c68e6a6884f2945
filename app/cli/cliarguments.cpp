#include "cli/cliarguments.h"

#include "cli/cliparser.h"

CliArguments::CliArguments(Version version, const QList<QCommandLineOption> &options)
{
    m_parser.addHelpOption();
    if (version == Version::Accepted)
        m_parser.addVersionOption();
    for (const QCommandLineOption &option : options)
        m_parser.addOption(option);
}

void CliArguments::readSingleDashWordsAsLongOptions()
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

void CliArguments::setDescription(const QString &description)
{
    m_parser.setApplicationDescription(description);
}

bool CliArguments::parse(const QStringList &arguments)
{
    return m_parser.parse(arguments);
}

QString CliArguments::value(const QString &name)
{
    const QStringList values = m_parser.values(name);
    if (values.size() > 1)
        fail(CliParser::tr("--%1 is given %2 times (%3); give it once.")
                 .arg(name)
                 .arg(values.size())
                 .arg(values.join(QStringLiteral(", "))));
    return values.isEmpty() ? QString() : values.constLast();
}

QStringList CliArguments::listValues(const QString &name) const
{
    QStringList out;
    for (const QString &value : m_parser.values(name)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty() && !out.contains(trimmed))
                out.append(trimmed);
        }
    }
    return out;
}

QString CliArguments::choice(const QString &name, const QStringList &allowed)
{
    const QString text = value(name);
    if (!text.isEmpty() && !allowed.contains(text))
        fail(CliParser::tr("--%1 must be one of %2 (got \"%3\").").arg(name, allowed.join(QStringLiteral(", ")), text));
    return text;
}

qint64 CliArguments::positiveInteger(const QString &name)
{
    const QString text = value(name);
    const std::optional<qint64> number = toPositive(text);
    if (!number)
        fail(CliParser::tr("--%1 must be a positive whole number (got \"%2\").").arg(name, text));
    return number.value_or(0);
}

void CliArguments::require(const QStringList &names, const QString &command)
{
    for (const QString &name : names) {
        if (!isSet(name))
            fail(CliParser::tr("--%1 is required for %2.").arg(name, command));
    }
}

void CliArguments::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

std::optional<qint64> CliArguments::toPositive(const QString &text)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number <= 0)
        return std::nullopt;
    return number;
}
