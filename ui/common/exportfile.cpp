#include "ui/common/exportfile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

QString ExportFile::csvFilter()
{
    return tr("CSV files (*.csv)");
}

QString ExportFile::jsonFilter()
{
    return tr("JSON files (*.json)");
}

ExportFile::Format ExportFile::formatFor(const QString &path, const QString &nameFilter)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return nameFilter == jsonFilter() ? Format::Json : Format::Csv;
}

void ExportFile::choose(QWidget *parent, const QString &title, const QString &baseName, const Chosen &chosen)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    auto *dialog = new QFileDialog(parent, title, QDir(folder).filePath(baseName + QStringLiteral(".csv")));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({csvFilter(), jsonFilter()});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter == jsonFilter() ? QStringLiteral("json") : QStringLiteral("csv"));
    });
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [dialog, chosen](const QString &path) {
        chosen(path, formatFor(path, dialog->selectedNameFilter()));
    });
    dialog->open();
}

QString ExportFile::writeError(const QString &path, const QString &reason)
{
    return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

bool ExportFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    return write(path, [&bytes](QIODevice &file) { return file.write(bytes) == bytes.size(); }, QString(), error);
}

bool ExportFile::write(const QString &path, const std::function<bool(QIODevice &)> &fill, const QString &fillProblem,
                       QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && fill(file) && file.commit())
        return true;
    if (error) {
        const QString reason =
            file.error() != QFileDevice::NoError || fillProblem.isEmpty() ? file.errorString() : fillProblem;
        *error = writeError(path, reason);
    }
    return false;
}
