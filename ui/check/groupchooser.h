#pragma once

#include "core/gaap/proxygroup.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

class GroupList;
class QComboBox;
class QLabel;

// The check form's Group ID: an editable combo box that offers the account's connection groups of the chosen
// origin region (GroupList, loaded in the background) and still takes a typed ID. A group that takes new
// connections is an item "name (lg-…)"; the others are listed disabled, with their status in the item's text
// and tooltip. A note under the field says why the list is empty (loading, failed, none for this origin) or that
// the chosen group takes no new connections; typing works all the while. An empty field means "no group".
class GroupChooser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupChooser)

public:
    // `groups` must outlive the chooser; `combo` (editable) and `note` are the form's.
    GroupChooser(GroupList *groups, QComboBox *combo, QLabel *note, QObject *parent = nullptr);

    // Lists the groups of `originRegion` (empty: none), asking the server unless they are loaded; `refresh`
    // asks again.
    void setOrigin(const QString &originRegion, bool refresh = false);
    // The chosen group's ID, or the typed text, trimmed; empty: no group.
    [[nodiscard]] QString groupId() const;
    // Shows `id` (the group's item when it is listed), without emitting groupIdChanged().
    void setGroupId(const QString &id);
    // Words the items and the note in the language now installed.
    void retranslate();

Q_SIGNALS:
    void groupIdChanged();
    void submitted(); // Enter in the field

private:
    void fill();
    void showNote();
    void textEdited();
    [[nodiscard]] QString noteText() const;
    [[nodiscard]] static QString label(const ProxyGroup &group);

    GroupList *m_groups;
    QComboBox *m_combo;
    QLabel *m_note;
    QString m_origin;
    QString m_lastId; // groupId() when groupIdChanged() was last due
};
