#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;
class QWidget;

// Saving an export: a non-blocking save dialog whose name filter picks CSV or JSON, and an atomic
// write (QSaveFile), so a failed write never leaves half a file behind.
class ExportFile final
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    enum class Format { Csv, Json };
    using Chosen = std::function<void(const QString &path, Format format)>;

    // Opens a window-modal save dialog (open(), not exec()) and calls `chosen` when a file is picked.
    static void choose(QWidget *parent, const QString &title, const QString &baseName, const Chosen &chosen);
    // The format of a chosen file: its suffix, else the dialog's name filter.
    static Format formatFor(const QString &path, const QString &nameFilter);
    static QString csvFilter();
    static QString jsonFilter();
    // "Could not write <path>: <reason>", translated.
    static QString writeError(const QString &path, const QString &reason);
    // Writes `bytes` to `path` atomically; false with a translated reason.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    // Writes to `path` atomically what `fill` writes to the device, piece by piece; when `fill` returns false
    // nothing is written, and the reason is the device's error or else `fillProblem`.
    static bool write(const QString &path, const std::function<bool(QIODevice &)> &fill, const QString &fillProblem,
                      QString *error);
};
