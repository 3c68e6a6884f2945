#include "logging.h"

Q_LOGGING_CATEGORY(lcGaapNet, "gaap.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGaapKeychain, "gaap.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGaapUi, "gaap.ui", QtInfoMsg)
