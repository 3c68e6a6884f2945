#pragma once

#include <QLoggingCategory>

// Never log a SecretKey, a token or an Authorization header in any category.
Q_DECLARE_LOGGING_CATEGORY(lcGaapNet)
Q_DECLARE_LOGGING_CATEGORY(lcGaapKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcGaapUi)
Q_DECLARE_LOGGING_CATEGORY(lcGaapHistory)
