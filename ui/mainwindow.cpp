#include "ui/mainwindow.h"

#include "core/common/gaapversion.h"
#include "core/credentials/profilemanager.h"
#include "core/history/historyrecording.h"
#include "core/history/historystore.h"
#include "core/history/resultexport.h"
#include "core/session/apistack.h"
#include "core/settings/preferences.h"
#include "core/settings/translationloader.h"
#include "ui/check/checkpage.h"
#include "ui/common/colourscheme.h"
#include "ui/common/windowkeys.h"
#include "ui/find/findwindow.h"
#include "ui/history/historyexporter.h"
#include "ui/history/historywindow.h"
#include "ui/matrix/matrixwindow.h"
#include "ui/settings/profilesdialog.h"
#include "ui/settings/settingsdialog.h"
#include "ui/watch/watchcontroller.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>

#include <algorithm>
#include <utility>

MainWindow::MainWindow(ApiStack *stack, ProfileManager *profiles, Preferences *preferences, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_endpoint(stack->endpointFor(profiles->defaultProfileName()))
    , m_profiles(profiles)
    , m_stack(stack)
    , m_preferences(preferences)
    , m_profileLabel(new QLabel(this))
    , m_endpointLabel(new QLabel(this))
    , m_skewLabel(new QLabel(this))
    , m_page(new CheckPage(stack, profiles, preferences, this))
    , m_watches(new WatchController(stack, this))
{
    Q_ASSERT(stack && profiles && preferences);
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/gaap-capacity.svg")));

    m_ui->centralLayout->setContentsMargins(0, 0, 0, 0);
    m_ui->centralLayout->addWidget(m_page);

    m_endpointLabel->setObjectName(QStringLiteral("endpointLabel"));
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_skewLabel->setObjectName(QStringLiteral("clockSkewLabel"));
    m_skewLabel->hide();
    statusBar()->addPermanentWidget(m_skewLabel);
    statusBar()->addPermanentWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_endpointLabel);
    connect(m_stack, &ApiStack::profileChanged, this, &MainWindow::showProfile);
    connect(m_stack, &ApiStack::clockSkewDetected, this, &MainWindow::showClockSkew);
    connect(m_ui->actionRefreshRegions, &QAction::triggered, m_page, &CheckPage::refreshRegions);
    m_profile = m_profiles->defaultProfileName();
    retranslate();

    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quit);
    connect(m_ui->actionWatches, &QAction::triggered, m_watches, &WatchController::openWatches);
    m_ui->actionWatches->setEnabled(false);
    connect(m_watches, &WatchController::showRequested, this, [this] { showInFront(this); });
    connect(m_watches, &WatchController::quitRequested, this, &MainWindow::quit);
    connect(m_watches, &WatchController::historyRecorded, this, &MainWindow::reloadHistoryWindowSoon);
    connect(m_watches, &WatchController::checkRequested, this, &MainWindow::checkInFront);
    connect(m_watches, &WatchController::searchRequested, this, &MainWindow::findInFront);
    connect(m_watches, &WatchController::capacityAppeared, statusBar(),
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_ui->actionProfiles, &QAction::triggered, this, &MainWindow::openProfiles);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_profiles, &ProfileManager::profilesChanged, this, &MainWindow::profilesChanged);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionMatrix, &QAction::triggered, this, &MainWindow::openMatrix);
    connect(m_ui->actionFind, &QAction::triggered, this, &MainWindow::openFind);
    connect(m_ui->actionHistory, &QAction::triggered, this, &MainWindow::openHistory);
    // Ctrl+E also works while the matrix or history window is the active one.
    m_ui->actionExport->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_ui->actionExport, &QAction::triggered, this, [this] { exportResults(exportSource()); });
    connect(m_page, &CheckPage::historyRecorded, this, &MainWindow::reloadHistoryWindowSoon);
    connect(m_page, &CheckPage::findCapacityRequested, this, &MainWindow::openFindFor);
    connect(m_page, &CheckPage::watchRequested, m_watches, &WatchController::watchConnection);
    setHistoryStore(nullptr);
}

MainWindow::~MainWindow() = default;

void MainWindow::setCurrentProfile(const QString &name)
{
    m_page->setProfile(name);
}

void MainWindow::showProfile(const QString &name, const Endpoint &endpoint)
{
    m_profile = name;
    m_endpoint = endpoint;
    m_profileLabel->setText(name.isEmpty() ? tr("Profile: none") : tr("Profile: %1").arg(name));
    m_endpointLabel->setText(tr("Endpoint: %1").arg(endpoint.toString()));
    if (m_matrixWindow)
        m_matrixWindow->setContext(name, endpoint);
    if (m_findWindow)
        m_findWindow->setContext(name, endpoint);
    m_watches->setContext(name, endpoint);
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    m_endpointLabel->setAccessibleName(tr("Endpoint"));
    m_profileLabel->setAccessibleName(tr("Profile"));
    m_skewLabel->setAccessibleName(tr("Clock skew"));
    showProfile(m_profile, m_endpoint);
    if (m_clockSkew != 0)
        showClockSkew(m_clockSkew);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MainWindow::applyLanguage(const QString &tag)
{
    const QLocale locale = TranslationLoader::localeFromTag(tag);
    // The API language first: the windows that reload lists on the LanguageChange event ask in the new one.
    m_stack->setLanguage(TranslationLoader::apiLanguage(locale));
    TranslationLoader::install(QCoreApplication::instance(), locale);
    m_page->refreshRegions(); // the region names are the server's, in the language asked for
    if (MatrixWindow *const matrix = m_matrixWindow.data())
        matrix->reloadRegions();
}

void MainWindow::setHistoryStore(HistoryStore *history)
{
    m_history = history;
    delete std::exchange(m_exporter, nullptr); // it reads another file
    m_page->setHistoryStore(history);
    if (MatrixWindow *const matrix = m_matrixWindow.data())
        matrix->setHistoryStore(history);
    if (FindWindow *const find = m_findWindow.data())
        find->setHistoryStore(history);
    m_watches->setHistoryStore(history);
    m_ui->actionHistory->setEnabled(history != nullptr);
}

MatrixWindow *MainWindow::matrixWindow() const
{
    return m_matrixWindow;
}

HistoryWindow *MainWindow::historyWindow() const
{
    return m_historyWindow;
}

void MainWindow::openMatrix()
{
    // The QPointer read once, then checked and used.
    MatrixWindow *matrix = m_matrixWindow.data();
    if (!matrix) {
        matrix = new MatrixWindow(m_stack, this);
        m_matrixWindow = matrix;
        matrix->setHistoryStore(m_history);
        matrix->setContext(m_profile, m_endpoint);
        connect(matrix, &MatrixWindow::historyRecorded, this, &MainWindow::reloadHistoryWindowSoon);
        connect(matrix, &MatrixWindow::exportRequested, this, [this] { exportResults(ExportSource::Matrix); });
    }
    matrix->setPreferredOrigin(m_page->originRegion()); // start from the main window's origin
    showInFront(matrix);
}

FindWindow *MainWindow::findWindow() const
{
    return m_findWindow;
}

void MainWindow::openFind()
{
    openFindFor(m_page->formRequest());
}

void MainWindow::findInFront(const Requirement &requirement)
{
    FindWindow *find = findWindowMade();
    find->findFor(requirement);
    showInFront(find);
}

void MainWindow::openFindFor(const CheckRequest &request)
{
    FindWindow *find = findWindowMade();
    find->prefill(request);
    showInFront(find);
}

FindWindow *MainWindow::findWindowMade()
{
    FindWindow *find = m_findWindow.data();
    if (!find) {
        find = new FindWindow(m_stack, this);
        m_findWindow = find;
        find->setHistoryStore(m_history);
        find->setContext(m_profile, m_endpoint);
        connect(find, &FindWindow::historyRecorded, this, &MainWindow::reloadHistoryWindowSoon);
        connect(find, &FindWindow::useRequested, this, &MainWindow::checkInFront);
        connect(find, &FindWindow::watchRequested, m_watches, &WatchController::watchRequirement);
    }
    return find;
}

void MainWindow::setWatchList(WatchList *watches)
{
    m_watches->setWatchList(watches);
    m_ui->actionWatches->setEnabled(watches != nullptr);
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    QApplication::quit();
}

void MainWindow::checkInFront(const CheckRequest &request)
{
    m_page->runAgain(request);
    showInFront(this);
}

void MainWindow::reloadHistoryWindowSoon()
{
    if (HistoryWindow *const history = m_historyWindow.data())
        history->scheduleReload();
}

void MainWindow::openHistory()
{
    if (!m_history)
        return;
    if (!m_historyWindow) {
        m_historyWindow = new HistoryWindow(m_history, this);
        m_historyWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_historyWindow, &HistoryWindow::rerunRequested, this, &MainWindow::checkInFront);
        connect(m_historyWindow, &HistoryWindow::exportRequested, this,
                [this] { exportResults(ExportSource::History); });
    } else {
        m_historyWindow->reload();
    }
    showInFront(m_historyWindow);
}

MainWindow::ExportSource MainWindow::exportSource() const
{
    const QWidget *active = QApplication::activeWindow();
    if (m_historyWindow && active == m_historyWindow)
        return ExportSource::History;
    if (m_matrixWindow && m_matrixWindow->hasCells() && (active == m_matrixWindow || m_matrixWindow->isVisible()))
        return ExportSource::Matrix;
    return ExportSource::History;
}

void MainWindow::exportResults(ExportSource source)
{
    if (source == ExportSource::Matrix && !(m_matrixWindow && m_matrixWindow->hasCells())) {
        statusBar()->showMessage(tr("Nothing to export: the matrix has no answers yet."), 10000);
        return;
    }
    if (source == ExportSource::History && !(m_history && m_history->isAvailable())) {
        statusBar()->showMessage(m_history ? tr("History is not available: %1").arg(m_history->problem())
                                           : tr("History is not available."),
                                 10000);
        return;
    }
    QWidget *parent = this;
    if (source == ExportSource::Matrix && m_matrixWindow->isVisible())
        parent = m_matrixWindow;
    else if (source == ExportSource::History && m_historyWindow && m_historyWindow->isVisible())
        parent = m_historyWindow;
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString baseName =
        source == ExportSource::Matrix
            ? QStringLiteral("gaap-matrix-%1-%2").arg(m_matrixWindow->run()->request().originRegion, stamp)
            : QStringLiteral("gaap-history-%1").arg(stamp);
    ExportFile::choose(
        parent, source == ExportSource::Matrix ? tr("Export Matrix") : tr("Export History"), baseName,
        [this, source](const QString &path, ExportFile::Format format) { exportTo(path, format, source); });
}

bool MainWindow::exportTo(const QString &path, ExportFile::Format format, ExportSource source)
{
    if (source == ExportSource::History) {
        if (!m_history || !m_history->isAvailable())
            return false;
        // Every entry the history window's filter matches (or every entry), not only the rows it has read,
        // streamed from the database on a thread of its own: a million entries take seconds.
        if (!m_exporter) {
            m_exporter = new HistoryExporter(m_history->path(), this);
            connect(m_exporter, &HistoryExporter::finished, this,
                    [this](bool ok, const QString &written, const QString &message) {
                        statusBar()->showMessage(message, 15000);
                        Q_EMIT exportFinished(ok, written);
                    });
        }
        m_exporter->start(m_historyWindow ? m_historyWindow->filter() : HistoryFilter(), format, path);
        statusBar()->showMessage(tr("Exporting the history to %1…").arg(QDir::toNativeSeparators(path)));
        return true;
    }
    if (!m_matrixWindow || !m_matrixWindow->run())
        return false;
    const MatrixRun *run = m_matrixWindow->run();
    const bool json = format == ExportFile::Format::Json;
    QString error;
    const bool written = ExportFile::write(path,
                                           json ? ResultExport::matrixJson(run->request(), run->cells())
                                                : ResultExport::matrixCsv(run->request(), run->cells()),
                                           &error);
    QString message =
        written ? tr("Exported %n matrix cell(s) to %1", nullptr, run->totalCount()).arg(QDir::toNativeSeparators(path))
                : error;
    if (const int unchecked = run->totalCount() - run->doneCount(); written && unchecked > 0)
        message +=
            u' ' + tr("%n of them were not checked (the run was cancelled): they say \"pending\".", nullptr, unchecked);
    statusBar()->showMessage(message, 15000);
    m_matrixWindow->showMessage(message); // the matrix window is the one in front
    Q_EMIT exportFinished(written, path);
    return written;
}

void MainWindow::showClockSkew(qint64 seconds)
{
    m_clockSkew = seconds;
    m_skewLabel->setText(seconds > 0 ? tr("Clock %1 s behind Tencent Cloud (corrected)").arg(seconds)
                                     : tr("Clock %1 s ahead of Tencent Cloud (corrected)").arg(-seconds));
    m_skewLabel->show();
}

void MainWindow::openProfiles()
{
    if (!m_profilesDialog) {
        m_profilesDialog = new ProfilesDialog(m_profiles, m_stack->verifier(), this);
        m_profilesDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_profilesDialog->setDefaultEndpoint(m_preferences->defaultEndpoint());
        connect(m_profilesDialog, &ProfilesDialog::profilesChanged, this, &MainWindow::profilesChanged);
        if (!m_profile.isEmpty())
            m_profilesDialog->selectProfile(m_profile);
    }
    m_profilesDialog->open();
    showInFront(m_profilesDialog);
}

void MainWindow::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_settingsDialog->setValues(SettingsValues::load(*m_preferences));
        connect(m_settingsDialog, &SettingsDialog::settingsAccepted, this, [this](const SettingsValues &values) {
            const bool languageChanged = values.uiLanguage != m_preferences->uiLanguage();
            const bool coloursChanged = values.colourScheme != m_preferences->colourScheme();
            values.store(*m_preferences);
            if (languageChanged)
                applyLanguage(values.uiLanguage);
            if (coloursChanged)
                ColourScheme::apply(values.colourScheme);
            applyProxy(values.proxy);
            m_stack->setDefaultEndpoint(m_preferences->defaultEndpoint());
            m_stack->setTimeout(m_preferences->requestTimeout());
            // A profile without an endpoint of its own (Environment) follows the new default site.
            if (!m_profile.isEmpty() && !(m_page->endpoint() == m_endpoint))
                setCurrentProfile(m_profile);
            Q_EMIT preferencesChanged();
        });
    }
    m_settingsDialog->open();
    showInFront(m_settingsDialog);
}

void MainWindow::restoreOrFitGeometry(const QByteArray &saved)
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    if (!saved.isEmpty() && restoreGeometry(saved) && available.contains(frameGeometry()))
        return;
    // The page's room for the form and an answer card, plus the menu and status bars; at most 90 % of the
    // free area (and never larger than it, at 2x scaling too).
    // At least 800 wide: empty lists make the form's own hint narrow, and region names are long.
    const QSize page = m_page->fullSizeHint();
    const QSize wanted(std::max(page.width(), 800),
                       page.height() + menuBar()->sizeHint().height() + statusBar()->sizeHint().height());
    const QSize limit = available.size() * 0.9;
    resize(wanted.boundedTo(limit).expandedTo(minimumSizeHint().boundedTo(limit)));
    move(available.center() - rect().center());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_preferences->setWindowGeometry(saveGeometry());
    m_page->saveSelections();
    if (!m_quitting && m_watches->keepWatchingInTheBackground()) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::profilesChanged()
{
    // Keep the chosen profile while it exists (its key may have changed: read it again); otherwise the one the
    // app would open with (shown as chosen in the window).
    m_page->reloadProfiles();
    setCurrentProfile(!m_profile.isEmpty() && m_profiles->profile(m_profile) ? m_profile
                                                                             : m_profiles->startupProfileName());
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
