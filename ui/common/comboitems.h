#pragma once

#include "core/gaap/gaaptypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

class QComboBox;

// Combo boxes whose items carry an API value (Qt::UserRole): the matrix and Find windows' choices.
class ComboItems final
{
    Q_DECLARE_TR_FUNCTIONS(ComboItems)

public:
    // The chosen item's value; empty when none is chosen.
    static QString value(const QComboBox *combo);
    // Refills `combo` with (text, value) items, keeping the chosen value when it is still offered and usable, else
    // the first usable one, without emitting signals. `problems`: value → why the server's entry cannot be used;
    // such an item is shown disabled, with the reason as its tooltip.
    static void refill(QComboBox *combo, const QList<std::pair<QString, QString>> &items,
                       const QHash<QString, QString> &problems = {});
    // Chooses the usable item whose value is `value`, without emitting signals; false when there is none.
    static bool choose(QComboBox *combo, const QString &value);
    // The origin regions as "name (RegionId)", broken entries disabled.
    static void refillOrigins(QComboBox *combo, const QList<RegionDetail> &origins);
};
