#pragma once

#include "core/api/endpoint.h"
#include "core/settings/preferences.h"

#include <QDialog>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class EndpointPicker;

namespace Ui {
class SettingsDialog;
}

// What the Settings dialog edits: a plain value, read from and stored into Preferences by its owner.
struct SettingsValues
{
    Endpoint defaultEndpoint = Endpoint::china();
    QString uiLanguage; // "" (system) or one of TranslationLoader::languageTags()
    Preferences::ColourScheme colourScheme = Preferences::ColourScheme::System;
    std::chrono::seconds requestTimeout = Preferences::DefaultRequestTimeout;
    ProxySettings proxy;

    static SettingsValues load(const Preferences &preferences);
    void store(Preferences &preferences) const;

    friend bool operator==(const SettingsValues &a, const SettingsValues &b)
    {
        return a.defaultEndpoint == b.defaultEndpoint && a.uiLanguage == b.uiLanguage
               && a.colourScheme == b.colourScheme && a.requestTimeout == b.requestTimeout && a.proxy == b.proxy;
    }
};

// Edits the default endpoint, the UI language, the colours, the request timeout and the proxy. It touches no
// storage and no network: OK emits settingsAccepted() with the entered values and closes; input that
// cannot be used keeps the dialog open with the reason beside the field.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setValues(const SettingsValues &values);
    void accept() override;

Q_SIGNALS:
    void settingsAccepted(const SettingsValues &values);

private:
    // nullopt (with the reason shown and the field focused) when something cannot be used.
    [[nodiscard]] std::optional<SettingsValues> enteredValues();
    void updateProxyFields();
    void showProxyError(const QString &message);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    EndpointPicker *m_endpoint; // the site combo and the URL field
};
