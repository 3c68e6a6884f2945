// The result card's hand-over buttons, on the offscreen platform.
#include "core/gaap/requestexport.h"
#include "support/childwidget.h"
#include "tst_handover.h"
#include "ui/check/resultcard.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

enum class Answer { Pending, CanCreate, CannotCreate, Failed, Cancelled };

CheckOutcome answered(const CheckRequest &request, bool canCreate)
{
    CheckOutcome outcome;
    outcome.request = request;
    outcome.sentAt = QDateTime::fromString(u"2024-05-06T12:00:00Z"_s, Qt::ISODate);
    outcome.result = CheckResult{canCreate, u"50cfe60e-2cc8-4ff7-ba08-03769ea7259a"_s};
    return outcome;
}

// Puts `answer` on `card` the way the check page does.
void show(ResultCard &card, Answer answer, const CheckRequest &request)
{
    card.showPending(request);
    if (answer == Answer::CanCreate || answer == Answer::CannotCreate) {
        card.showOutcome(answered(request, answer == Answer::CanCreate));
    } else if (answer == Answer::Failed) {
        CheckOutcome outcome;
        outcome.request = request;
        outcome.sentAt = QDateTime::currentDateTimeUtc();
        card.showOutcome(outcome); // no result: the error
    } else if (answer == Answer::Cancelled) {
        card.showCancelled();
    }
}

QPushButton *button(const ResultCard &card, const char *name)
{
    return child<QPushButton>(&card, name);
}

} // namespace

void tst_Handover::onlyCreatableAnswersAreHandedOver_data()
{
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<bool>("handedOver");
    QTest::newRow("waiting") << Answer::Pending << false;
    QTest::newRow("can be created") << Answer::CanCreate << true;
    QTest::newRow("cannot be created") << Answer::CannotCreate << false;
    QTest::newRow("failed") << Answer::Failed << false;
    QTest::newRow("cancelled") << Answer::Cancelled << false;
}

// Copying an order needs an answer "Can be created"; otherwise the buttons are disabled and say why. The
// request itself can always be copied. A language change keeps it so, and asking again takes it back.
void tst_Handover::onlyCreatableAnswersAreHandedOver()
{
    QFETCH(Answer, answer);
    QFETCH(bool, handedOver);
    ResultCard card;
    card.show();
    show(card, answer, basicRequest());
    for (int round = 0; round < 2; ++round) {
        for (const char *name : {"copyCreateProxyButton", "copyTerraformButton"}) {
            QCOMPARE(button(card, name)->isEnabled(), handedOver);
            QVERIFY2(!button(card, name)->toolTip().isEmpty(), name);
            QVERIFY2(button(card, name)->isVisible(), name);
        }
        for (const char *name : {"copyTccliButton", "copyJsonButton", "openConsoleButton"})
            QVERIFY2(button(card, name)->isEnabled(), name);
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&card, &languageChange);
    }
    if (answer == Answer::CannotCreate)
        QVERIFY2(button(card, "copyTerraformButton")->toolTip().contains(u"Cannot be created"_s),
                 qPrintable(button(card, "copyTerraformButton")->toolTip()));

    card.showPending(basicRequest()); // Check again: no answer yet
    QVERIFY(!button(card, "copyCreateProxyButton")->isEnabled());
    QVERIFY(!button(card, "copyTerraformButton")->isEnabled());
}

void tst_Handover::copiesTheOrder()
{
    ResultCard card;
    const Endpoint international = Endpoint::international();
    card.setEndpoint(international);
    CheckRequest request = basicRequest();
    request.networkType = u"cn2"_s;
    request.groupId = u"lg-1a2b3c4d"_s;
    show(card, Answer::CanCreate, request);
    const QLabel *status = child<QLabel>(&card, "copyStatusLabel");
    QClipboard *clipboard = QGuiApplication::clipboard();

    clipboard->clear();
    button(card, "copyCreateProxyButton")->click();
    QCOMPARE(clipboard->text(), RequestExport::tccliCreateProxyCommand(request, international));
    QVERIFY2(clipboard->text().contains(u"--endpoint gaap.intl.tencentcloudapi.com"_s), qPrintable(clipboard->text()));
    QVERIFY2(status->text().contains(u"GAAP_PROJECT_ID"_s) && status->text().contains(u"GAAP_PROXY_NAME"_s),
             qPrintable(status->text()));

    clipboard->clear();
    button(card, "copyTerraformButton")->click();
    const QString terraform = clipboard->text();
    QCOMPARE(terraform, RequestExport::terraform(request, std::nullopt, answered(request, true).sentAt,
                                                 u"50cfe60e-2cc8-4ff7-ba08-03769ea7259a"_s));
    QVERIFY2(terraform.startsWith(u"# Checked by GAAP Capacity Check at 2024-05-06T12:00:00Z with RequestId "
                                  "50cfe60e-2cc8-4ff7-ba08-03769ea7259a.\n"_s),
             qPrintable(terraform));
    QVERIFY2(status->text().contains(u"Terraform"_s), qPrintable(status->text()));

    // A card cleared for another profile has nothing to copy.
    card.clear();
    QVERIFY(!button(card, "copyCreateProxyButton")->isEnabled());
}

void tst_Handover::webConsoleOfTheSite_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("console"); // empty: none, the button disabled
    QTest::newRow("China") << u"china"_s << u"https://console.cloud.tencent.com/gaap"_s;
    QTest::newRow("International") << u"international"_s << u"https://console.tencentcloud.com/gaap"_s;
    QTest::newRow("custom") << u"https://gaap.example.com"_s << QString();
    QTest::newRow("loopback") << u"http://127.0.0.1:8443"_s << QString();
}

void tst_Handover::webConsoleOfTheSite()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, console);
    UrlCatcher browser;
    QDesktopServices::setUrlHandler(u"https"_s, &browser, "open");
    QDesktopServices::setUrlHandler(u"http"_s, &browser, "open");
    ResultCard card;
    card.setEndpoint(*Endpoint::fromStored(endpoint));
    show(card, Answer::CannotCreate, basicRequest()); // the console is there whatever the answer
    QPushButton *open = button(card, "openConsoleButton");
    QCOMPARE(open->isEnabled(), !console.isEmpty());
    if (console.isEmpty()) {
        QVERIFY2(open->toolTip().contains(endpoint), qPrintable(open->toolTip()));
    } else {
        QVERIFY2(open->toolTip().contains(console), qPrintable(open->toolTip()));
        open->click();
    }
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QDesktopServices::unsetUrlHandler(u"http"_s);
    QCOMPARE(browser.opened, console.isEmpty() ? QList<QUrl>() : QList<QUrl>{QUrl(console)});
}

// The hand-over follows the request's copy buttons in the Tab order, and its keys press them.
void tst_Handover::keyboardReachesTheHandOver()
{
    QWidget window;
    auto *card = new ResultCard(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    show(*card, Answer::CanCreate, basicRequest());

    button(*card, "copyJsonButton")->setFocus();
    QStringList order;
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order.append(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(order, (QStringList{u"copyCreateProxyButton"_s, u"copyTerraformButton"_s, u"openConsoleButton"_s}));

    QGuiApplication::clipboard()->clear();
    QTest::keyClick(&window, Qt::Key_M, Qt::AltModifier); // Copy as Terrafor&m
    QTRY_VERIFY(QGuiApplication::clipboard()->text().startsWith(u"# Checked by GAAP Capacity Check"_s));
    QTest::keyClick(&window, Qt::Key_D, Qt::AltModifier); // Copy as tccli CreateProxy comman&d
    QTRY_VERIFY(QGuiApplication::clipboard()->text().startsWith(u"tccli gaap CreateProxy "_s));
}
