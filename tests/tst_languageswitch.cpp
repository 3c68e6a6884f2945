// A language chosen in Settings takes effect at once, in every open window, without losing anything: the form's
// choices, the answer on the card with its price, a finished matrix and the history stay; every text is in the
// new language (ours from the translations, the region names from the server, asked again in that language).
// The test reads every text a user can see or hear (labels, buttons, menus, titles, tooltips, accessible names,
// placeholders, list items, table headings and cells) and fails on any left in the old language: after English
// → Chinese on any text that is an English source string of the translation; after Chinese → English on any
// Chinese character.
#include "core/settings/translationloader.h"
#include "support/appcontext.h"
#include "support/childwidget.h"
#include "support/fakegaapserver.h"
#include "ui/check/checkform.h"
#include "ui/check/resultcard.h"
#include "ui/common/exportfile.h"
#include "ui/find/findwindow.h"
#include "ui/history/historywindow.h"
#include "ui/mainwindow.h"
#include "ui/matrix/matrixgrid.h"
#include "ui/matrix/matrixwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// The English texts the Chinese translation replaces, as patterns ("%1", "%n" match anything): the sources of
// gaap-capacity_zh_CN.ts whose translation differs, and the English plural forms of gaap-capacity_en.ts.
// Patterns with fewer than three letters of their own ("%1 (%2)") say nothing about the language and are left out.
QList<QRegularExpression> englishPatterns()
{
    QStringList texts;
    QStringList keptSomewhere; // translated as themselves in some context ("Bandwidth", the API's name)
    for (const char *file : {"gaap-capacity_zh_CN.ts", "gaap-capacity_en.ts"}) {
        QFile ts(QStringLiteral(GAAP_SOURCE_DIR "/translations/") + QLatin1String(file));
        if (!ts.open(QIODevice::ReadOnly))
            return {};
        const bool english = QLatin1String(file).contains(QLatin1String("_en"));
        QXmlStreamReader xml(&ts);
        QString source;
        while (!xml.atEnd()) {
            if (!xml.readNextStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation") && !english) {
                const bool gone = xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished")
                                  || xml.attributes().value(QLatin1String("type")) == QLatin1String("obsolete");
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (translation != source && !gone)
                    texts.append(source);
                else if (translation == source)
                    keptSomewhere.append(source);
            } else if (xml.name() == QLatin1String("numerusform") && english) {
                texts.append(xml.readElementText());
            }
        }
    }
    texts.removeDuplicates();
    for (const QString &kept : std::as_const(keptSomewhere))
        texts.removeAll(kept);
    static const QRegularExpression placeholder(QStringLiteral("\\\\%L?(?:\\d+|n)"));
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
    QList<QRegularExpression> patterns;
    for (const QString &text : std::as_const(texts)) {
        QString own = text;
        own.remove(QRegularExpression(QStringLiteral("%L?(?:\\d+|n)")));
        if (own.count(letter) < 3)
            continue;
        QString pattern = QRegularExpression::escape(text);
        pattern.replace(placeholder, QStringLiteral(".*"));
        patterns.append(QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                           QRegularExpression::DotMatchesEverythingOption));
    }
    return patterns;
}

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// Every text of `window` a user sees or a screen reader reads, each with where it is.
QList<std::pair<QString, QString>> textsOf(QWidget *window)
{
    QList<std::pair<QString, QString>> out;
    QString where;
    const auto add = [&out, &where](const QString &text) {
        if (!text.trimmed().isEmpty())
            out.append({where, plain(text)});
    };
    const auto addModel = [&add](const QAbstractItemModel *model) {
        if (!model)
            return;
        for (int column = 0; column < model->columnCount(); ++column) {
            add(model->headerData(column, Qt::Horizontal).toString());
            add(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
        for (int row = 0; row < std::min(model->rowCount(), 50); ++row) {
            add(model->headerData(row, Qt::Vertical).toString());
            for (int column = 0; column < model->columnCount(); ++column) {
                for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                    add(model->index(row, column).data(role).toString());
            }
        }
    };
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *widget : std::as_const(widgets)) {
        where = QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        add(widget->windowTitle());
        add(widget->toolTip());
        add(widget->accessibleName());
        add(widget->accessibleDescription());
        add(widget->statusTip());
        if (const auto *label = qobject_cast<QLabel *>(widget))
            add(label->text());
        else if (const auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        else if (const auto *group = qobject_cast<QGroupBox *>(widget))
            add(group->title());
        else if (const auto *edit = qobject_cast<QLineEdit *>(widget))
            add(edit->placeholderText());
        else if (const auto *spin = qobject_cast<QSpinBox *>(widget))
            add(spin->suffix());
        if (const auto *combo = qobject_cast<QComboBox *>(widget)) {
            add(combo->placeholderText());
            addModel(combo->model());
        } else if (const auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            if (!qobject_cast<QComboBox *>(view->parentWidget() ? view->parentWidget()->parentWidget() : nullptr))
                addModel(view->model());
        }
    }
    for (const QAction *action : window->findChildren<QAction *>()) {
        where = QStringLiteral("QAction ") + action->objectName();
        add(action->text());
        add(action->toolTip());
        add(action->statusTip());
    }
    return out;
}

QStringList englishLeft(const QList<QWidget *> &windows, const QList<QRegularExpression> &patterns)
{
    QStringList found;
    for (QWidget *window : windows) {
        for (const auto &[where, text] : textsOf(window)) {
            for (const QRegularExpression &pattern : patterns) {
                if (pattern.match(text).hasMatch()) {
                    found.append(where + QStringLiteral(": \"") + text + u'"');
                    break;
                }
            }
        }
    }
    return found;
}

QStringList chineseLeft(const QList<QWidget *> &windows)
{
    static const QRegularExpression han(QStringLiteral("[\\x{3000}-\\x{303f}\\x{4e00}-\\x{9fff}\\x{ff00}-\\x{ffef}]"));
    QStringList found;
    for (QWidget *window : windows) {
        for (const auto &[where, text] : textsOf(window)) {
            if (text.contains(han))
                found.append(where + QStringLiteral(": \"") + text + u'"');
        }
    }
    return found;
}

int textCount(const QList<QWidget *> &windows)
{
    int count = 0;
    for (QWidget *window : windows)
        count += static_cast<int>(textsOf(window).size());
    return count;
}

} // namespace

class tst_LanguageSwitch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyWindowFollowsAtOnce();
    void fileDialogIsChineseToo();
};

void tst_LanguageSwitch::initTestCase()
{
    QVERIFY(TranslationLoader::install(QCoreApplication::instance(), TranslationLoader::localeFromTag(u"en-US"_s)));
}

void tst_LanguageSwitch::everyWindowFollowsAtOnce()
{
    const QList<QRegularExpression> patterns = englishPatterns();
    QVERIFY2(patterns.size() > 300, "the translation sources were not read");
    FakeGaapServer server;
    QVERIFY(server.listenOnLoopback() != 0);
    AppContext app;
    const FakeCredential demo = server.demoCredential();
    bool saved = false;
    CredentialJob *job = app.profiles.save({QStringLiteral("fake"), server.url().toString(), false},
                                           {demo.secretId, SecretString(demo.secretKey), SecretString()});
    QVERIFY(job);
    connect(job, &CredentialJob::finished, this, [&saved] { saved = true; });
    QTRY_VERIFY(saved);
    app.preferences.setUiLanguage(QStringLiteral("en-US"));
    MainWindow window(&app.stack, &app.profiles, &app.preferences);
    window.setHistoryStore(&app.history);
    window.setCurrentProfile(QStringLiteral("fake"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // An answer with its price on the card.
    auto *form = window.findChild<CheckForm *>();
    auto *card = window.findChild<ResultCard *>();
    QVERIFY(form && card);
    auto *origin = child<QComboBox>(form, "originCombo");
    auto *access = child<QComboBox>(form, "accessCombo");
    QTRY_VERIFY_WITH_TIMEOUT(origin->findData(QStringLiteral("Hongkong")) >= 0, 10000);
    QVERIFY(choose(origin, QStringLiteral("Hongkong")));
    // The first access region (the list has area headings too).
    const auto firstAccessRegion = [access] {
        for (int row = 0; row < access->count(); ++row) {
            if (!access->itemData(row).toString().isEmpty())
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(firstAccessRegion() >= 0, 10000);
    access->setCurrentIndex(firstAccessRegion());
    for (const char *name : {"bandwidthCombo", "concurrencyCombo"}) {
        QTRY_VERIFY(child<QComboBox>(form, name)->count() > 0);
        child<QComboBox>(form, name)->setCurrentIndex(0);
    }
    auto *checkButton = child<QPushButton>(form, "checkButton");
    QTRY_VERIFY(checkButton->isEnabled());
    checkButton->click();
    auto *price = child<QLabel>(card, "priceLabel");
    QTRY_VERIFY_WITH_TIMEOUT(card->request() && !card->requestId().isEmpty()
                                 && price->text().contains(QRegularExpression(QStringLiteral("\\d"))),
                             10000);
    const CheckRequest asked = *card->request();
    const QString requestId = card->requestId();
    const QString originName = origin->currentText();

    // A finished matrix of four cells, and the history.
    window.openMatrix();
    MatrixWindow *matrix = window.matrixWindow();
    QVERIFY(matrix);
    auto *accessList = child<QListWidget>(matrix, "accessList");
    QTRY_VERIFY_WITH_TIMEOUT(accessList->count() > 0 && matrix->request().has_value(), 10000);
    for (int row = 0; row < accessList->count(); ++row)
        accessList->item(row)->setCheckState(row == 0 ? Qt::Checked : Qt::Unchecked);
    for (const char *name : {"bandwidthList", "concurrencyList"}) {
        auto *list = child<QListWidget>(matrix, name);
        for (int row = 2; row < list->count(); ++row)
            list->item(row)->setCheckState(Qt::Unchecked);
    }
    child<QPushButton>(matrix, "startButton")->click();
    QVERIFY(matrix->run());
    QTRY_VERIFY_WITH_TIMEOUT(!matrix->run()->isRunning(), 20000);
    const int cells = matrix->run()->doneCount();
    QVERIFY(cells > 0);
    window.openHistory();
    HistoryWindow *history = window.historyWindow();
    QVERIFY(history);
    auto *historyView = child<QAbstractItemView>(history, "historyView");
    QTRY_VERIFY(historyView->model()->rowCount() >= cells + 1);

    // A finished requirement search.
    window.openFind();
    FindWindow *find = window.findWindow();
    QVERIFY(find);
    QTRY_VERIFY(child<QPushButton>(find, "findButton")->isEnabled());
    child<QPushButton>(find, "findButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(find->search() && !find->search()->isRunning(), 20000);

    const QList<QWidget *> windows{&window, matrix, history, find};
    QVERIFY2(englishLeft(windows, patterns).size() > 30, "the test recognises no English text at all");
    const qsizetype translators = QCoreApplication::instance()->findChildren<QTranslator *>().size();

    // English → Chinese: every text, the server's region names too (asked again in Chinese).
    window.applyLanguage(QStringLiteral("zh-CN"));
    QTRY_VERIFY_WITH_TIMEOUT(origin->currentText() != originName, 10000);
    (void)QTest::qWaitFor([&] { return englishLeft(windows, patterns).isEmpty(); }, 5000);
    QVERIFY(textCount(windows) > 200);
    QVERIFY2(englishLeft(windows, patterns).isEmpty(), qPrintable(englishLeft(windows, patterns).join(u'\n')));
    // Nothing lost: the form asks the same, the card answers it (not greyed), the matrix and history are there.
    QTRY_VERIFY(form->request() && *form->request() == asked);
    QVERIFY(card->request() && *card->request() == asked);
    QCOMPARE(card->requestId(), requestId);
    QTRY_VERIFY(!card->isStale());
    QVERIFY(price->text().contains(QRegularExpression(QStringLiteral("\\d"))));
    QCOMPARE(matrix->run()->doneCount(), cells);
    const MatrixCell &first = matrix->run()->cells().constFirst();
    QCOMPARE(matrix->grids().constFirst()->table()->item(0, 0)->text(), MatrixGrid::cellText(first.state));
    QTRY_VERIFY(historyView->model()->rowCount() >= cells + 1); // it may be reading a page again
    // Ours and Qt's own (when qt6-translations-l10n is installed) in place of the English plural forms.
    QVERIFY(QCoreApplication::instance()->findChildren<QTranslator *>().size() <= translators + 1);

    // And back: no Chinese left anywhere.
    window.applyLanguage(QStringLiteral("en-US"));
    QTRY_VERIFY_WITH_TIMEOUT(origin->currentText() == originName, 10000);
    (void)QTest::qWaitFor([&] { return chineseLeft(windows).isEmpty(); }, 5000);
    QVERIFY2(chineseLeft(windows).isEmpty(), qPrintable(chineseLeft(windows).join(u'\n')));
    QTRY_VERIFY(form->request() && *form->request() == asked);
    QCOMPARE(card->requestId(), requestId);
    QTRY_VERIFY(!card->isStale());
    QCOMPARE(QCoreApplication::instance()->findChildren<QTranslator *>().size(), translators);
}

// The export dialog is Qt's own: its labels and buttons come from Qt's translation (qtbase_zh_CN.qm, in
// qt6-translations-l10n, which the .deb depends on), ours only from the name filters and title.
void tst_LanguageSwitch::fileDialogIsChineseToo()
{
    QVERIFY(TranslationLoader::install(QCoreApplication::instance(), TranslationLoader::localeFromTag(u"zh-CN"_s)));
    const auto restore = qScopeGuard(
        [] { TranslationLoader::install(QCoreApplication::instance(), TranslationLoader::localeFromTag(u"en-US"_s)); });
    QWidget parent;
    parent.show();
    ExportFile::choose(&parent, QStringLiteral("导出"), QStringLiteral("gaap-history"), [](const QString &, auto) {});
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = parent.findChild<QFileDialog *>(QStringLiteral("exportDialog"))) && dialog->isVisible());
    static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    QStringList english;
    int read = 0;
    for (const auto &[where, text] : textsOf(dialog)) {
        // Texts a user reads: the visible labels and buttons, and the file type list; not file names or paths.
        if (!(where.startsWith(u"QLabel") || where.startsWith(u"QPushButton") || where.startsWith(u"QToolButton")
              || where.startsWith(u"QComboBox fileTypeCombo")))
            continue;
        ++read;
        if (!text.contains(han) && text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3}"))))
            english.append(where + QStringLiteral(": \"") + text + u'"');
    }
    QVERIFY2(read >= 6, "the dialog's labels and buttons were not found");
    QVERIFY2(english.isEmpty(),
             qPrintable(QStringLiteral("In English (is qt6-translations-l10n installed?):\n") + english.join(u'\n')));
    dialog->reject();
}

QTEST_MAIN(tst_LanguageSwitch)

#include "tst_languageswitch.moc"
