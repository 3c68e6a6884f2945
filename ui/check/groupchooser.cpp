#include "ui/check/groupchooser.h"

#include "core/gaap/requestvalidator.h"
#include "core/session/grouplist.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include <algorithm>

GroupChooser::GroupChooser(GroupList *groups, QComboBox *combo, QLabel *note, QObject *parent)
    : QObject(parent)
    , m_groups(groups)
    , m_combo(combo)
    , m_note(note)
{
    Q_ASSERT(groups && combo && combo->isEditable() && note);
    QLineEdit *edit = m_combo->lineEdit();
    edit->setMaxLength(64);
    edit->setClearButtonEnabled(true);
    m_combo->setCompleter(nullptr); // an ID is typed as it is: no inline completion from the group names
    m_note->hide();
    connect(m_combo, &QComboBox::editTextChanged, this, &GroupChooser::textEdited);
    connect(edit, &QLineEdit::returnPressed, this, &GroupChooser::submitted);
    connect(m_groups, &GroupList::changed, this, &GroupChooser::fill);
    retranslate();
}

void GroupChooser::setOrigin(const QString &originRegion, bool refresh)
{
    const bool otherOrigin = originRegion != m_origin;
    m_origin = originRegion;
    m_groups->load(originRegion, refresh); // changed() fills the list when the list changes
    if (otherOrigin)
        fill();
}

QString GroupChooser::groupId() const
{
    const QString text = m_combo->currentText().trimmed();
    const int row = m_combo->findText(text, Qt::MatchFixedString | Qt::MatchCaseSensitive);
    return row >= 0 && !text.isEmpty() ? m_combo->itemData(row).toString() : text;
}

void GroupChooser::setGroupId(const QString &id)
{
    {
        const QSignalBlocker blocker(m_combo);
        const int row = id.isEmpty() ? -1 : m_combo->findData(id);
        m_combo->setCurrentIndex(row);
        if (row < 0)
            m_combo->setEditText(id);
    }
    m_lastId = groupId();
    showNote();
}

void GroupChooser::retranslate()
{
    fill(); // the status words in the items
}

QString GroupChooser::label(const ProxyGroup &group)
{
    if (group.groupName.isEmpty() || group.groupName == group.groupId)
        return group.groupId;
    return tr("%1 (%2)", "a connection group: its name (its ID)").arg(group.groupName, group.groupId);
}

void GroupChooser::fill()
{
    const QString typed = m_combo->currentText();
    const QString chosen = groupId();
    const bool itemWasShown = typed.trimmed() != chosen; // the text was a group's label, not a typed ID
    const bool current = m_groups->originRegion() == m_origin;
    QList<ProxyGroup> accepting;
    QList<ProxyGroup> others;
    for (const ProxyGroup &group : current ? m_groups->groups() : QList<ProxyGroup>())
        (group.acceptsNewConnections() ? accepting : others).append(group);
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (const ProxyGroup &group : std::as_const(accepting)) {
            m_combo->addItem(label(group), group.groupId);
            m_combo->setItemData(
                m_combo->count() - 1,
                tr("Takes new connections · origin %1 · project %2")
                    .arg(group.originRegionName.isEmpty() ? group.originRegionId : group.originRegionName)
                    .arg(group.projectId),
                Qt::ToolTipRole);
        }
        auto *model = qobject_cast<QStandardItemModel *>(m_combo->model());
        for (const ProxyGroup &group : std::as_const(others)) {
            const bool usable = group.isUsable();
            const QString state = usable ? ProxyGroupStatus::name(group.status) : tr("unusable");
            m_combo->addItem(tr("%1 — %2", "a connection group, the state that keeps it from taking connections")
                                 .arg(label(group), state),
                             group.groupId);
            const int row = m_combo->count() - 1;
            m_combo->setItemData(
                row,
                usable ? tr("This group takes no new connections: its status is %1 (%2).").arg(state, group.status)
                       : tr("The server's entry for this group cannot be used: %1").arg(group.problem),
                Qt::ToolTipRole);
            if (model)
                model->item(row)->setEnabled(false);
        }
        // A listed group is shown as its item, also when its ID was typed or restored before the list came.
        const int row = chosen.isEmpty() ? -1 : m_combo->findData(chosen);
        m_combo->setCurrentIndex(row);
        if (row < 0)
            m_combo->setEditText(itemWasShown ? chosen : typed);
    }
    textEdited();
}

void GroupChooser::textEdited()
{
    showNote();
    const QString id = groupId();
    if (id == m_lastId)
        return;
    m_lastId = id;
    Q_EMIT groupIdChanged();
}

QString GroupChooser::noteText() const
{
    if (m_origin.isEmpty() || m_groups->originRegion() != m_origin)
        return {};
    if (const ProxyGroup *group = m_groups->group(groupId()); group && !group->acceptsNewConnections())
        return tr("Group %1 takes no new connections now: its status is %2.")
            .arg(group->groupId, group->isUsable() ? ProxyGroupStatus::name(group->status) : tr("unusable"));
    switch (m_groups->state()) {
    case GroupList::State::Empty: return {};
    case GroupList::State::Loading:
        return m_groups->groups().isEmpty() ? tr("Loading your connection groups of this origin region…") : QString();
    case GroupList::State::Failed:
        return tr("Your connection groups could not be listed (%1): %2 You can still type a group ID; File > "
                  "Refresh regions (F5) asks again.")
            .arg(m_groups->error().code(), m_groups->error().title());
    case GroupList::State::Loaded: break;
    }
    const QString id = groupId();
    if (RequestValidator::isGroupId(id) && !m_groups->group(id))
        return tr("%1 is not one of your connection groups in this origin region.").arg(id);
    if (m_groups->groups().isEmpty())
        return tr("This account has no connection group in this origin region. Type a group ID, or leave the field "
                  "empty for none.");
    const bool anyAccepting = std::any_of(m_groups->groups().cbegin(), m_groups->groups().cend(),
                                          [](const ProxyGroup &group) { return group.acceptsNewConnections(); });
    return anyAccepting ? QString() : tr("No connection group of this origin region takes new connections now.");
}

void GroupChooser::showNote()
{
    const QString text = noteText();
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
    m_note->setToolTip(m_groups->state() == GroupList::State::Failed && m_groups->originRegion() == m_origin
                           ? m_groups->error().describe()
                           : QString());
}
