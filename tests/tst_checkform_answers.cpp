// The result card behind the check form: both answers with their price, every kind of failure, the
// keyboard-only path and the copy buttons; see tst_checkform.h.
#include "tst_checkform.h"
#include "ui/common/colourscheme.h"
#include "ui/matrix/matrixgrid.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTranslator>
#include <QtTest>

#include <cmath>
#include <vector>

using namespace std::chrono_literals;
using namespace CheckFormTest;

namespace {

const QString CanBeCreated = QStringLiteral("Can be created");
const QString CannotBeCreated = QStringLiteral("Cannot be created");
const QString CheckFailed = QStringLiteral("No answer: the check failed");

QString verdict(const CheckFormHarness &h)
{
    return child<QLabel>(h.card, "verdictLabel")->text();
}

QString expectedDailyPrice(const FakeAccessRegion &access, qint64 concurrent)
{
    const double daily =
        access.price.baseDailyPrice + access.price.concurrentDailyPrice * static_cast<double>(concurrent);
    return QLocale().toString(std::round(daily * 100.0) / 100.0, 'f', 2) + u' ' + access.price.currency;
}

// Presses Down on `combo` until it shows `value` (header rows are stepped over by the combo).
bool pressDownUntil(QComboBox *combo, const QVariant &value)
{
    for (int presses = 0; presses <= combo->count() && combo->currentData() != value; ++presses)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentData() == value;
}

} // namespace

void tst_CheckForm::bothOutcomesRender()
{
    CheckFormHarness h(*m_server);
    loadFor(h, QStringLiteral("Hongkong"));
    auto *check = child<QPushButton>(h.form, "checkButton");
    QVERIFY(!child<QWidget>(h.card, "detailsWidget")->isVisibleTo(h.card));
    QList<QColor> colours;
    for (const bool within : {true, false}) {
        const CheckRequest expected = fillRoute(h, within);
        const FakeAccessRegion *access = m_server->data().accessRegion(expected.accessRegion);
        check->click();
        QCOMPARE(verdict(h), QStringLiteral("Checking…"));
        QTRY_COMPARE(verdict(h), within ? CanBeCreated : CannotBeCreated);
        QVERIFY(!child<QLabel>(h.card, "verdictIconLabel")->pixmap().isNull());
        colours.append(child<QLabel>(h.card, "verdictLabel")->palette().color(QPalette::WindowText));

        const QString requestId = h.card->requestId();
        QVERIFY(!requestId.isEmpty());
        QCOMPARE(child<QLabel>(h.card, "requestIdLabel")->text(), requestId);
        QVERIFY(child<QPushButton>(h.card, "copyRequestIdButton")->isEnabled());
        QCOMPARE(child<QLabel>(h.card, "originRegionValue")->text(), expected.originRegion);
        QCOMPARE(child<QLabel>(h.card, "accessRegionValue")->text(), expected.accessRegion);
        QCOMPARE(child<QLabel>(h.card, "bandwidthValue")->text(), QStringLiteral("%1 (Mbps)").arg(expected.bandwidth));
        QCOMPARE(child<QLabel>(h.card, "concurrentValue")->text(),
                 QStringLiteral("%1 (× 10,000 connections)").arg(expected.concurrent));
        QCOMPARE(child<QLabel>(h.card, "ipVersionValue")->text(), QStringLiteral("IPv4"));
        QCOMPARE(child<QLabel>(h.card, "networkTypeValue")->text(), QStringLiteral("normal"));
        QCOMPARE(child<QLabel>(h.card, "packageTypeValue")->text(), QStringLiteral("Thunder"));
        QCOMPARE(child<QLabel>(h.card, "groupIdValue")->text(), QStringLiteral("(not sent)"));
        auto *time = child<QLabel>(h.card, "timeLabel");
        QVERIFY(time->text().contains(QStringLiteral("local time")));
        QVERIFY(time->toolTip().contains(QStringLiteral("UTC")));
        QVERIFY(!child<QWidget>(h.card, "errorWidget")->isVisibleTo(h.card));
        QVERIFY(!child<QPushButton>(h.card, "retryButton")->isVisibleTo(h.card));

        auto *price = child<QLabel>(h.card, "priceLabel");
        const QString daily = expectedDailyPrice(*access, expected.concurrent);
        QTRY_VERIFY2(price->text().contains(QStringLiteral("Daily price: ") + daily), qPrintable(price->text()));
        QTRY_VERIFY(check->isEnabled());
    }
    QVERIFY(colours.at(0) != colours.at(1)); // and never colour alone: the words differ too

    // A dark palette gets a lighter red (and green), readable on the dark window.
    QPalette dark(QColor(0x35, 0x35, 0x35));
    h.window.setPalette(dark);
    const QColor onDark = child<QLabel>(h.card, "verdictLabel")->palette().color(QPalette::WindowText);
    QVERIFY(onDark.lightnessF() > colours.at(1).lightnessF());
    QVERIFY(onDark.lightnessF() > dark.color(QPalette::Window).lightnessF());
}

void tst_CheckForm::failedPriceStillShowsTheAnswer()
{
    CheckFormHarness h(*m_server);
    loadFor(h, QStringLiteral("Hongkong"));
    fillRoute(h, true);
    FakeFault fault;
    fault.action = QStringLiteral("InquiryPriceCreateProxy");
    fault.errorCode = QStringLiteral("InternalError");
    m_server->addFault(fault);
    child<QPushButton>(h.form, "checkButton")->click();
    QTRY_COMPARE(verdict(h), CanBeCreated);
    auto *price = child<QLabel>(h.card, "priceLabel");
    QTRY_VERIFY2(price->text().startsWith(QStringLiteral("Price unavailable: ")), qPrintable(price->text()));
    QVERIFY(price->text().contains(QStringLiteral("InternalError")));
    QVERIFY(price->text().contains(QStringLiteral("RequestId ")));
    QCOMPARE(verdict(h), CanBeCreated);
    QVERIFY(!h.card->requestId().isEmpty());
}

void tst_CheckForm::errorsAreExplainedAndFormStaysUsable_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("hasRequestId");
    const auto service = [](const QString &code) { return ApiError::service(code, QString(), QString()).title(); };
    QTest::newRow("wrong key") << QStringLiteral("wrong-key") << QStringLiteral("AuthFailure.SignatureFailure")
                               << service(QStringLiteral("AuthFailure.SignatureFailure")) << true;
    QTest::newRow("rate limit") << QStringLiteral("rate-limit") << QStringLiteral("RequestLimitExceeded")
                                << service(QStringLiteral("RequestLimitExceeded")) << true;
    QTest::newRow("timeout") << QStringLiteral("no-answer") << QStringLiteral("Client.Timeout")
                             << ApiError::transport(ApiError::Kind::Timeout, QString()).title() << false;
    QTest::newRow("malformed") << QStringLiteral("truncated-json") << QStringLiteral("Client.InvalidJson")
                               << ApiError::transport(ApiError::Kind::InvalidJson, QString()).title() << false;
}

void tst_CheckForm::errorsAreExplainedAndFormStaysUsable()
{
    QFETCH(QString, fault);
    QFETCH(QString, code);
    QFETCH(QString, title);
    QFETCH(bool, hasRequestId);

    CheckFormHarness h(*m_server);
    loadFor(h, QStringLiteral("Hongkong"));
    fillRoute(h, true);
    const FakeCredential demo = m_server->demoCredential();
    FakeFault injected;
    injected.action = QStringLiteral("CheckProxyCreate");
    if (fault == QLatin1String("wrong-key")) {
        h.client.setCredentials({demo.secretId, SecretString(QStringLiteral("notTheRightKeyAtAll0000000000000")), {}});
    } else if (fault == QLatin1String("rate-limit")) {
        h.api.setRetryPolicy({0, 1ms});
        injected.errorCode = QStringLiteral("RequestLimitExceeded");
        injected.count = -1;
        m_server->addFault(injected);
    } else if (fault == QLatin1String("no-answer")) {
        h.client.setTimeout(300ms);
        injected.kind = FakeFault::Kind::NoAnswer;
        m_server->addFault(injected);
    } else {
        injected.kind = FakeFault::Kind::TruncatedJson;
        m_server->addFault(injected);
    }

    auto *check = child<QPushButton>(h.form, "checkButton");
    check->click();
    QTRY_COMPARE(verdict(h), CheckFailed);
    const QString explanation = child<QLabel>(h.card, "errorLabel")->text();
    QVERIFY(child<QWidget>(h.card, "errorWidget")->isVisibleTo(h.card));
    QVERIFY2(explanation.startsWith(title), qPrintable(explanation));
    QVERIFY2(explanation.contains(QStringLiteral("Code: ") + code), qPrintable(explanation));
    if (hasRequestId) {
        QVERIFY(!h.card->requestId().isEmpty());
        QVERIFY(explanation.contains(QStringLiteral("RequestId: ") + h.card->requestId()));
        QCOMPARE(child<QLabel>(h.card, "requestIdLabel")->text(), h.card->requestId());
    } else {
        QVERIFY(h.card->requestId().isEmpty());
        QCOMPARE(child<QLabel>(h.card, "requestIdLabel")->text(), QStringLiteral("none given"));
        QVERIFY(!child<QPushButton>(h.card, "copyRequestIdButton")->isEnabled());
    }
    QTRY_VERIFY(check->isEnabled()); // the form stays usable

    // Cause removed: Retry on the card, then Check on the form, both answer.
    h.client.setCredentials({demo.secretId, SecretString(demo.secretKey), {}});
    h.client.setTimeout(ApiClient::DefaultTimeout);
    m_server->clearFaults();
    auto *retry = child<QPushButton>(h.card, "retryButton");
    QVERIFY(retry->isVisibleTo(h.card));
    retry->click();
    QTRY_COMPARE(verdict(h), CanBeCreated);
    QVERIFY(!child<QWidget>(h.card, "errorWidget")->isVisibleTo(h.card));
    const QString firstId = h.card->requestId();
    QTRY_VERIFY(check->isEnabled());
    check->click();
    QTRY_VERIFY(verdict(h) == CanBeCreated && h.card->requestId() != firstId);
}

void tst_CheckForm::keyboardOnlyPath()
{
    CheckFormHarness h(*m_server);
    h.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&h.window));
    h.form->loadRegions();
    QTRY_COMPARE(h.lists.originStatus().state, RegionLists::ListState::Fresh);
    const QString origin = QStringLiteral("Hongkong");
    const FakeAccessRegion &access = partialRegion(origin);
    const auto focused = [] { return QApplication::focusWidget(); };

    QTest::keyClick(&h.window, Qt::Key_O, Qt::AltModifier); // &Origin region
    QCOMPARE(focused(), child<QComboBox>(h.form, "originCombo"));
    QVERIFY(pressDownUntil(child<QComboBox>(h.form, "originCombo"), origin));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), child<QComboBox>(h.form, "ipVersionCombo"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), child<QComboBox>(h.form, "packageTypeCombo"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    auto *accessCombo = child<QComboBox>(h.form, "accessCombo");
    QCOMPARE(focused(), accessCombo); // in the tab order while its list is still loading
    QTRY_COMPARE(h.lists.accessStatus().state, RegionLists::ListState::Fresh);
    QVERIFY(pressDownUntil(accessCombo, access.id));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), child<QComboBox>(h.form, "networkTypeCombo"));
    QCOMPARE(child<QComboBox>(h.form, "networkTypeCombo")->currentData().toString(), QStringLiteral("normal"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), child<QComboBox>(h.form, "bandwidthCombo"));
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(&h.window, Qt::Key_U, Qt::AltModifier); // Conc&urrency
    QCOMPARE(focused(), child<QComboBox>(h.form, "concurrencyCombo"));
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), child<QComboBox>(h.form, "groupIdCombo"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    auto *check = child<QPushButton>(h.form, "checkButton");
    QCOMPARE(focused(), check);
    QVERIFY(check->isEnabled());
    QTest::keyClick(focused(), Qt::Key_Return);

    QTRY_COMPARE(verdict(h), CanBeCreated);
    QCOMPARE(h.card->request()->bandwidth, access.bandwidths.constFirst());
    QCOMPARE(h.card->request()->concurrent, access.concurrents.constFirst());
    QTRY_VERIFY(child<QLabel>(h.card, "priceLabel")->text().contains(QStringLiteral("Daily price")));
    QTRY_COMPARE(focused(), check); // back where the operator left it

    QGuiApplication::clipboard()->clear();
    QTest::keyClick(&h.window, Qt::Key_Y, Qt::AltModifier); // Cop&y RequestId (an animated click)
    QVERIFY(!h.card->requestId().isEmpty());
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), h.card->requestId());
}

void tst_CheckForm::copiesHaveTheValuesAndNoSecret()
{
    CheckFormHarness h(*m_server);
    loadFor(h, QStringLiteral("Hongkong"));
    CheckRequest expected = fillRoute(h, true);
    groupEdit(h.form)->setText(QStringLiteral("lg-1a2b3c4d"));
    expected.groupId = QStringLiteral("lg-1a2b3c4d");
    child<QPushButton>(h.form, "checkButton")->click();
    QTRY_COMPARE(verdict(h), CanBeCreated);

    child<QPushButton>(h.card, "copyTccliButton")->click();
    const QString command = QGuiApplication::clipboard()->text();
    QVERIFY2(command.startsWith(QStringLiteral("tccli gaap CheckProxyCreate ")), qPrintable(command));
    const QStringList parts{
        QStringLiteral("--AccessRegion ") + expected.accessRegion,
        QStringLiteral("--RealServerRegion ") + expected.originRegion,
        QStringLiteral("--Bandwidth %1").arg(expected.bandwidth),
        QStringLiteral("--Concurrent %1").arg(expected.concurrent),
        QStringLiteral("--GroupId lg-1a2b3c4d"),
        QStringLiteral("--IPAddressVersion IPv4"),
        QStringLiteral("--NetworkType normal"),
        QStringLiteral("--PackageType Thunder"),
        QStringLiteral("--endpoint 'http://%1'").arg(QString::fromUtf8(h.client.endpoint().hostHeader()))};
    for (const QString &part : parts)
        QVERIFY2(command.contains(part), qPrintable(part));
    const FakeCredential demo = m_server->demoCredential();
    QVERIFY(!command.contains(demo.secretKey));
    QVERIFY(!command.contains(demo.secretId));
    QVERIFY(!child<QLabel>(h.card, "copyStatusLabel")->text().isEmpty());

    child<QPushButton>(h.card, "copyJsonButton")->click();
    const QString json = QGuiApplication::clipboard()->text();
    QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).object(), expected.toParameters());
    QVERIFY(!json.contains(demo.secretKey));
}

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

void tst_CheckForm::verdictsAreReadableInLightAndDark_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("canCreate");
    const QPalette light = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    QTest::newRow("light, can") << light << true;
    QTest::newRow("light, cannot") << light << false;
    QTest::newRow("dark, can") << ColourScheme::darkPalette() << true;
    QTest::newRow("dark, cannot") << ColourScheme::darkPalette() << false;
}

// The verdict's words keep a contrast of at least 4.5:1 (WCAG AA) against the card in a light and a dark
// palette, and so do the matrix cells' words against their backgrounds.
void tst_CheckForm::verdictsAreReadableInLightAndDark()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, canCreate);
    ResultCard card;
    card.setPalette(palette);
    CheckOutcome outcome;
    outcome.request.originRegion = QStringLiteral("Hongkong");
    outcome.request.accessRegion = QStringLiteral("Tokyo");
    outcome.sentAt = QDateTime::currentDateTimeUtc();
    outcome.result = CheckResult{canCreate, QStringLiteral("req-1")};
    card.showOutcome(outcome);
    const QLabel *verdict = child<QLabel>(&card, "verdictLabel");
    // A screen reader says the verdict in words.
    QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(const_cast<QLabel *>(verdict));
    QVERIFY(spoken);
    QCOMPARE(spoken->text(QAccessible::Name),
             canCreate ? QStringLiteral("Can be created") : QStringLiteral("Cannot be created"));
    const QColor text = verdict->palette().color(QPalette::WindowText);
    const QColor background = card.palette().color(QPalette::Window);
    const double ratio = contrast(text, background);
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(text.name(), background.name()).arg(ratio)));

    MatrixGrid grid(QStringLiteral("Tokyo"), QStringLiteral("Tokyo"), {10}, {2});
    grid.setPalette(palette);
    for (const MatrixCell::State state :
         {MatrixCell::State::Pending, MatrixCell::State::Running, MatrixCell::State::CanCreate,
          MatrixCell::State::CannotCreate, MatrixCell::State::Error}) {
        MatrixCell cell;
        cell.accessRegion = QStringLiteral("Tokyo");
        cell.bandwidth = 10;
        cell.concurrent = 2;
        cell.state = state;
        grid.setCell(cell);
        const QTableWidgetItem *item = grid.table()->item(0, 0);
        const double cellRatio = contrast(item->foreground().color(), item->background().color());
        QVERIFY2(cellRatio >= 4.5, qPrintable(QStringLiteral("%1: %2:1").arg(item->text()).arg(cellRatio)));
    }
}
