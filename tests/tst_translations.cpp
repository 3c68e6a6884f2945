// The translations as the programs load them (TranslationLoader, the .qm files embedded as in the app and the
// CLI): every message with a count (%n) reads as a sentence in both languages. English needs a translation for
// that too: the sources say "%n entry(s)", the English plural forms say "1 entry" and "2 entries".
#include "core/settings/translationloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct CountedMessage
{
    QString context;
    QString source;
};

// Every message with a count, read from the full translation (lupdate keeps it complete).
QList<CountedMessage> countedMessages()
{
    QFile file(QStringLiteral(GAAP_SOURCE_DIR "/translations/gaap-capacity_zh_CN.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<CountedMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        else if (xml.name() == QLatin1String("source") && numerus)
            out.append({context, xml.readElementText()});
    }
    return out;
}

} // namespace

class tst_Translations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countedMessagesAreSentences_data();
    void countedMessagesAreSentences();
    void historySourcesAreWords();
};

void tst_Translations::countedMessagesAreSentences_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en-US") << QStringLiteral("en-US");
    QTest::newRow("zh-CN") << QStringLiteral("zh-CN");
}

void tst_Translations::countedMessagesAreSentences()
{
    QFETCH(QString, language);
    const QList<CountedMessage> messages = countedMessages();
    QVERIFY(messages.size() >= 5);
    QVERIFY(TranslationLoader::install(QCoreApplication::instance(), TranslationLoader::localeFromTag(language)));
    for (const CountedMessage &message : messages) {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QString one = QCoreApplication::translate(context.constData(), source.constData(), nullptr, 1);
        const QString two = QCoreApplication::translate(context.constData(), source.constData(), nullptr, 2);
        const QString what = message.context + u": " + one + u" / " + two;
        // Translated, with the count in it, and never the "(s)" of the source text.
        QVERIFY2(one != message.source && two != message.source, qPrintable(what));
        QVERIFY2(!one.contains(QLatin1String("(s)")) && !two.contains(QLatin1String("(s)")), qPrintable(what));
        QVERIFY2(two.contains(u'2'), qPrintable(what));
        if (language == QLatin1String("en-US"))
            QVERIFY2(one != two, qPrintable(what)); // "1 entry", "2 entries"
    }
    // 1,000,000 with the locale's digit grouping where the message asks for it (%Ln).
    const QString many = QCoreApplication::translate("HistoryWindow", "%Ln matching entry(s)", nullptr, 1000000);
    QVERIFY2(many.contains(QLocale().toString(1000000)), qPrintable(many));
}

// The History window's Source column in Chinese said "check" and "matrix": the stored values are translated for
// the table.
void tst_Translations::historySourcesAreWords()
{
    QVERIFY(TranslationLoader::install(QCoreApplication::instance(),
                                       TranslationLoader::localeFromTag(QStringLiteral("zh-CN"))));
    for (const auto &[source, comment] : {std::pair{"check", "history source: a single check in the app"},
                                          std::pair{"matrix", "history source: a cell of a capacity matrix"},
                                          std::pair{"command line", "history source: gaap-capacity-cli"}}) {
        const QString text = QCoreApplication::translate("HistoryModel", source, comment);
        QVERIFY2(text != QLatin1String(source) && !text.isEmpty(), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(tst_Translations)

#include "tst_translations.moc"
