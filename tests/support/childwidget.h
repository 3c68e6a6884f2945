#pragma once

// The child named `name` of `root`, for widget tests that know the Designer forms' object names.
// A missing one is a broken test (a renamed widget), so it stops the test with the name.
#include <QComboBox>
#include <QObject>
#include <QVariant>
#include <QtGlobal>

template<typename T>
T *child(const QObject *root, const char *name)
{
    T *found = root->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// Chooses the item of `combo` whose data is `value` (a region ID or a number, compared as text, so qint64 and
// int data match); false when the list has none.
inline bool choose(QComboBox *combo, const QVariant &value)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).toString() == value.toString()) {
            combo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}
