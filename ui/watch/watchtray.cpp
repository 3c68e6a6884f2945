#include "ui/watch/watchtray.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

WatchTray::WatchTray(QObject *parent)
    : QObject(parent)
{
    if (!isAvailable())
        return;
    m_menu = new QMenu();
    m_icon = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/gaap-capacity.svg")), this);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &WatchTray::watchesRequested);
    retranslate();
    qApp->installEventFilter(this); // LanguageChange reaches the application, not the menu-less icon
}

WatchTray::~WatchTray()
{
    delete m_menu;
}

bool WatchTray::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool WatchTray::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void WatchTray::retranslate()
{
    if (!m_menu)
        return;
    m_menu->clear();
    connect(m_menu->addAction(tr("Show GAAP Capacity Check")), &QAction::triggered, this, &WatchTray::showRequested);
    connect(m_menu->addAction(tr("Watches…")), &QAction::triggered, this, &WatchTray::watchesRequested);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Quit")), &QAction::triggered, this, &WatchTray::quitRequested);
    m_icon->setToolTip(tr("GAAP Capacity Check: watching for capacity"));
}

void WatchTray::setShown(bool shown)
{
    if (m_icon)
        m_icon->setVisible(shown);
}

bool WatchTray::isShown() const
{
    return m_icon && m_icon->isVisible();
}

void WatchTray::notifyCreatable(const QString &message)
{
    if (m_icon && m_icon->isVisible())
        m_icon->showMessage(tr("Capacity available"), message, QSystemTrayIcon::Information, 0);
}

void WatchTray::notifyStillWatching(int watches)
{
    if (!m_icon || !m_icon->isVisible() || std::exchange(m_toldStillWatching, true))
        return;
    m_icon->showMessage(tr("Still watching"),
                        tr("GAAP Capacity Check keeps %n watch(es) running in the background; Quit from this icon's "
                           "menu stops them.",
                           nullptr, watches),
                        QSystemTrayIcon::Information, 8000);
}
