#pragma once

#include <QObject>

class QMenu;
class QSystemTrayIcon;

// The tray icon while watches run: its menu (Show the window, Watches…, Quit) and the desktop notification
// when a watch's connection can be created. Nothing on a desktop without a system tray (isAvailable()).
class WatchTray final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchTray)

public:
    explicit WatchTray(QObject *parent = nullptr);
    ~WatchTray() override;

    [[nodiscard]] static bool isAvailable();
    // Shown while there is something to watch.
    void setShown(bool shown);
    [[nodiscard]] bool isShown() const;
    // "Capacity available", with the message of WatchController::creatableMessage().
    void notifyCreatable(const QString &message);
    // Once per run of the app: the window was closed and the watches go on.
    void notifyStillWatching(int watches);

Q_SIGNALS:
    void showRequested();
    void watchesRequested();
    void quitRequested();

private:
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    bool m_toldStillWatching = false;
};
