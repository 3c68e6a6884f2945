// The check form's cascade of live lists; see tst_checkform.h.
#include "tst_checkform.h"

#include "support/fakeapistack.h"
#include "ui/check/regioncombomodel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QtTest>

#include <algorithm>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using namespace CheckFormTest;
using ListState = RegionLists::ListState;

CheckFormHarness::CheckFormHarness(const FakeGaapServer &server)
    : fake(server)
    , form(new CheckForm(&lists, &checks, &groups, &window))
    , card(new ResultCard(&window))
{
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(form);
    layout->addWidget(card);
    card->setEndpoint(client.endpoint());
    QObject::connect(form, &CheckForm::checkRequested, &checks, &CheckSession::check);
    QObject::connect(&checks, &CheckSession::checkStarted, card, &ResultCard::showPending);
    QObject::connect(&checks, &CheckSession::checkFinished, card, &ResultCard::showOutcome);
    QObject::connect(&checks, &CheckSession::priceFinished, card, &ResultCard::showPrice);
    QObject::connect(card, &ResultCard::retryRequested, &checks, [this] {
        if (const std::optional<CheckRequest> request = card->request())
            checks.check(*request);
    });
}

QStringList CheckFormTest::dataOf(const QComboBox *combo)
{
    QStringList values;
    for (int row = 0; row < combo->count(); ++row) {
        const QVariant value = combo->itemData(row);
        if (value.isValid())
            values.append(value.toString());
    }
    return values;
}

QLineEdit *CheckFormTest::groupEdit(const CheckForm *form)
{
    return child<QComboBox>(form, "groupIdCombo")->lineEdit();
}

QStringList CheckFormTest::numbers(const QList<qint64> &values)
{
    QStringList out;
    for (const qint64 value : values)
        out.append(QString::number(value));
    return out;
}

void tst_CheckForm::init()
{
    m_server = std::make_unique<FakeGaapServer>();
    QVERIFY(m_server->listenOnLoopback() != 0);
}

void tst_CheckForm::cleanup()
{
    m_server.reset();
}

void tst_CheckForm::loadFor(CheckFormHarness &h, const QString &origin)
{
    h.form->loadRegions();
    auto *originCombo = child<QComboBox>(h.form, "originCombo");
    QTRY_VERIFY(dataOf(originCombo).contains(origin));
    QVERIFY(choose(originCombo, origin));
    QTRY_COMPARE(h.lists.accessStatus().state, ListState::Fresh);
    QVERIFY(child<QComboBox>(h.form, "accessCombo")->count() > 0);
}

QStringList tst_CheckForm::servedIds(const QString &origin, const QString &ipVersion) const
{
    QStringList ids;
    for (const FakeAccessRegion &access : m_server->data().accessRegions()) {
        if (access.destRegions.contains(origin) && access.ipVersions.contains(ipVersion)
            && access.packageTypes.contains(QStringLiteral("Thunder")))
            ids.append(access.id);
    }
    return ids;
}

const FakeAccessRegion &tst_CheckForm::partialRegion(const QString &origin) const
{
    // Serves `origin` over IPv4 with Thunder; its smallest offer fits its normal capacity, its largest does not.
    for (const FakeAccessRegion &access : m_server->data().accessRegions()) {
        const FakeCapacity normal = access.capacity.value(QStringLiteral("normal"));
        if (servedIds(origin, QStringLiteral("IPv4")).contains(access.id)
            && access.bandwidths.constFirst() <= normal.maxBandwidth
            && access.concurrents.constFirst() <= normal.maxConcurrent
            && access.bandwidths.constLast() > normal.maxBandwidth)
            return access;
    }
    qFatal("the fake data has no suitable access region for %s", qPrintable(origin));
}

CheckRequest tst_CheckForm::fillRoute(CheckFormHarness &h, bool withinCapacity)
{
    CheckRequest expected;
    expected.originRegion = child<QComboBox>(h.form, "originCombo")->currentData().toString();
    const FakeAccessRegion &access = partialRegion(expected.originRegion);
    expected.accessRegion = access.id;
    expected.bandwidth = withinCapacity ? access.bandwidths.constFirst() : access.bandwidths.constLast();
    expected.concurrent = access.concurrents.constFirst();
    expected.ipVersion = QStringLiteral("IPv4");
    expected.networkType = QStringLiteral("normal");
    expected.packageType = QStringLiteral("Thunder");
    const bool chosen = choose(child<QComboBox>(h.form, "accessCombo"), access.id)
                        && choose(child<QComboBox>(h.form, "bandwidthCombo"), expected.bandwidth)
                        && choose(child<QComboBox>(h.form, "concurrencyCombo"), expected.concurrent)
                        && choose(child<QComboBox>(h.form, "networkTypeCombo"), expected.networkType);
    if (!chosen)
        qFatal("the form does not offer %s",
               qPrintable(QString::fromUtf8(QJsonDocument(expected.toParameters()).toJson())));
    return expected;
}

// Connection quality: Silver asks DescribeDestRegions with QualityType 1 and offers only the origins that have
// silver connections; it is remembered with the selections; Gold (the default) sends nothing.
void tst_CheckForm::qualityChoosesTheOrigins()
{
    CheckFormHarness h(*m_server);
    auto *originCombo = child<QComboBox>(h.form, "originCombo");
    auto *quality = child<QComboBox>(h.form, "qualityCombo");
    h.form->loadRegions();
    QTRY_COMPARE(h.lists.originStatus().state, ListState::Fresh);
    QStringList gold;
    QStringList silver;
    for (const FakeDestRegion &region : m_server->data().destRegions()) {
        if (region.qualityTypes.contains(0))
            gold.append(region.id);
        if (region.qualityTypes.contains(1))
            silver.append(region.id);
    }
    QVERIFY(!silver.isEmpty() && silver.size() < gold.size());
    QCOMPARE(CheckFormTest::dataOf(originCombo), gold);
    QVERIFY(!QJsonDocument::fromJson(m_server->lastRequest().body).object().contains(u"QualityType"_s));

    quality->setCurrentIndex(1);
    QTRY_COMPARE(CheckFormTest::dataOf(originCombo), silver);
    QCOMPARE(QJsonDocument::fromJson(m_server->lastRequest().body).object().value(u"QualityType"_s).toInt(), 1);
    QCOMPARE(h.form->selections().value(u"quality"_s).toString(), u"silver"_s);

    quality->setCurrentIndex(0);
    QTRY_COMPARE(CheckFormTest::dataOf(originCombo), gold);
    QVERIFY(!h.form->selections().contains(u"quality"_s));
    h.form->restoreSelections({{u"quality"_s, u"silver"_s}});
    QCOMPARE(quality->currentIndex(), 1);
    QTRY_COMPARE(CheckFormTest::dataOf(originCombo), silver);
}

void tst_CheckForm::cascadeLoads()
{
    CheckFormHarness h(*m_server);
    auto *originCombo = child<QComboBox>(h.form, "originCombo");
    QCOMPARE(originCombo->count(), 0);
    h.form->loadRegions();
    QCOMPARE(originCombo->placeholderText(), QStringLiteral("Loading…"));
    QVERIFY(child<QProgressBar>(h.form, "originBusyBar")->isVisibleTo(h.form));
    QVERIFY(child<QLabel>(h.form, "originStateLabel")->text().contains(QStringLiteral("Loading")));
    QTRY_COMPARE(h.lists.originStatus().state, ListState::Fresh);
    QCOMPARE(originCombo->placeholderText(), QStringLiteral("Choose an origin region"));
    QVERIFY(!child<QProgressBar>(h.form, "originBusyBar")->isVisibleTo(h.form));
    QVERIFY(child<QLabel>(h.form, "originStateLabel")->text().contains(QStringLiteral("fetched just now")));
    QCOMPARE(originCombo->currentIndex(), -1); // the operator chooses

    // Grouped by area, in the server's order: a disabled bold header, then the area's regions.
    const QList<FakeDestRegion> &dest = m_server->data().destRegions();
    QStringList areas;
    for (const FakeDestRegion &region : dest) {
        if (!areas.contains(region.area))
            areas.append(region.area);
    }
    const auto *model = qobject_cast<const QStandardItemModel *>(originCombo->model());
    QVERIFY(model);
    int row = 0;
    for (const QString &area : areas) {
        const QStandardItem *header = model->item(row++);
        QVERIFY(header);
        QVERIFY(!header->isEnabled());
        QVERIFY(!header->isSelectable());
        QVERIFY(header->font().bold());
        QVERIFY(!header->data(Qt::UserRole).isValid());
        for (const FakeDestRegion &region : dest) {
            if (region.area != area)
                continue;
            QCOMPARE(header->text(), region.areaName.english);
            const QStandardItem *item = model->item(row++);
            QVERIFY(item);
            QCOMPARE(item->data(Qt::UserRole).toString(), region.id);
            QString text = QStringLiteral("%1 (%2)").arg(region.name.english, region.id);
            if (region.idcType == QLatin1String("ec"))
                text += QStringLiteral(" · edge");
            QCOMPARE(item->text(), text);
        }
    }
    QCOMPARE(row, model->rowCount());

    // The access regions that serve the chosen origin (IPv4, Thunder by default).
    auto *accessCombo = child<QComboBox>(h.form, "accessCombo");
    QCOMPARE(accessCombo->count(), 0);
    QCOMPARE(accessCombo->placeholderText(), QStringLiteral("Choose an origin region first"));
    QVERIFY(choose(originCombo, QStringLiteral("Hongkong")));
    QCOMPARE(h.lists.accessQuery().originRegion, QStringLiteral("Hongkong"));
    QTRY_COMPARE(h.lists.accessStatus().state, ListState::Fresh);
    QStringList shown = dataOf(accessCombo);
    QStringList expected = servedIds(QStringLiteral("Hongkong"), QStringLiteral("IPv4"));
    std::sort(shown.begin(), shown.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(shown, expected);
    QCOMPARE(accessCombo->placeholderText(), QStringLiteral("Choose an access region"));
    QCOMPARE(accessCombo->currentIndex(), -1);
    QVERIFY(child<QLabel>(h.form, "accessStateLabel")->text().contains(QStringLiteral("fetched")));
    QVERIFY(!child<QWidget>(h.form, "errorFrame")->isVisibleTo(h.form));
}

// One broken entry in the server's list: the region is listed, marked unusable with the reason, and
// cannot be chosen; the others are unaffected.
void tst_CheckForm::unusableRegionIsShownNotSelectable()
{
    RegionComboModel model;
    AccessRegionDetail good;
    good.regionId = QStringLiteral("Hongkong");
    good.regionName = QStringLiteral("Hong Kong");
    AccessRegionDetail broken = good;
    broken.regionId = QStringLiteral("Tokyo");
    broken.regionName = QStringLiteral("Tokyo");
    broken.problem = QStringLiteral("AccessRegionSet[1].BandwidthList: expected an array, got null");
    model.setRegions(QList<AccessRegionDetail>{good, broken});
    const QStandardItem *usable = model.item(model.rowOf(good.regionId));
    const QStandardItem *unusable = model.item(model.rowOf(broken.regionId));
    QVERIFY(usable && unusable);
    QVERIFY(usable->isEnabled() && usable->isSelectable());
    QVERIFY(!unusable->isEnabled() && !unusable->isSelectable());
    QVERIFY2(unusable->text().contains(QStringLiteral("unusable")), qPrintable(unusable->text()));
    QVERIFY2(unusable->toolTip().contains(broken.problem), qPrintable(unusable->toolTip()));
}

void tst_CheckForm::networkTypesComeFromTheOrigin()
{
    CheckFormHarness h(*m_server);
    h.form->loadRegions();
    QTRY_COMPARE(h.lists.originStatus().state, ListState::Fresh);
    auto *networkCombo = child<QComboBox>(h.form, "networkTypeCombo");
    for (const FakeDestRegion &region : m_server->data().destRegions()) {
        QVERIFY(choose(child<QComboBox>(h.form, "originCombo"), region.id));
        // Every type the origin advertises (triple too), in the server's order; "normal" when it names none.
        const QStringList expected = region.networkTypes.value_or(QStringList{QStringLiteral("normal")});
        QCOMPARE(dataOf(networkCombo), expected);
        QCOMPARE(networkCombo->currentData().toString(), expected.value(0));
    }
}

void tst_CheckForm::offeredListsMatchTheAccessRegion()
{
    CheckFormHarness h(*m_server);
    loadFor(h, QStringLiteral("Hongkong"));
    QVERIFY(child<QLabel>(h.form, "concurrencyLabel")->text().contains(QStringLiteral("×10,000 connections")));
    auto *bandwidthCombo = child<QComboBox>(h.form, "bandwidthCombo");
    auto *concurrencyCombo = child<QComboBox>(h.form, "concurrencyCombo");
    QCOMPARE(bandwidthCombo->count(), 0);
    for (const QString &id : servedIds(QStringLiteral("Hongkong"), QStringLiteral("IPv4"))) {
        const FakeAccessRegion *access = m_server->data().accessRegion(id);
        QVERIFY(choose(child<QComboBox>(h.form, "accessCombo"), id));
        QCOMPARE(dataOf(bandwidthCombo), numbers(access->bandwidths));
        QCOMPARE(dataOf(concurrencyCombo), numbers(access->concurrents));
        QCOMPARE(bandwidthCombo->itemText(0), QStringLiteral("%1 Mbps").arg(access->bandwidths.constFirst()));
        QCOMPARE(concurrencyCombo->itemText(0), QStringLiteral("%1 × 10,000").arg(access->concurrents.constFirst()));
    }
}

void tst_CheckForm::ipv6ReloadKeepsValidSelection()
{
    CheckFormHarness h(*m_server);
    loadFor(h, QStringLiteral("Hongkong"));
    const QStringList v4 = servedIds(QStringLiteral("Hongkong"), QStringLiteral("IPv4"));
    const QStringList v6 = servedIds(QStringLiteral("Hongkong"), QStringLiteral("IPv6"));
    QStringList v4Only = v4;
    for (const QString &id : v6)
        v4Only.removeAll(id);
    QVERIFY(!v6.isEmpty() && !v4Only.isEmpty());

    auto *ipCombo = child<QComboBox>(h.form, "ipVersionCombo");
    auto *accessCombo = child<QComboBox>(h.form, "accessCombo");
    auto *bandwidthCombo = child<QComboBox>(h.form, "bandwidthCombo");
    auto *concurrencyCombo = child<QComboBox>(h.form, "concurrencyCombo");
    const FakeAccessRegion *both = m_server->data().accessRegion(v6.constFirst());
    QVERIFY(choose(accessCombo, both->id));
    QVERIFY(choose(bandwidthCombo, both->bandwidths.constLast()));
    QVERIFY(choose(concurrencyCombo, both->concurrents.constLast()));

    const QString action = QStringLiteral("DescribeAccessRegionsByDestRegion");
    const int requestsBefore = m_server->requestCount(action);
    QVERIFY(choose(ipCombo, QStringLiteral("IPv6")));
    QCOMPARE(h.lists.accessQuery().ipVersion, QStringLiteral("IPv6"));
    QTRY_COMPARE(h.lists.accessStatus().state, ListState::Fresh);
    QCOMPARE(m_server->requestCount(action), requestsBefore + 1);
    QStringList shown = dataOf(accessCombo);
    QStringList expected = v6;
    std::sort(shown.begin(), shown.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(shown, expected);
    QCOMPARE(accessCombo->currentData().toString(), both->id); // still offered: kept
    QCOMPARE(bandwidthCombo->currentData().toLongLong(), both->bandwidths.constLast());
    QCOMPARE(concurrencyCombo->currentData().toLongLong(), both->concurrents.constLast());
    QVERIFY(h.form->request().has_value());
    QCOMPARE(h.form->request()->ipVersion, QStringLiteral("IPv6"));

    // An IPv4-only region is dropped with IPv6, and chosen again when IPv4 comes back.
    QVERIFY(choose(ipCombo, QStringLiteral("IPv4")));
    QTRY_COMPARE(h.lists.accessStatus().state, ListState::Fresh);
    QVERIFY(choose(accessCombo, v4Only.constFirst()));
    QVERIFY(choose(ipCombo, QStringLiteral("IPv6")));
    QTRY_COMPARE(h.lists.accessStatus().state, ListState::Fresh);
    QCOMPARE(accessCombo->currentIndex(), -1);
    QCOMPARE(bandwidthCombo->count(), 0);
    QVERIFY(!h.form->request());
    QVERIFY(!child<QPushButton>(h.form, "checkButton")->isEnabled());
    QVERIFY(choose(ipCombo, QStringLiteral("IPv4")));
    QTRY_COMPARE(h.lists.accessStatus().state, ListState::Fresh);
    QCOMPARE(accessCombo->currentData().toString(), v4Only.constFirst());
}

void tst_CheckForm::checkNeedsACompleteValidForm()
{
    CheckFormHarness h(*m_server);
    auto *check = child<QPushButton>(h.form, "checkButton");
    QVERIFY(!check->isEnabled());
    loadFor(h, QStringLiteral("Hongkong"));
    QVERIFY(!check->isEnabled());
    const FakeAccessRegion &access = partialRegion(QStringLiteral("Hongkong"));
    QVERIFY(choose(child<QComboBox>(h.form, "accessCombo"), access.id));
    QVERIFY(!check->isEnabled());
    QVERIFY(choose(child<QComboBox>(h.form, "bandwidthCombo"), access.bandwidths.constLast()));
    QVERIFY(!check->isEnabled());
    QVERIFY(choose(child<QComboBox>(h.form, "concurrencyCombo"), access.concurrents.constFirst()));
    QVERIFY(check->isEnabled());

    std::optional<CheckRequest> sent;
    int sentCount = 0;
    connect(h.form, &CheckForm::checkRequested, this, [&](const CheckRequest &request) {
        sent = request;
        ++sentCount;
    });
    QLineEdit *group = groupEdit(h.form);
    auto *hint = child<QLabel>(h.form, "groupIdHintLabel");
    group->setText(QStringLiteral("lg-NOPE"));
    QVERIFY(!check->isEnabled());
    QVERIFY(hint->isVisibleTo(h.form));
    QVERIFY(hint->text().contains(QStringLiteral("lg-")));
    h.form->check();
    QCOMPARE(sentCount, 0);
    group->setText(QStringLiteral(" lg-1a2b3c4d "));
    QVERIFY(!hint->isVisibleTo(h.form));
    QVERIFY(check->isEnabled());
    QVERIFY(choose(child<QComboBox>(h.form, "networkTypeCombo"), QStringLiteral("cn2")));
    QVERIFY(choose(child<QComboBox>(h.form, "packageTypeCombo"), QStringLiteral("Thunder")));

    check->click();
    QCOMPARE(sentCount, 1);
    QVERIFY(sent);
    QCOMPARE(sent->originRegion, QStringLiteral("Hongkong"));
    QCOMPARE(sent->accessRegion, access.id);
    QCOMPARE(sent->bandwidth, access.bandwidths.constLast());
    QCOMPARE(sent->concurrent, access.concurrents.constFirst());
    QCOMPARE(sent->groupId, QStringLiteral("lg-1a2b3c4d"));
    QCOMPARE(sent->ipVersion, QStringLiteral("IPv4"));
    QCOMPARE(sent->networkType, QStringLiteral("cn2"));
    QCOMPARE(sent->packageType, QStringLiteral("Thunder"));
    QVERIFY(!check->isEnabled()); // while the check runs
    QTRY_VERIFY(check->isEnabled());
}

QTEST_MAIN(tst_CheckForm)
