#include "ui/settings/settingsdialog.h"

#include "core/settings/translationloader.h"
#include "ui/common/formconventions.h"
#include "ui/settings/endpointpicker.h"
#include "ui_settingsdialog.h"

#include <QPushButton>

#include <algorithm>

namespace {

// The language combo's rows, in the order of settingsdialog.ui: the system language, then
// TranslationLoader::languageTags(). The names stay in their own language whatever the UI's is.
QStringList languageRows()
{
    return QStringList{QString()} + TranslationLoader::languageTags();
}

constexpr int DefaultProxyPort = 8080; // shown until a manual proxy is stored

} // namespace

SettingsValues SettingsValues::load(const Preferences &preferences)
{
    return {preferences.defaultEndpoint(), preferences.uiLanguage(), preferences.colourScheme(),
            preferences.requestTimeout(), preferences.proxy()};
}

void SettingsValues::store(Preferences &preferences) const
{
    preferences.setDefaultEndpoint(defaultEndpoint);
    preferences.setUiLanguage(uiLanguage);
    preferences.setColourScheme(colourScheme);
    preferences.setRequestTimeout(requestTimeout);
    preferences.setProxy(proxy);
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    applyFormConventions(this); // helper buttons named, wheel and Alt+letter guarded
    m_endpoint = new EndpointPicker(m_ui->siteCombo, m_ui->endpointEdit, m_ui->endpointErrorLabel, this);
    m_ui->timeoutSpin->setRange(static_cast<int>(Preferences::MinRequestTimeout.count()),
                                static_cast<int>(Preferences::MaxRequestTimeout.count()));
    m_ui->proxyErrorLabel->hide();
    // The two forms line up: their label columns share one width.
    const std::array<QLabel *, 5> formLabels{m_ui->siteLabel, m_ui->endpointLabel, m_ui->languageLabel,
                                             m_ui->appearanceLabel, m_ui->timeoutLabel};
    int labelWidth = 0;
    for (const QLabel *label : formLabels)
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : formLabels)
        label->setMinimumWidth(labelWidth);
    resize(size().expandedTo(sizeHint())); // room for every row, whatever the language and font

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->manualProxyRadio, &QRadioButton::toggled, this, &SettingsDialog::updateProxyFields);
    connect(m_ui->hostEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (isValidProxyHost(text))
            m_ui->proxyErrorLabel->hide();
    });

    setValues(SettingsValues());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setValues(const SettingsValues &values)
{
    m_endpoint->setEndpoint(values.defaultEndpoint);
    m_ui->languageCombo->setCurrentIndex(std::max(0, static_cast<int>(languageRows().indexOf(values.uiLanguage))));
    // The rows of settingsdialog.ui are in the order of Preferences::ColourScheme.
    m_ui->appearanceCombo->setCurrentIndex(static_cast<int>(values.colourScheme));
    m_ui->timeoutSpin->setValue(static_cast<int>(values.requestTimeout.count())); // the spin box clamps

    switch (values.proxy.mode) {
    case ProxySettings::Mode::System: m_ui->systemProxyRadio->setChecked(true); break;
    case ProxySettings::Mode::None: m_ui->noProxyRadio->setChecked(true); break;
    case ProxySettings::Mode::Manual: m_ui->manualProxyRadio->setChecked(true); break;
    }
    m_ui->hostEdit->setText(values.proxy.host);
    m_ui->portSpin->setValue(values.proxy.port != 0 ? int{values.proxy.port} : DefaultProxyPort);
    m_ui->proxyErrorLabel->hide();
    updateProxyFields();
}

void SettingsDialog::accept()
{
    const std::optional<SettingsValues> values = enteredValues();
    if (!values) {
        resize(size().expandedTo(sizeHint())); // the shown reason needs its own line
        return;                                // stays open; the reason is shown beside the field
    }
    Q_EMIT settingsAccepted(*values);
    QDialog::accept();
}

std::optional<SettingsValues> SettingsDialog::enteredValues()
{
    SettingsValues values;
    const std::optional<Endpoint> endpoint = m_endpoint->checkedEndpoint();
    if (!endpoint) {
        m_ui->endpointEdit->setFocus();
        return std::nullopt;
    }
    values.defaultEndpoint = *endpoint;

    const int language = m_ui->languageCombo->currentIndex();
    values.uiLanguage = languageRows().value(language);
    values.colourScheme = static_cast<Preferences::ColourScheme>(std::max(0, m_ui->appearanceCombo->currentIndex()));
    values.requestTimeout = std::chrono::seconds(m_ui->timeoutSpin->value());

    if (m_ui->noProxyRadio->isChecked()) {
        values.proxy.mode = ProxySettings::Mode::None;
    } else if (m_ui->manualProxyRadio->isChecked()) {
        QString problem;
        if (!isValidProxyHost(m_ui->hostEdit->text(), &problem)) {
            showProxyError(problem);
            m_ui->hostEdit->setFocus();
            return std::nullopt;
        }
        values.proxy.mode = ProxySettings::Mode::Manual;
        values.proxy.host = m_ui->hostEdit->text().trimmed();
        values.proxy.port = static_cast<quint16>(m_ui->portSpin->value()); // 1…65535 by the spin box
    }
    m_ui->proxyErrorLabel->hide();
    return values;
}

void SettingsDialog::updateProxyFields()
{
    const bool manual = m_ui->manualProxyRadio->isChecked();
    m_ui->hostLabel->setEnabled(manual);
    m_ui->hostEdit->setEnabled(manual);
    m_ui->portLabel->setEnabled(manual);
    m_ui->portSpin->setEnabled(manual);
    if (!manual)
        m_ui->proxyErrorLabel->hide();
}

void SettingsDialog::showProxyError(const QString &message)
{
    m_ui->proxyErrorLabel->setText(message);
    m_ui->proxyErrorLabel->show();
}
