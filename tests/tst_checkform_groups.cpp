// The check form's Group ID: the account's connection groups of the chosen origin region, loaded in the
// background; those that take new connections can be chosen, the others are listed disabled with their status;
// an ID can always be typed; a note says why the list is empty. See tst_checkform.h.
#include "tst_checkform.h"

#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTranslator>
#include <QtTest>

using namespace CheckFormTest;
using GroupState = GroupList::State;

namespace {

const QString GroupAction = QStringLiteral("DescribeProxyGroupList");

struct GroupItem
{
    QString id;
    QString text;
    QString toolTip;
    bool enabled = false;
};

QList<GroupItem> itemsOf(const QComboBox *combo)
{
    const auto *model = qobject_cast<const QStandardItemModel *>(combo->model());
    QList<GroupItem> items;
    for (int row = 0; row < combo->count(); ++row)
        items.append({combo->itemData(row).toString(), combo->itemText(row),
                      combo->itemData(row, Qt::ToolTipRole).toString(), model && model->item(row)->isEnabled()});
    return items;
}

QComboBox *groupCombo(const CheckForm *form)
{
    return child<QComboBox>(form, "groupIdCombo");
}

QLabel *groupNote(const CheckForm *form)
{
    return child<QLabel>(form, "groupListNoteLabel");
}

// Every translation of the contexts given, marked: «source».
class MarkingTranslator final : public QTranslator
{
public:
    explicit MarkingTranslator(QStringList contexts)
        : m_contexts(std::move(contexts))
    {
    }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char * = nullptr, int = -1) const override
    {
        if (!m_contexts.contains(QLatin1String(context)))
            return {};
        return u'«' + QString::fromUtf8(sourceText) + u'»';
    }

private:
    QStringList m_contexts;
};

} // namespace

void tst_CheckForm::groupsOfTheOriginAreOffered()
{
    CheckFormHarness h(*m_server);
    loadFor(h, QStringLiteral("Hongkong"));
    QTRY_COMPARE(h.groups.state(), GroupState::Loaded);
    QCOMPARE(h.groups.originRegion(), QStringLiteral("Hongkong"));

    // The groups that take new connections first, as "name (ID)"; the others disabled, with their status.
    QList<FakeProxyGroup> running, others;
    for (const FakeProxyGroup &group : m_server->data().proxyGroups()) {
        if (group.destRegion == QLatin1String("Hongkong"))
            (group.status == QLatin1String("RUNNING") ? running : others).append(group);
    }
    QVERIFY(!running.isEmpty() && !others.isEmpty());
    const QList<GroupItem> items = itemsOf(groupCombo(h.form));
    QCOMPARE(items.size(), running.size() + others.size());
    const QMap<QString, QString> words{{QStringLiteral("CREATING"), QStringLiteral("Being created")},
                                       {QStringLiteral("CLOSED"), QStringLiteral("Closed")}};
    for (qsizetype i = 0; i < items.size(); ++i) {
        const bool takes = i < running.size();
        const FakeProxyGroup &group = takes ? running.at(i) : others.at(i - running.size());
        const GroupItem &item = items.at(i);
        QCOMPARE(item.id, group.id);
        QCOMPARE(item.enabled, takes);
        const QString label = QStringLiteral("%1 (%2)").arg(group.name, group.id);
        if (takes) {
            QCOMPARE(item.text, label);
        } else {
            QVERIFY2(words.contains(group.status), qPrintable(group.status)); // the data's statuses in Hongkong
            QCOMPARE(item.text, QStringLiteral("%1 — %2").arg(label, words.value(group.status)));
            QVERIFY2(item.toolTip.contains(group.status) && item.toolTip.contains(words.value(group.status)),
                     qPrintable(item.toolTip));
        }
    }
    QVERIFY(!groupNote(h.form)->isVisibleTo(h.form)); // nothing to explain

    // Choosing a group puts its ID in the request.
    fillRoute(h, true);
    QVERIFY(choose(groupCombo(h.form), running.constFirst().id));
    QCOMPARE(groupCombo(h.form)->currentText(), items.constFirst().text);
    QVERIFY(h.form->request());
    QCOMPARE(h.form->request()->groupId, running.constFirst().id);
    QVERIFY(!child<QLabel>(h.form, "groupIdHintLabel")->isVisibleTo(h.form));
    QVERIFY(child<QPushButton>(h.form, "checkButton")->isEnabled());
    QCOMPARE(h.form->selections().value(QStringLiteral("groupId")).toString(), running.constFirst().id);

    // Another origin lists its own groups; the chosen ID stays, said not to be one of them.
    QVERIFY(choose(child<QComboBox>(h.form, "originCombo"), QStringLiteral("SouthChina")));
    QTRY_COMPARE(h.groups.state(), GroupState::Loaded);
    QCOMPARE(h.groups.originRegion(), QStringLiteral("SouthChina"));
    QStringList southIds;
    for (const GroupItem &item : itemsOf(groupCombo(h.form)))
        southIds.append(item.id);
    QStringList expectedSouth;
    for (const FakeProxyGroup &group : m_server->data().proxyGroups()) {
        if (group.destRegion == QLatin1String("SouthChina"))
            expectedSouth.append(group.id);
    }
    std::sort(southIds.begin(), southIds.end());
    std::sort(expectedSouth.begin(), expectedSouth.end());
    QCOMPARE(southIds, expectedSouth);
    QCOMPARE(groupEdit(h.form)->text(), running.constFirst().id);
    QVERIFY(groupNote(h.form)->isVisibleTo(h.form));
    QVERIFY2(groupNote(h.form)->text().contains(QStringLiteral("not one of your connection groups")),
             qPrintable(groupNote(h.form)->text()));
}

void tst_CheckForm::typingAGroupIdWorks()
{
    CheckFormHarness h(*m_server);
    loadFor(h, QStringLiteral("Hongkong"));
    QTRY_COMPARE(h.groups.state(), GroupState::Loaded);
    fillRoute(h, true);
    QSignalSpy changed(h.form, &CheckForm::requestChanged);
    QLineEdit *edit = groupEdit(h.form);
    QCOMPARE(edit->placeholderText(), QStringLiteral("For example: lg-1a2b3c4d"));
    QTest::keyClicks(edit, QStringLiteral("lg-1a2b3c4d"));
    QVERIFY(changed.count() > 0);
    QVERIFY(h.form->request());
    QCOMPARE(h.form->request()->groupId, QStringLiteral("lg-1a2b3c4d"));
    QCOMPARE(groupCombo(h.form)->currentIndex(), -1); // typed, not an item

    // A listed group that takes no new connections may be typed; the note says what the server will say.
    const FakeProxyGroup *creating = nullptr;
    for (const FakeProxyGroup &group : m_server->data().proxyGroups()) {
        if (group.destRegion == QLatin1String("Hongkong") && group.status == QLatin1String("CREATING"))
            creating = &group;
    }
    QVERIFY(creating);
    edit->setText(creating->id);
    QCOMPARE(h.form->request()->groupId, creating->id);
    QVERIFY2(groupNote(h.form)->text().contains(QStringLiteral("takes no new connections now")),
             qPrintable(groupNote(h.form)->text()));

    // Not an ID: the hint, and no request; empty: no group.
    edit->setText(QStringLiteral("my group"));
    QVERIFY(!h.form->request());
    QVERIFY(child<QLabel>(h.form, "groupIdHintLabel")->isVisibleTo(h.form));
    edit->clear();
    QVERIFY(h.form->request());
    QVERIFY(h.form->request()->groupId.isEmpty());
    QVERIFY(!h.form->selections().contains(QStringLiteral("groupId")));
}

// A CAM user without gaap:DescribeProxyGroupList: the list stays empty, a note says why, typing still works.
void tst_CheckForm::groupListFailureLeavesTyping()
{
    FakeFault refused;
    refused.action = GroupAction;
    refused.errorCode = QStringLiteral("UnauthorizedOperation");
    refused.count = -1;
    m_server->addFault(refused);
    CheckFormHarness h(*m_server);
    loadFor(h, QStringLiteral("Hongkong"));
    QTRY_COMPARE(h.groups.state(), GroupState::Failed);
    QCOMPARE(groupCombo(h.form)->count(), 0);
    QLabel *note = groupNote(h.form);
    QVERIFY(note->isVisibleTo(h.form));
    QVERIFY2(note->text().contains(QStringLiteral("could not be listed"))
                 && note->text().contains(QStringLiteral("UnauthorizedOperation")),
             qPrintable(note->text()));
    QVERIFY2(note->toolTip().contains(QStringLiteral("RequestId")), qPrintable(note->toolTip()));

    fillRoute(h, true);
    QTest::keyClicks(groupEdit(h.form), QStringLiteral("lg-1a2b3c4d"));
    QVERIFY(h.form->request());
    QCOMPARE(h.form->request()->groupId, QStringLiteral("lg-1a2b3c4d"));
    QVERIFY(child<QPushButton>(h.form, "checkButton")->isEnabled());
    QVERIFY(note->isVisibleTo(h.form)); // still there: typing does not hide why the list is empty
}

// While the groups load, the field takes typing and the note says they are coming; the answer leaves the typed ID
// alone.
void tst_CheckForm::groupsLoadWithoutBlocking()
{
    FakeFault slow;
    slow.kind = FakeFault::Kind::SlowAnswer;
    slow.action = GroupAction;
    slow.delayMs = 300;
    m_server->addFault(slow);
    CheckFormHarness h(*m_server);
    loadFor(h, QStringLiteral("Hongkong"));
    QCOMPARE(h.groups.state(), GroupState::Loading);
    QVERIFY(groupNote(h.form)->isVisibleTo(h.form));
    QVERIFY2(groupNote(h.form)->text().startsWith(QStringLiteral("Loading")), qPrintable(groupNote(h.form)->text()));
    QTest::keyClicks(groupEdit(h.form), QStringLiteral("lg-1a2b"));
    QTRY_COMPARE(h.groups.state(), GroupState::Loaded);
    QVERIFY(groupCombo(h.form)->count() > 0);
    QCOMPARE(groupEdit(h.form)->text(), QStringLiteral("lg-1a2b"));
    QTest::keyClicks(groupEdit(h.form), QStringLiteral("3c4d"));
    QCOMPARE(h.form->selections().value(QStringLiteral("groupId")).toString(), QStringLiteral("lg-1a2b3c4d"));

    // Asked once per origin: other IP versions keep the list; Refresh regions asks again.
    QCOMPARE(m_server->requestCount(GroupAction), 1);
    QVERIFY(choose(child<QComboBox>(h.form, "ipVersionCombo"), QStringLiteral("IPv6")));
    QCOMPARE(m_server->requestCount(GroupAction), 1);
    h.form->refreshRegions();
    QTRY_COMPARE(m_server->requestCount(GroupAction), 2);
    QTRY_COMPARE(h.groups.state(), GroupState::Loaded);
    QCOMPARE(groupEdit(h.form)->text(), QStringLiteral("lg-1a2b3c4d"));
}

// History > Re-run and remembered choices: the group ID comes back, as its item once the list is there.
void tst_CheckForm::groupIdIsRestored()
{
    const FakeProxyGroup *running = nullptr;
    for (const FakeProxyGroup &group : m_server->data().proxyGroups()) {
        if (!running && group.destRegion == QLatin1String("Hongkong") && group.status == QLatin1String("RUNNING"))
            running = &group;
    }
    QVERIFY(running);
    CheckFormHarness h(*m_server);
    loadFor(h, QStringLiteral("Hongkong"));
    CheckRequest wanted = fillRoute(h, true);
    wanted.groupId = running->id;

    CheckFormHarness other(*m_server);
    other.form->setRequest(wanted); // before any list is there
    QCOMPARE(groupEdit(other.form)->text(), running->id);
    other.form->loadRegions();
    QTRY_VERIFY(other.form->request().has_value());
    QTRY_COMPARE(other.groups.state(), GroupState::Loaded);
    QVERIFY(*other.form->request() == wanted);
    QCOMPARE(groupCombo(other.form)->currentData().toString(), running->id); // shown as the group's item
    QCOMPARE(groupCombo(other.form)->currentText(), QStringLiteral("%1 (%2)").arg(running->name, running->id));
    QVERIFY(*other.form->request() == wanted);

    // A profile switch forgets the groups; they come back with the lists, and the chosen group with them.
    const QJsonObject saved = other.form->selections();
    const int asked = m_server->requestCount(GroupAction);
    other.fake.useServer(*m_server);
    QCOMPARE(groupCombo(other.form)->count(), 0);
    other.form->restoreSelections(saved);
    other.form->loadRegions();
    QTRY_COMPARE(other.groups.state(), GroupState::Loaded);
    QCOMPARE(m_server->requestCount(GroupAction), asked + 1);
    QCOMPARE(groupCombo(other.form)->currentData().toString(), running->id);

    // Restoring no group empties the field.
    other.form->restoreSelections(QJsonObject{{QStringLiteral("origin"), QStringLiteral("Hongkong")}});
    QVERIFY(groupEdit(other.form)->text().isEmpty());
}

// A language change words the items, the note and the placeholder again (tst_languageswitch checks the real
// translation; here every text of the form's contexts is marked, so a text left out shows).
void tst_CheckForm::groupTextsFollowTheLanguage()
{
    CheckFormHarness h(*m_server);
    loadFor(h, QStringLiteral("Hongkong"));
    QTRY_COMPARE(h.groups.state(), GroupState::Loaded);
    groupEdit(h.form)->setText(QStringLiteral("lg-zzzzzzzz")); // a note: not one of the groups
    QVERIFY(groupNote(h.form)->isVisibleTo(h.form));

    MarkingTranslator marking(
        {QStringLiteral("CheckForm"), QStringLiteral("GroupChooser"), QStringLiteral("ProxyGroupStatus")});
    QVERIFY(QCoreApplication::installTranslator(&marking)); // LanguageChange reaches the form
    const auto marked = [](const QString &text) { return text.contains(u'«'); };
    QTRY_VERIFY2(marked(groupEdit(h.form)->placeholderText()), qPrintable(groupEdit(h.form)->placeholderText()));
    QVERIFY2(marked(groupNote(h.form)->text()), qPrintable(groupNote(h.form)->text()));
    for (const GroupItem &item : itemsOf(groupCombo(h.form))) {
        QVERIFY2(marked(item.text), qPrintable(item.text));
        QVERIFY2(marked(item.toolTip), qPrintable(item.toolTip));
    }
    QCOMPARE(groupEdit(h.form)->text(), QStringLiteral("lg-zzzzzzzz")); // nothing entered is lost

    QVERIFY(QCoreApplication::removeTranslator(&marking));
    QTRY_VERIFY(!marked(groupEdit(h.form)->placeholderText()));
    QVERIFY(!marked(groupNote(h.form)->text()));
    for (const GroupItem &item : itemsOf(groupCombo(h.form)))
        QVERIFY2(!marked(item.text), qPrintable(item.text));
}
