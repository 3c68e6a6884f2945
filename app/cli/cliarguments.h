#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One command line read with QCommandLineParser, and the first mistake found in its values: every
// command reads its options through one of these, so a problem is reported the same way everywhere.
// Its messages are translated as CliParser's.
class CliArguments final
{
public:
    enum class Version { Accepted, Unknown }; // whether --version is an option

    CliArguments(Version version, const QList<QCommandLineOption> &options);
    Q_DISABLE_COPY_MOVE(CliArguments)

    // "-name" is read as --name (not as -n -a -m -e).
    void readSingleDashWordsAsLongOptions();
    void setDescription(const QString &description);
    // false: the arguments do not fit the options (see parserError()).
    bool parse(const QStringList &arguments);
    [[nodiscard]] QString parserError() const { return m_parser.errorText(); }
    // QCommandLineParser's help: a usage line, the description and the options.
    [[nodiscard]] QString helpText() const { return m_parser.helpText(); }

    [[nodiscard]] bool isSet(const QString &name) const { return m_parser.isSet(name); }
    // The value of --name. An option given more than once is a mistake (the last one would silently win, and
    // something else than meant would be checked): the problem is recorded and the last value returned.
    QString value(const QString &name);
    [[nodiscard]] QStringList positional() const { return m_parser.positionalArguments(); }
    // The values of a repeatable option; each may also hold several, separated by commas.
    [[nodiscard]] QStringList listValues(const QString &name) const;

    // The readers below check the value; the first problem found is kept, later ones are dropped.
    // The value of --name when it is empty or one of `allowed`.
    QString choice(const QString &name, const QStringList &allowed);
    // --name N as a positive whole number.
    qint64 positiveInteger(const QString &name);
    // Each of `names` must be given to `command`.
    void require(const QStringList &names, const QString &command);
    // Records `message` as the problem unless one was found before (an empty message is none).
    void fail(const QString &message);
    [[nodiscard]] bool failed() const { return !m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }

    // `text` as a positive whole number; nullopt when it is not one.
    static std::optional<qint64> toPositive(const QString &text);

private:
    QCommandLineParser m_parser;
    QString m_error;
};
