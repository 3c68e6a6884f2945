#include "core/credentials/keychainlockstate.h"

namespace KeychainLockState {

bool isLocked()
{
    return false; // the Windows Credential Manager and the macOS Keychain report a locked state themselves
}

} // namespace KeychainLockState
