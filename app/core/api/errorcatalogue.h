#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// What a Tencent Cloud error code means for an operator, and what to do next. Translated at call time.
struct ErrorExplanation
{
    QString title;
    QString advice;
};

class ErrorCatalogue final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalogue)

public:
    // nullopt for a code the catalogue does not know (callers then show the server's own message).
    static std::optional<ErrorExplanation> explain(const QString &code);
    static QStringList knownCodes(); // every code in the table, in table order
};
