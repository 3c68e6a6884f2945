#include "mainwindow.h"

#include "checkpage.h"
#include "gaapversion.h"
#include "preferences.h"
#include "profilemanager.h"
#include "profilesdialog.h"
#include "settingsdialog.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>

#include <utility>

MainWindow::MainWindow(Endpoint endpoint, ProfileManager *profiles, ProfileVerifier *verifier, Preferences *preferences,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_endpoint(std::move(endpoint))
    , m_profiles(profiles)
    , m_verifier(verifier)
    , m_preferences(preferences)
    , m_profileLabel(new QLabel(this))
    , m_endpointLabel(new QLabel(this))
    , m_skewLabel(new QLabel(this))
    , m_page(new CheckPage(profiles, preferences, this))
{
    Q_ASSERT(profiles && verifier && preferences);
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/gaap-capacity.svg")));

    m_ui->centralLayout->setContentsMargins(0, 0, 0, 0);
    m_ui->centralLayout->addWidget(m_page);
    m_page->setTimeout(m_preferences->requestTimeout());

    m_endpointLabel->setText(tr("Endpoint: %1").arg(m_endpoint.toString()));
    m_endpointLabel->setObjectName(QStringLiteral("endpointLabel"));
    m_endpointLabel->setAccessibleName(tr("Endpoint"));
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_profileLabel->setAccessibleName(tr("Profile"));
    m_skewLabel->setObjectName(QStringLiteral("clockSkewLabel"));
    m_skewLabel->setAccessibleName(tr("Clock skew"));
    m_skewLabel->hide();
    statusBar()->addPermanentWidget(m_skewLabel);
    statusBar()->addPermanentWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_endpointLabel);
    connect(m_page, &CheckPage::profileChanged, this, &MainWindow::showProfile);
    connect(m_page, &CheckPage::clockSkewDetected, this, &MainWindow::showClockSkew);
    connect(m_ui->actionRefreshRegions, &QAction::triggered, m_page, &CheckPage::refreshRegions);
    connect(this, &MainWindow::preferencesChanged, this, [this] { m_page->setTimeout(m_preferences->requestTimeout()); });
    showProfile(m_profiles->defaultProfileName(), m_endpoint);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionProfiles, &QAction::triggered, this, &MainWindow::openProfiles);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_profiles, &ProfileManager::profilesChanged, this, &MainWindow::profilesChanged);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::~MainWindow() = default;

void MainWindow::setCurrentProfile(const QString &name)
{
    m_page->setProfile(name);
}

void MainWindow::setEndpointOverride(const std::optional<Endpoint> &endpoint)
{
    m_page->setEndpointOverride(endpoint);
}

void MainWindow::setApiLanguage(ApiClient::Language language)
{
    m_page->setLanguage(language);
}

void MainWindow::showProfile(const QString &name, const Endpoint &endpoint)
{
    m_profile = name;
    m_endpoint = endpoint;
    m_profileLabel->setText(name.isEmpty() ? tr("Profile: none") : tr("Profile: %1").arg(name));
    m_endpointLabel->setText(tr("Endpoint: %1").arg(endpoint.toString()));
}

void MainWindow::showClockSkew(qint64 seconds)
{
    m_skewLabel->setText(seconds > 0 ? tr("Clock %1 s behind Tencent Cloud (corrected)").arg(seconds)
                                     : tr("Clock %1 s ahead of Tencent Cloud (corrected)").arg(-seconds));
    m_skewLabel->show();
}

void MainWindow::openProfiles()
{
    if (!m_profilesDialog) {
        m_profilesDialog = new ProfilesDialog(m_profiles, m_verifier, this);
        m_profilesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_profilesDialog, &ProfilesDialog::profilesChanged, this, &MainWindow::profilesChanged);
        if (!m_profile.isEmpty())
            m_profilesDialog->selectProfile(m_profile);
    }
    m_profilesDialog->open();
    m_profilesDialog->raise();
    m_profilesDialog->activateWindow();
}

void MainWindow::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_settingsDialog->setValues(SettingsValues::load(*m_preferences));
        connect(m_settingsDialog, &SettingsDialog::settingsAccepted, this, [this](const SettingsValues &values) {
            values.store(*m_preferences);
            applyProxy(values.proxy);
            Q_EMIT preferencesChanged();
        });
    }
    m_settingsDialog->open();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_preferences->setWindowGeometry(saveGeometry());
    m_page->saveSelections();
    QMainWindow::closeEvent(event);
}

void MainWindow::profilesChanged()
{
    // Keep the chosen profile while it exists (its key may have changed: read it again); otherwise
    // fall back to the default one.
    m_page->reloadProfiles();
    setCurrentProfile(!m_profile.isEmpty() && m_profiles->profile(m_profile) ? m_profile
                                                                             : m_profiles->defaultProfileName());
}

void MainWindow::showAbout()
{
    // Opened, not exec()'d: the window keeps running while the box is up.
    auto *box = new QMessageBox(QMessageBox::Information, tr("About GAAP Capacity Check"),
                                tr("<h3>GAAP Capacity Check %1</h3>"
                                   "<p>Asks Tencent Cloud's Global Application Acceleration Platform whether an "
                                   "acceleration connection can be created, and what it would cost.</p>"
                                   "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
                                   "<p><a href=\"%2\">%2</a></p>")
                                    .arg(QStringLiteral(GAAP_VERSION_STRING), QStringLiteral(GAAP_HOMEPAGE_URL)),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
