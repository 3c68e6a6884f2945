#pragma once

// The child named `name` of `root`, for widget tests that know the Designer forms' object names.
// A missing one is a broken test (a renamed widget), so it stops the test with the name.
#include <QObject>
#include <QtGlobal>

template<typename T>
T *child(const QObject *root, const char *name)
{
    T *found = root->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}
