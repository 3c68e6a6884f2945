// The result card beyond the hand-over (tst_handover): the checked access region's features as badges (every
// documented bit named, unknown bits as such, a tooltip each, readable in light and dark palettes), the answer
// "Cannot be created" with what the API cannot tell and the button that asks for Find Capacity, and the words
// for the network types triple and secure_eip.
#include "support/childwidget.h"
#include "ui/check/resultcard.h"
#include "ui/common/checktext.h"
#include "ui/common/colourscheme.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

CheckRequest hongkong()
{
    CheckRequest request;
    request.originRegion = u"SouthChina"_s;
    request.accessRegion = u"Hongkong"_s;
    request.bandwidth = 2000;
    request.concurrent = 100;
    request.networkType = u"normal"_s;
    return request;
}

CheckOutcome answer(const CheckRequest &request, bool canCreate)
{
    return {request, QDateTime::currentDateTimeUtc(), CheckResult{canCreate, u"req-%1"_s.arg(int(canCreate))}, {}};
}

// The chips on `card`, in their order.
QList<QLabel *> badges(const ResultCard &card)
{
    return card.findChildren<QLabel *>(u"featureBadge"_s);
}

QStringList keysOf(const QList<QLabel *> &chips)
{
    QStringList keys;
    for (const QLabel *chip : chips)
        keys.append(chip->property("featureKey").toString());
    return keys;
}

// WCAG 2 contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class tst_ResultCard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badgesNameEveryBit();
    void badgesFollowTheRequest();
    void badgesAreReadable_data();
    void badgesAreReadable();
    void cannotCreateSaysWhatTheApiCannotTell_data();
    void cannotCreateSaysWhatTheApiCannotTell();
    void findButtonEmitsTheCheckedRequest();
    void networkTypesHaveNames();
};

void tst_ResultCard::badgesNameEveryBit()
{
    ResultCard card;
    card.showOutcome(answer(hongkong(), true));
    auto *badgeArea = child<QWidget>(&card, "featureBadges");
    QVERIFY(!badgeArea->isVisibleTo(&card)); // nothing known yet
    // Every documented bit, the undocumented bit 8 of the API's examples, and bit 11.
    card.setAccessRegionFeatures(RegionFeatures(127 | 128 | 1024));
    QVERIFY(badgeArea->isVisibleTo(&card));
    const QList<QLabel *> chips = badges(card);
    QCOMPARE(keysOf(chips), QStringList({u"layer4"_s, u"layer7"_s, u"http3"_s, u"ipv6"_s, u"premium-bgp"_s,
                                         u"triple-carrier"_s, u"access-qos"_s, u"bit8"_s, u"bit11"_s}));
    QStringList names, tooltips;
    for (const QLabel *chip : chips) {
        names.append(chip->text());
        QVERIFY2(chip->toolTip().endsWith(u'.') && chip->toolTip().size() > 20, qPrintable(chip->toolTip()));
        QVERIFY(!tooltips.contains(chip->toolTip()));
        tooltips.append(chip->toolTip());
        QCOMPARE(chip->accessibleName(), chip->text());
    }
    QCOMPARE(names,
             (QStringList{u"Layer-4 acceleration"_s, u"Layer-7 acceleration"_s, u"HTTP/3 access"_s, u"IPv6"_s,
                          u"Premium BGP access"_s, u"Triple-carrier access"_s, u"Access-segment QoS acceleration"_s,
                          u"unknown feature (bit 8)"_s, u"unknown feature (bit 11)"_s}));
    QVERIFY2(chips.at(7)->toolTip().contains(u"bit 8"_s), qPrintable(chips.at(7)->toolTip()));
    QVERIFY(child<QLabel>(&card, "featuresHeading")->text().contains(u"Hongkong"_s));

    // A language change words them again (new chips) without adding any.
    const QStringList keys = keysOf(chips);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(badgeArea, &change);
    QCOMPARE(keysOf(badges(card)), keys);

    // A bitmap of 0 says so instead of showing no badge at all.
    card.setAccessRegionFeatures(RegionFeatures(0));
    QVERIFY(badges(card).isEmpty());
    QVERIFY(child<QLabel>(&card, "noFeaturesLabel")->text().contains(u"FeatureBitmap 0"_s));
}

void tst_ResultCard::badgesFollowTheRequest()
{
    ResultCard card;
    const CheckRequest first = hongkong();
    card.showOutcome(answer(first, false));
    card.setAccessRegionFeatures(RegionFeatures(3));
    QCOMPARE(badges(card).size(), 2);
    card.showPrice({first, std::nullopt, {}}); // the same request: the badges stay
    QCOMPARE(badges(card).size(), 2);
    CheckRequest second = first;
    second.accessRegion = u"Tokyo"_s;
    card.showPending(second); // another access region: its features are not known yet
    QVERIFY(!child<QWidget>(&card, "featureBadges")->isVisibleTo(&card));
    card.setAccessRegionFeatures(RegionFeatures(1));
    QCOMPARE(badges(card).size(), 1);
    card.clear();
    QVERIFY(!child<QWidget>(&card, "featureBadges")->isVisibleTo(&card));
}

void tst_ResultCard::badgesAreReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    QVERIFY(fusion);
    QTest::newRow("light") << fusion->standardPalette();
    QTest::newRow("dark") << ColourScheme::darkPalette();
}

void tst_ResultCard::badgesAreReadable()
{
    QFETCH(QPalette, palette);
    ResultCard card;
    card.setPalette(palette);
    card.showOutcome(answer(hongkong(), true));
    card.setAccessRegionFeatures(RegionFeatures(1 | 128));
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    for (QLabel *chip : badges(card)) {
        const QColor text = chip->palette().color(chip->foregroundRole());
        const QColor fill = chip->palette().color(chip->backgroundRole());
        QVERIFY2(contrast(text, fill) >= 4.5,
                 qPrintable(u"%1 on %2: %3"_s.arg(text.name(), fill.name()).arg(contrast(text, fill))));
        // Drawn as a chip of its own, not on the card's window colour (in the padding left of the text).
        const QImage image = chip->grab().toImage();
        QCOMPARE(image.pixelColor(4 * image.width() / chip->width(), image.height() / 2).rgb(), fill.rgb());
    }
}

void tst_ResultCard::cannotCreateSaysWhatTheApiCannotTell_data()
{
    QTest::addColumn<int>("answerKind"); // 0 cannot, 1 can, 2 failed, 3 cancelled, 4 pending
    QTest::addColumn<bool>("explained");
    QTest::newRow("cannot be created") << 0 << true;
    QTest::newRow("can be created") << 1 << false;
    QTest::newRow("failed") << 2 << false;
    QTest::newRow("cancelled") << 3 << false;
    QTest::newRow("waiting") << 4 << false;
}

void tst_ResultCard::cannotCreateSaysWhatTheApiCannotTell()
{
    QFETCH(int, answerKind);
    QFETCH(bool, explained);
    ResultCard card;
    card.showOutcome(answer(hongkong(), false)); // shown before: the new answer must hide it again
    card.showPending(hongkong());
    if (answerKind <= 1)
        card.showOutcome(answer(hongkong(), answerKind == 1));
    else if (answerKind == 2)
        card.showOutcome({hongkong(), QDateTime::currentDateTimeUtc(), std::nullopt, {}});
    else if (answerKind == 3)
        card.showCancelled();
    QCOMPARE(child<QWidget>(&card, "cannotCreatePanel")->isVisibleTo(&card), explained);
    const QString reason = child<QLabel>(&card, "reasonLabel")->text();
    for (const QString &words :
         {u"CheckProxyCreate answers only yes or no"_s, u"sold out"_s, u"bandwidth or concurrency"_s, u"account"_s})
        QVERIFY2(reason.contains(words), qPrintable(reason));
}

void tst_ResultCard::findButtonEmitsTheCheckedRequest()
{
    ResultCard card;
    QSignalSpy find(&card, &ResultCard::findCapacityRequested);
    card.showOutcome(answer(hongkong(), false));
    auto *button = child<QPushButton>(&card, "findElsewhereButton");
    QVERIFY2(button->text().startsWith(u"Find where it can be created…"_s), qPrintable(button->text()));
    QVERIFY(!button->toolTip().isEmpty());
    // Right after the answer in the tab order, before the parameters.
    QWidget *next = child<QWidget>(&card, "verdictLabel");
    while (next && next != button && next->objectName() != u"originRegionValue"_s)
        next = next->nextInFocusChain();
    QCOMPARE(next, button);
    button->click();
    QCOMPARE(find.count(), 1);
    QVERIFY(find.at(0).at(0).value<CheckRequest>() == hongkong());
}

void tst_ResultCard::networkTypesHaveNames()
{
    RegionDetail origin;
    origin.networkTypes = QStringList{u"normal"_s, u"triple"_s, u"secure_eip"_s, u"future_type"_s};
    const QList<std::pair<QString, QString>> items = CheckText::networkTypeItems(&origin);
    const QList<std::pair<QString, QString>> expected{{u"Standard BGP (normal)"_s, u"normal"_s},
                                                      {u"Triple-carrier (triple)"_s, u"triple"_s},
                                                      {u"Custom secure EIP (secure_eip)"_s, u"secure_eip"_s},
                                                      {u"future_type"_s, u"future_type"_s}};
    QCOMPARE(items, expected);
}

QTEST_MAIN(tst_ResultCard)

#include "tst_resultcard.moc"
