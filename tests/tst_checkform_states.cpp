// The states of the check form's lists: errors with Retry, cached and stale lists, and the
// selections remembered per profile; see tst_checkform.h.
#include "tst_checkform.h"

#include <QAbstractSpinBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QWheelEvent>
#include <QtTest>

using namespace std::chrono_literals;
using namespace CheckFormTest;
using ListState = RegionLists::ListState;

void tst_CheckForm::listErrorsOfferRetry()
{
    CheckFormHarness h(*m_server);
    FakeFault fault;
    fault.kind = FakeFault::Kind::ErrorCode;
    fault.action = QStringLiteral("DescribeDestRegions");
    fault.errorCode = QStringLiteral("InternalError");
    m_server->addFault(fault);
    h.form->loadRegions();
    QTRY_COMPARE(h.lists.originStatus().state, ListState::Failed);
    QVERIFY(child<QWidget>(h.form, "errorFrame")->isVisibleTo(h.form));
    const QString error = child<QLabel>(h.form, "formErrorLabel")->text();
    QVERIFY2(error.contains(QStringLiteral("Code: InternalError")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("RequestId: ")), qPrintable(error));
    QVERIFY2(error.contains(h.lists.originStatus().error.title()), qPrintable(error));
    QVERIFY(child<QLabel>(h.form, "originStateLabel")->text().contains(QStringLiteral("could not be loaded")));
    QCOMPARE(child<QComboBox>(h.form, "originCombo")->count(), 0);

    child<QPushButton>(h.form, "retryButton")->click();
    QTRY_COMPARE(h.lists.originStatus().state, ListState::Fresh);
    QVERIFY(!child<QWidget>(h.form, "errorFrame")->isVisibleTo(h.form));
    QCOMPARE(dataOf(child<QComboBox>(h.form, "originCombo")).size(), m_server->data().destRegions().size());
}

void tst_CheckForm::cachedAndStaleListsAreLabelled()
{
    CheckFormHarness h(*m_server);
    h.form->loadRegions();
    QTRY_COMPARE(h.lists.originStatus().state, ListState::Fresh);
    h.client.setTimeout(300ms);

    // Other lists over the same cache: the list at once, "cached", refreshed in the background.
    FakeFault noAnswer;
    noAnswer.kind = FakeFault::Kind::NoAnswer;
    noAnswer.action = QStringLiteral("DescribeDestRegions");
    m_server->addFault(noAnswer);
    RegionLists second(&h.api, &h.cache);
    CheckForm cachedForm(&second, &h.checks, &h.groups);
    cachedForm.loadRegions();
    auto *cachedLabel = child<QLabel>(&cachedForm, "originStateLabel");
    QVERIFY2(cachedLabel->text().contains(QStringLiteral("cached, fetched just now")), qPrintable(cachedLabel->text()));
    QVERIFY(cachedLabel->text().contains(QStringLiteral("refreshing")));
    QVERIFY(child<QProgressBar>(&cachedForm, "originBusyBar")->isVisibleTo(&cachedForm));
    QCOMPARE(dataOf(child<QComboBox>(&cachedForm, "originCombo")).size(), m_server->data().destRegions().size());
    QTRY_VERIFY2(cachedLabel->text().contains(QStringLiteral("refresh failed")), qPrintable(cachedLabel->text()));
    QVERIFY(child<QLabel>(&cachedForm, "formErrorLabel")->text().contains(QStringLiteral("Client.Timeout")));

    // An old cache entry is labelled stale, with a link that refreshes it.
    const QString key = RegionCache::originRegionsKey(h.client.endpoint(), h.client.language());
    const std::optional<RegionCache::Entry> entry = h.cache.load(key);
    QVERIFY(entry);
    QVERIFY(h.cache.store(key, entry->response, QDateTime::currentDateTimeUtc().addDays(-3)));
    FakeFault failure;
    failure.action = QStringLiteral("DescribeDestRegions");
    m_server->addFault(failure);
    RegionLists third(&h.api, &h.cache);
    CheckForm staleForm(&third, &h.checks, &h.groups);
    staleForm.loadRegions();
    auto *staleLabel = child<QLabel>(&staleForm, "originStateLabel");
    QVERIFY2(staleLabel->text().contains(QStringLiteral("stale: fetched")), qPrintable(staleLabel->text()));
    QTRY_VERIFY2(staleLabel->text().contains(QStringLiteral("href=\"refresh\"")), qPrintable(staleLabel->text()));
    QVERIFY(staleLabel->text().contains(QStringLiteral("refresh failed")));
    Q_EMIT staleLabel->linkActivated(QStringLiteral("refresh"));
    QTRY_COMPARE(third.originStatus().state, ListState::Fresh);
    QVERIFY(!staleLabel->text().contains(QStringLiteral("stale")));
}

void tst_CheckForm::selectionsAreRestored()
{
    CheckFormHarness h(*m_server);
    loadFor(h, QStringLiteral("Hongkong"));
    CheckRequest expected = fillRoute(h, false);
    groupEdit(h.form)->setText(QStringLiteral("lg-1a2b3c4d"));
    expected.groupId = QStringLiteral("lg-1a2b3c4d");
    const QJsonObject saved = h.form->selections();
    QCOMPARE(saved.value(QStringLiteral("bandwidth")).toInteger(), expected.bandwidth);

    // Another form over the lists already there chooses everything at once.
    CheckForm other(&h.lists, &h.checks, &h.groups);
    QVERIFY(!other.request());
    other.restoreSelections(saved);
    QVERIFY(other.request());
    QVERIFY(*other.request() == expected);

    // After a profile switch the lists start empty: the choices are applied as the lists arrive. A check
    // the reset dropped unanswered does not keep Check disabled.
    auto *check = child<QPushButton>(h.form, "checkButton");
    check->click();
    QVERIFY(!check->isEnabled());
    h.fake.useServer(*m_server); // what a profile switch does: the stack forgets lists and check
    QVERIFY(!h.form->request());
    h.form->restoreSelections(saved);
    h.form->loadRegions();
    QTRY_VERIFY(h.form->request().has_value());
    QVERIFY(*h.form->request() == expected);
    QVERIFY(check->isEnabled());
}

namespace {

// One notch of the mouse wheel down over `widget`, delivered as the window system would (to the widget, then
// to its parents while nobody accepts it).
void wheelDown(QWidget *widget)
{
    const QPointF centre(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent wheel(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &wheel);
}

} // namespace

// Scrolling the form with the wheel while the pointer passes over a combo box leaves its value alone (the
// concurrency jumped from 2 to 10 × 10,000 this way); a combo box the user clicked or tabbed into still
// follows the wheel. Every combo box and spin box of the form is protected so.
void tst_CheckForm::wheelLeavesUnfocusedCombosAlone()
{
    CheckFormHarness h(*m_server);
    h.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&h.window));
    loadFor(h, QStringLiteral("Hongkong"));
    fillRoute(h, true);
    auto *concurrency = child<QComboBox>(h.form, "concurrencyCombo");
    QVERIFY(concurrency->count() > 1);
    QCOMPARE(concurrency->currentIndex(), 0);

    auto *groupCombo = child<QComboBox>(h.form, "groupIdCombo");
    h.window.activateWindow();
    groupCombo->setFocus();
    QTRY_VERIFY(groupCombo->hasFocus());
    wheelDown(concurrency);
    QCOMPARE(concurrency->currentIndex(), 0);
    QVERIFY(groupCombo->hasFocus()); // the wheel did not take the focus either

    concurrency->setFocus();
    QTRY_VERIFY(concurrency->hasFocus());
    wheelDown(concurrency);
    QCOMPARE(concurrency->currentIndex(), 1);

    for (const QComboBox *combo : h.form->findChildren<QComboBox *>())
        QVERIFY2(combo->focusPolicy() == Qt::StrongFocus, qPrintable(combo->objectName()));
    for (const QAbstractSpinBox *spin : h.form->findChildren<QAbstractSpinBox *>())
        QVERIFY2(spin->focusPolicy() == Qt::StrongFocus, qPrintable(spin->objectName()));
}

// Alt+C is Check's mnemonic; with Check disabled (the form is incomplete) it typed a "c" into Group ID.
void tst_CheckForm::altLetterTypesNothing()
{
    CheckFormHarness h(*m_server);
    h.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&h.window));
    loadFor(h, QStringLiteral("Hongkong"));
    QVERIFY(!child<QPushButton>(h.form, "checkButton")->isEnabled());
    auto *groupCombo = child<QComboBox>(h.form, "groupIdCombo");
    h.window.activateWindow();
    groupCombo->setFocus();
    QTRY_VERIFY(groupCombo->hasFocus());
    QWidget *typedInto = QApplication::focusWidget(); // where the window system delivers the keys
    QTest::keyClicks(typedInto, QStringLiteral("lg-"));
    QTest::keyClick(typedInto, Qt::Key_C, Qt::AltModifier);
    QCOMPARE(groupEdit(h.form)->text(), QStringLiteral("lg-"));
    QTest::keyClick(typedInto, Qt::Key_C); // plain typing still types
    QCOMPARE(groupEdit(h.form)->text(), QStringLiteral("lg-c"));
}
