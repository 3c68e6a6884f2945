#include "core/common/logging.h"

Q_LOGGING_CATEGORY(lcGaapNet, "gaap.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGaapKeychain, "gaap.keychain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGaapUi, "gaap.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGaapHistory, "gaap.history", QtWarningMsg)
