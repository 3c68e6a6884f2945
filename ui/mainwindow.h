#pragma once

#include "core/api/endpoint.h"
#include "core/gaap/gaaptypes.h"
#include "ui/common/exportfile.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class ApiStack;
class CheckPage;
class FindWindow;
class HistoryExporter;
class WatchController;
struct Requirement;
class WatchList;
class HistoryStore;
class HistoryWindow;
class MatrixWindow;
class Preferences;
class ProfileManager;
class ProfilesDialog;
class SettingsDialog;
class QLabel;

namespace Ui {
class MainWindow;
}

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `stack` is configured by the caller (language, endpoint override, default endpoint, timeout);
    // the window keeps its default endpoint and timeout in step with the Settings. All three must
    // outlive the window.
    MainWindow(ApiStack *stack, ProfileManager *profiles, Preferences *preferences, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] QString currentProfile() const { return m_profile; }
    // The profile requests are signed with; empty for none. Its key is read from the keychain and
    // the region lists are loaded.
    void setCurrentProfile(const QString &name);
    [[nodiscard]] CheckPage *checkPage() const { return m_page; }
    // Opens the Profiles dialog (window-modal, without blocking); raises it when already open.
    void openProfiles();
    // Opens the Settings dialog the same way. Accepting it stores the values, applies the proxy at
    // once and emits preferencesChanged().
    void openSettings();
    // Switches the user interface, and the language Tencent Cloud answers in, to `tag` (one of
    // TranslationLoader::languageTags(), or "" for the system language) without a restart: every open window
    // re-translates itself and the region lists are loaded again (their names come from the server).
    void applyLanguage(const QString &tag);

    // Where single checks and matrix cells are recorded; nullptr: no history (its actions are
    // disabled). Must outlive the window.
    void setHistoryStore(HistoryStore *history);
    // Tools > Matrix… (Ctrl+M) and Tools > History… (Ctrl+H): non-modal windows, raised when open.
    void openMatrix();
    void openHistory();
    // Where the watches are kept (nullptr: none; the Watches action is disabled). Must outlive the window. The
    // watches of the profile in use run once its key is read; each check goes to the history store.
    void setWatchList(WatchList *watches);
    // The watches' side: Watch on the card and in Find, Tools > Watches… (Ctrl+Shift+W), the tray.
    [[nodiscard]] WatchController *watchController() const { return m_watches; }
    // Tools > Find Capacity… (Ctrl+F): the requirement search, starting from the form's choices.
    void openFind();
    // The Find Capacity window prefilled with `request` (its bandwidth and concurrency as the minimum): the result
    // card's "Find where it can be created…".
    void openFindFor(const CheckRequest &request);
    [[nodiscard]] FindWindow *findWindow() const;
    [[nodiscard]] MatrixWindow *matrixWindow() const;
    [[nodiscard]] HistoryWindow *historyWindow() const;

    // What File > Export… (Ctrl+E) saves: the open matrix when it has answers and the history
    // window is not the active one, else the history (the filtered view when its window is open).
    enum class ExportSource { Matrix, History };
    [[nodiscard]] ExportSource exportSource() const;
    // Asks for a file (non-blocking) and exports `source` to it.
    void exportResults(ExportSource source);
    // Writes `source` to `path`; the outcome is shown in the status bar and by exportFinished(). The history
    // is written on a thread of its own: true means started; the matrix is written at once.
    bool exportTo(const QString &path, ExportFile::Format format, ExportSource source);

Q_SIGNALS:
    void preferencesChanged();
    void exportFinished(bool ok, const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override; // saves the window geometry
    void changeEvent(QEvent *event) override;     // a language change re-translates the window's texts

public:
    // Restores `saved` (the last session's geometry) if it fits the screen; otherwise (first start, another
    // screen, 2x scaling) a size that shows the form and an answer, within the screen's free area.
    void restoreOrFitGeometry(const QByteArray &saved);

private:
    // The history window (when open) reloads shortly: a check or a matrix cell was recorded.
    void reloadHistoryWindowSoon();
    // Fills the form with `request`, checks it and brings this window to the front (History > Re-run, Find > Use).
    void checkInFront(const CheckRequest &request);
    // Runs `requirement` in the Find window, in front (from the Watches window).
    void findInFront(const Requirement &requirement);
    FindWindow *findWindowMade(); // made on first use
    void quit();
    void profilesChanged();
    void showAbout();
    void showProfile(const QString &name, const Endpoint &endpoint);
    void showClockSkew(qint64 seconds);
    void retranslate();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Endpoint m_endpoint;
    ProfileManager *m_profiles;
    ApiStack *m_stack;
    Preferences *m_preferences;
    QString m_profile;
    QLabel *m_profileLabel;
    QLabel *m_endpointLabel;
    QLabel *m_skewLabel;
    qint64 m_clockSkew = 0; // seconds; 0 when none was seen
    CheckPage *m_page;
    HistoryStore *m_history = nullptr;
    HistoryExporter *m_exporter = nullptr; // made for the first history export
    QPointer<MatrixWindow> m_matrixWindow;
    QPointer<FindWindow> m_findWindow;
    WatchController *m_watches;
    bool m_quitting = false; // Quit: closing ends the app even while watches run
    QPointer<HistoryWindow> m_historyWindow;
    QPointer<ProfilesDialog> m_profilesDialog;
    QPointer<SettingsDialog> m_settingsDialog;
};
