#pragma once

class ApiError;

// The exit codes scripts can rely on (documented in --help and the README).
enum class ExitCode : int {
    Success = 0,         // for check: the connection can be created
    CannotCreate = 1,    // check answered "cannot be created"
    UsageError = 2,      // bad arguments or a value the API would refuse
    ApiFailure = 3,      // Tencent Cloud answered with an error, or with something unreadable
    NetworkFailure = 4,  // DNS, connection, TLS, proxy, timeout, HTTP status
    CredentialError = 5, // no usable credentials, or the server rejected the key
    OutputFailure = 6,   // the output could not be written (a full disk, a closed file)
    Interrupted = 130,   // Ctrl+C or SIGTERM (128 + SIGINT, as shells report it)
};

ExitCode exitCodeFor(const ApiError &error);
// `code`, unless writing the output failed: then a message on stderr (when it can still be written)
// and OutputFailure.
ExitCode exitCodeAfterOutput(ExitCode code);
