#pragma once

#include "core/gaap/gaaptypes.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>

#include <utility>

class GroupChooser;
class QComboBox;

namespace Ui {
class CheckForm;
}

// The check form's choices as they are remembered: per profile in the settings, as JSON ({"origin": "Hongkong",
// "bandwidth": 10, "quality": "silver", …}), and while the lists load. Each list that comes from the server (origin
// and access region, network type, bandwidth, concurrency) keeps the value wanted in it, chosen by the operator or
// restored, while a reloaded list does not offer it, so it comes back when the list offers it again. It sets the
// form's fields without their signals: the form reloads what depends on them.
class CheckFormSelections final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckFormSelections)

public:
    // `ui` is the form's, set up; `groups` its group ID field. Both must outlive this object.
    CheckFormSelections(const Ui::CheckForm *ui, GroupChooser *groups, QObject *parent = nullptr);

    // The choices: the value wanted in each list (a choice whose list is still loading is kept), the IP version,
    // package type, group ID and quality shown.
    [[nodiscard]] QJsonObject toJson() const;
    // The same choices as a request, complete or not (empty and zero where nothing is chosen).
    [[nodiscard]] CheckRequest toRequest() const;
    // The choices of `request` (a request has no quality: gold).
    [[nodiscard]] static QJsonObject fromRequest(const CheckRequest &request);
    // Wants the lists' values of `selections`, each chosen as soon as its list offers it, and shows the other
    // fields' values at once (the first IP version and package type, no group, gold where one is missing).
    void restore(const QJsonObject &selections);

    // Chooses the value wanted in `combo` when it offers it, else `fallbackRow` (-1: nothing). The caller blocks
    // the combo's signals, so that a fallback is not remembered as the value wanted.
    void chooseWanted(QComboBox *combo, int fallbackRow) const;
    // Replaces the items of `combo` without its signals, choosing as chooseWanted() does.
    void refill(QComboBox *combo, const QList<std::pair<QString, QVariant>> &items, int fallbackRow) const;

private:
    void remember(const QComboBox *combo);

    const Ui::CheckForm *m_ui;
    GroupChooser *m_groups;
    QHash<const QComboBox *, QVariant> m_wanted;
};
