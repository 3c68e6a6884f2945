// Keyboard mnemonics (Alt+letter) are unique within each window, in English and in Simplified Chinese: a
// mnemonic used twice only moves the focus between its owners (Alt+T was both the Tools menu and "Copy as
// tccli command"; Alt+N in the matrix both "Network type" and Cancel, so a running matrix could not be
// cancelled from the keyboard). The test walks every widget of each window, hidden ones included, and the
// menu bar's menus.
#include "core/settings/translationloader.h"
#include "support/appcontext.h"
#include "ui/history/historywindow.h"
#include "ui/mainwindow.h"
#include "ui/matrix/matrixwindow.h"
#include "ui/settings/profilesdialog.h"
#include "ui/settings/settingsdialog.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>

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
};

void tst_Mnemonics::uniquePerWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("window");
    for (const char *language : {"en-US", "zh-CN"}) {
        for (const char *window : {"main", "matrix", "history", "settings", "profiles"})
            QTest::addRow("%s %s", language, window) << QString::fromLatin1(language) << QString::fromLatin1(window);
    }
}

void tst_Mnemonics::uniquePerWindow()
{
    QFETCH(QString, language);
    QFETCH(QString, window);
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QVERIFY(TranslationLoader::install(QCoreApplication::instance(), TranslationLoader::localeFromTag(language)));

    AppContext app;
    std::unique_ptr<QWidget> widget;
    if (window == QLatin1String("main")) {
        widget = std::make_unique<MainWindow>(&app.stack, &app.profiles, &app.preferences);
    } else if (window == QLatin1String("matrix")) {
        widget = std::make_unique<MatrixWindow>(&app.stack);
    } else if (window == QLatin1String("history")) {
        widget = std::make_unique<HistoryWindow>(&app.history);
    } else if (window == QLatin1String("settings")) {
        widget = std::make_unique<SettingsDialog>();
    } else {
        widget = std::make_unique<ProfilesDialog>(&app.profiles, app.stack.verifier());
    }
    QVERIFY(!mnemonics(widget.get()).isEmpty());
    const QString found = clashes(widget.get());
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

QTEST_MAIN(tst_Mnemonics)

#include "tst_mnemonics.moc"
