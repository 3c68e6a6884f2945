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

namespace {

// The translators install() made carry this name, so the next install() can take them off again.
const char *const InstalledName = "gaap-translator";

QTranslator *loaded(QCoreApplication *application, const QString &file)
{
    auto *translator = new QTranslator(application);
    translator->setObjectName(QString::fromLatin1(InstalledName));
    if (translator->load(file))
        return translator;
    delete translator;
    return nullptr;
}

void uninstallPrevious(QCoreApplication *application)
{
    for (QTranslator *translator :
         application->findChildren<QTranslator *>(QString::fromLatin1(InstalledName), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

bool install(QCoreApplication *application, const QLocale &locale)
{
    // Replaces the language installed before (a change in Settings takes effect without a restart: every
    // widget gets a LanguageChange event).
    uninstallPrevious(application);
    if (!prefersChinese(locale)) {
        // The source strings are English; only their plural forms ("%n entry(s)": "1 entry", "2 entries")
        // come from a translation.
        QTranslator *plurals = loaded(application, QStringLiteral(":/i18n/gaap-capacity_en.qm"));
        if (plurals)
            QCoreApplication::installTranslator(plurals);
        return plurals != nullptr;
    }

    QTranslator *appTranslator = loaded(application, QStringLiteral(":/i18n/gaap-capacity_zh_CN.qm"));
    if (!appTranslator)
        return false;
    QCoreApplication::installTranslator(appTranslator);
    // Qt's own strings (the file dialog, standard buttons): qt6-translations-l10n on Debian (the .deb depends on
    // it); the deployed Windows and macOS packages carry them where QLibraryInfo points.
    auto *qtTranslator = new QTranslator(application);
    qtTranslator->setObjectName(QString::fromLatin1(InstalledName));
    if (qtTranslator->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return true;
}

} // namespace TranslationLoader
