#pragma once

#include "core/api/apiclient.h"

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// Installs the application's translations (and Qt's own, when present) for one UI language.
namespace TranslationLoader {

// The languages the application is translated to, as the Settings, --language and the settings file
// name them: "en-US", "zh-CN" (in this order; "" means the system language wherever a tag is taken).
QStringList languageTags();

// "zh-CN", "zh_CN", "en-US", "en" or "" (= the system language). Returns the locale in effect.
QLocale localeFromTag(const QString &tag);
// Installs translators on the application, in place of the ones an earlier call installed (every widget then
// gets a LanguageChange event). Returns false when the language has no translation (the UI is then English).
bool install(QCoreApplication *application, const QLocale &locale);
// The X-TC-Language to ask the API for, matching the UI language.
bool prefersChinese(const QLocale &locale);
ApiClient::Language apiLanguage(const QLocale &locale);

} // namespace TranslationLoader
