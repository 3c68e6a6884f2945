#pragma once

#include "ui/mainwindow.h"

#include <QSignalSpy>

// MainWindow::exportTo() and then its exportFinished(): the history is written on a thread of its own.
// True when the export was written.
inline bool exportAndWait(MainWindow &window, const QString &path, ExportFile::Format format,
                          MainWindow::ExportSource source)
{
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    if (!window.exportTo(path, format, source))
        return false;
    if (finished.isEmpty() && !finished.wait(60000))
        return false;
    return finished.constFirst().at(0).toBool() && finished.constFirst().at(1).toString() == path;
}
