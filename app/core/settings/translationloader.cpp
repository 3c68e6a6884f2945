#include "core/settings/translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace TranslationLoader {

QStringList languageTags()
{
    return {QStringLiteral("en-US"), QStringLiteral("zh-CN")};
}

QLocale localeFromTag(const QString &tag)
{
    if (tag.trimmed().isEmpty())
        return QLocale::system();
    QString name = tag.trimmed();
    name.replace(u'-', u'_');
    return QLocale(name);
}

bool prefersChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

ApiClient::Language apiLanguage(const QLocale &locale)
{
    return prefersChinese(locale) ? ApiClient::Language::Chinese : ApiClient::Language::English;
}

bool install(QCoreApplication *application, const QLocale &locale)
{
    if (!prefersChinese(locale)) {
        // The source strings are English; only their plural forms ("%n entry(s)": "1 entry", "2 entries")
        // come from a translation.
        auto *plurals = new QTranslator(application);
        if (!plurals->load(QStringLiteral(":/i18n/gaap-capacity_en.qm"))) {
            delete plurals;
            return false;
        }
        QCoreApplication::installTranslator(plurals);
        return true;
    }

    auto *appTranslator = new QTranslator(application);
    if (!appTranslator->load(QStringLiteral(":/i18n/gaap-capacity_zh_CN.qm"))) {
        delete appTranslator;
        return false;
    }
    QCoreApplication::installTranslator(appTranslator);

    auto *qtTranslator = new QTranslator(application);
    if (qtTranslator->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return true;
}

} // namespace TranslationLoader
