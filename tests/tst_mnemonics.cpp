// Keyboard mnemonics (Alt+letter) are unique within each window, in English and in Simplified Chinese: a
// mnemonic used twice only moves the focus between its owners (Alt+T was both the Tools menu and "Copy as
// tccli command"; Alt+N in the matrix both "Network type" and Cancel, so a running matrix could not be
// cancelled from the keyboard). The test walks every widget of each window, hidden ones included, and the
// menu bar's menus.
#include "core/session/watchlist.h"
#include "core/settings/translationloader.h"
#include "support/appcontext.h"
#include "ui/find/findwindow.h"
#include "ui/history/historywindow.h"
#include "ui/mainwindow.h"
#include "ui/matrix/matrixwindow.h"
#include "ui/settings/profilesdialog.h"
#include "ui/settings/settingsdialog.h"
#include "ui/watch/watcheswindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>

#include <algorithm>
#include <memory>

namespace {

// The letter after a single '&' ("&Check" → C, "检查(&C)" → C); empty when there is none.
QString mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// Every mnemonic of `window`: its buttons, the labels that have a buddy, group boxes, tabs and the menus of
// its menu bar, each with the widget's name.
QMultiMap<QString, QString> mnemonics(QWidget *window)
{
    QMultiMap<QString, QString> found;
    const auto add = [&found](const QString &text, const QString &owner) {
        if (const QString key = mnemonicOf(text); !key.isEmpty())
            found.insert(key, owner + QStringLiteral(" \"") + text + u'"');
    };
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        add(button->text(), button->objectName());
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy())
            add(label->text(), label->objectName());
    }
    for (const QGroupBox *group : window->findChildren<QGroupBox *>())
        add(group->title(), group->objectName());
    for (const QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i), tabs->objectName());
    }
    if (const auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        for (const QAction *action : mainWindow->menuBar()->actions())
            add(action->text(), QStringLiteral("menu"));
    }
    return found;
}

QString clashes(QWidget *window)
{
    const QMultiMap<QString, QString> found = mnemonics(window);
    QStringList out;
    for (const QString &key : found.uniqueKeys()) {
        if (found.count(key) > 1)
            out.append(
                QStringLiteral("Alt+%1: %2").arg(key, QStringList(found.values(key)).join(QStringLiteral(", "))));
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

class tst_Mnemonics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uniquePerWindow_data();
    void uniquePerWindow();
    void everyControlHasAnAccessibleName_data();
    void everyControlHasAnAccessibleName();
    void readmeKeysAreTrue_data();
    void readmeKeysAreTrue();

private:
    // The window named `window` ("main", "matrix", "find", "history", "settings", "profiles") on `app`.
    static std::unique_ptr<QWidget> makeWindow(const QString &window, AppContext &app);
    static void useLanguage(const QString &language);
};

void tst_Mnemonics::uniquePerWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("window");
    for (const char *language : {"en-US", "zh-CN"}) {
        for (const char *window : {"main", "matrix", "find", "watches", "history", "settings", "profiles"})
            QTest::addRow("%s %s", language, window) << QString::fromLatin1(language) << QString::fromLatin1(window);
    }
}

void tst_Mnemonics::useLanguage(const QString &language)
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QVERIFY(TranslationLoader::install(QCoreApplication::instance(), TranslationLoader::localeFromTag(language)));
}

std::unique_ptr<QWidget> tst_Mnemonics::makeWindow(const QString &window, AppContext &app)
{
    if (window == QLatin1String("main"))
        return std::make_unique<MainWindow>(&app.stack, &app.profiles, &app.preferences);
    if (window == QLatin1String("matrix"))
        return std::make_unique<MatrixWindow>(&app.stack);
    if (window == QLatin1String("find"))
        return std::make_unique<FindWindow>(&app.stack);
    if (window == QLatin1String("watches")) {
        auto *watches = new WatchList(&app.settings); // one watch of each kind, so that every control is there
        CheckRequest connection;
        connection.originRegion = QStringLiteral("Hongkong");
        connection.accessRegion = QStringLiteral("Japan");
        connection.bandwidth = 10;
        connection.concurrent = 2;
        watches->add(connection, QStringLiteral("default"));
        Requirement search;
        search.originRegion = QStringLiteral("Hongkong");
        watches->add(search, QStringLiteral("default"));
        auto list = std::make_unique<WatchesWindow>(watches);
        watches->setParent(list.get()); // deleted with the window, after it
        return list;
    }
    if (window == QLatin1String("history"))
        return std::make_unique<HistoryWindow>(&app.history);
    if (window == QLatin1String("settings"))
        return std::make_unique<SettingsDialog>();
    return std::make_unique<ProfilesDialog>(&app.profiles, app.stack.verifier());
}

void tst_Mnemonics::uniquePerWindow()
{
    QFETCH(QString, language);
    QFETCH(QString, window);
    useLanguage(language);
    AppContext app;
    const std::unique_ptr<QWidget> widget = makeWindow(window, app);
    QVERIFY(!mnemonics(widget.get()).isEmpty());
    const QString found = clashes(widget.get());
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

void tst_Mnemonics::everyControlHasAnAccessibleName_data()
{
    uniquePerWindow_data();
}

// What a screen reader announces for each control a user can reach: its accessible name (set, or taken by Qt
// from the control's text or from the label whose buddy it is). A control with none is read as "button" or
// "edit" only.
void tst_Mnemonics::everyControlHasAnAccessibleName()
{
    QFETCH(QString, language);
    QFETCH(QString, window);
    useLanguage(language);
    AppContext app;
    const std::unique_ptr<QWidget> widget = makeWindow(window, app);
    QStringList unnamed;
    for (QWidget *control : widget->findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<QAbstractButton *>(control) || qobject_cast<QComboBox *>(control)
                                 || qobject_cast<QLineEdit *>(control) || qobject_cast<QAbstractSpinBox *>(control)
                                 || qobject_cast<QAbstractItemView *>(control) || qobject_cast<QTabBar *>(control);
        // Buttons without keyboard focus count too (a line edit's clear button): screen readers reach them.
        const bool reachable = control->focusPolicy() != Qt::NoFocus || qobject_cast<QAbstractButton *>(control);
        if (!interactive || !reachable || control->objectName().startsWith(u"qt_"))
            continue;
        bool insideCombo = false; // a combo box's popup list: announced as part of its combo box
        for (const QWidget *up = control->parentWidget(); up && !insideCombo; up = up->parentWidget())
            insideCombo = qobject_cast<const QComboBox *>(up) != nullptr;
        if (insideCombo)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        // A combo box's Name is its value on Linux ("IPv4"); the field is told by its label (the "labelled by"
        // relation of a buddy label) or by an accessible name of its own.
        const auto *combo = qobject_cast<QComboBox *>(control);
        const bool fieldNamed = !combo || !combo->accessibleName().isEmpty()
                                || (accessible && !accessible->relations(QAccessible::Label).isEmpty());
        if (name.isEmpty() && !combo)
            unnamed.append(QString::fromLatin1(control->metaObject()->className()) + u' ' + control->objectName());
        else if (!fieldNamed)
            unnamed.append(QString::fromLatin1(control->metaObject()->className()) + u' ' + control->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void tst_Mnemonics::readmeKeysAreTrue_data()
{
    uniquePerWindow_data();
}

// The keys README.md lists under "Keyboard", window by window: each letter belongs to that control, in English
// and in Chinese (the translations keep the letter: "检查(&C)").
void tst_Mnemonics::readmeKeysAreTrue()
{
    QFETCH(QString, language);
    QFETCH(QString, window);
    const QMap<QString, QList<std::pair<const char *, const char *>>> documented{
        {QStringLiteral("main"),
         {{"P", "profileFieldLabel"},
          {"O", "originLabel"},
          {"I", "ipVersionLabel"},
          {"K", "packageTypeLabel"},
          {"A", "accessLabel"},
          {"N", "networkTypeLabel"},
          {"B", "bandwidthLabel"},
          {"U", "concurrencyLabel"},
          {"G", "groupIdLabel"},
          {"C", "checkButton"},
          {"E", "retryButton"},
          {"R", "retryButton"},
          {"Y", "copyRequestIdButton"},
          {"L", "copyTccliButton"},
          {"J", "copyJsonButton"},
          {"D", "copyCreateProxyButton"},
          {"M", "copyTerraformButton"},
          {"W", "openConsoleButton"},
          {"V", "findElsewhereButton"},
          {"Z", "watchButton"},
          {"Q", "qualityLabel"},
          {"F", "menu"},
          {"S", "menu"},
          {"T", "menu"},
          {"H", "menu"}}},
        {QStringLiteral("matrix"),
         {{"O", "originLabel"},
          {"I", "ipVersionLabel"},
          {"P", "packageTypeLabel"},
          {"N", "networkTypeLabel"},
          {"A", "accessLabel"},
          {"B", "bandwidthLabel"},
          {"C", "concurrencyLabel"},
          {"S", "startButton"},
          {"L", "cancelButton"},
          {"R", "recheckButton"},
          {"E", "exportButton"}}},
        {QStringLiteral("find"),
         {{"O", "originLabel"},
          {"I", "ipVersionLabel"},
          {"P", "packageTypeLabel"},
          {"N", "networkTypeLabel"},
          {"B", "bandwidthLabel"},
          {"C", "concurrencyLabel"},
          {"G", "billingLabel"},
          {"F", "findButton"},
          {"L", "cancelButton"},
          {"U", "useButton"},
          {"W", "watchButton"}}},
        {QStringLiteral("watches"), {{"V", "intervalLabel"}, {"O", "openButton"}, {"R", "removeButton"}}},
        {QStringLiteral("history"),
         {{"R", "regionLabel"},
          {"O", "outcomeLabel"},
          {"S", "sinceCheck"},
          {"U", "untilCheck"},
          {"N", "rerunButton"},
          {"D", "deleteButton"},
          {"C", "clearButton"},
          {"E", "exportButton"}}},
    };
    if (!documented.contains(window))
        return; // the dialogs: README names their fields, not their keys
    useLanguage(language);
    AppContext app;
    const std::unique_ptr<QWidget> widget = makeWindow(window, app);
    const QMultiMap<QString, QString> found = mnemonics(widget.get());
    QStringList wrong;
    for (const auto &[key, owner] : documented.value(window)) {
        const QStringList owners = found.values(QLatin1String(key));
        const bool ok = std::any_of(owners.cbegin(), owners.cend(), [owner = QLatin1String(owner)](const QString &o) {
            return o.startsWith(owner + u' ');
        });
        if (!ok)
            wrong.append(QStringLiteral("Alt+%1 is not %2 but %3")
                             .arg(QLatin1String(key), QLatin1String(owner), owners.join(QStringLiteral(", "))));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
}

QTEST_MAIN(tst_Mnemonics)

#include "tst_mnemonics.moc"
