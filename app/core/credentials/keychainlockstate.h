#pragma once

// Whether the keychain holding the app's entries is locked, when the platform can tell. libsecret reports an
// entry in a locked keyring as missing ("no key for this profile": the wrong advice), so a read that finds
// nothing asks here first. The platform parts: keychainlockstate_secretservice.cpp (the freedesktop Secret
// Service over D-Bus: Linux and other desktops) and keychainlockstate_none.cpp (Windows, macOS: their
// keychains say so themselves).
namespace KeychainLockState {

// True when the Secret Service's default collection (or, without one, any collection) is locked. False when
// unlocked, or when it cannot be told; waits at most a second for the answer.
[[nodiscard]] bool isLocked();

} // namespace KeychainLockState
