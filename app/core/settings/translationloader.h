#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Installs the application's translations (and Qt's own, when present) for one UI language.
namespace TranslationLoader {

// "zh-CN", "zh_CN", "en-US", "en" or "" (= the system language). Returns the locale in effect.
QLocale localeFromTag(const QString &tag);
// Installs translators on the application; English needs none. Returns false when the
// language has no translation (the UI then stays in English).
bool install(QCoreApplication *application, const QLocale &locale);
// The X-TC-Language to ask the API for, matching the UI language.
bool prefersChinese(const QLocale &locale);

} // namespace TranslationLoader
