#include "cli/exitcode.h"

#include "core/api/apierror.h"

#include <QStringList>

ExitCode exitCodeFor(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind()) {
    case Kind::None: return ExitCode::Success;
    case Kind::InvalidInput: return ExitCode::UsageError;
    case Kind::MissingCredentials: return ExitCode::CredentialError;
    case Kind::Service: {
        static const QStringList credentialCodes{
            QStringLiteral("AuthFailure.SecretIdNotFound"), QStringLiteral("AuthFailure.SignatureFailure"),
            QStringLiteral("AuthFailure.InvalidSecretId"), QStringLiteral("AuthFailure.TokenFailure")};
        return credentialCodes.contains(error.code()) ? ExitCode::CredentialError : ExitCode::ApiFailure;
    }
    case Kind::InvalidJson:
    case Kind::MalformedResponse:
    case Kind::BodyTooLarge: return ExitCode::ApiFailure;
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::ConnectionClosed:
    case Kind::TlsFailure:
    case Kind::Proxy:
    case Kind::Timeout:
    case Kind::HttpStatus:
    case Kind::Cancelled:
    case Kind::Network: return ExitCode::NetworkFailure;
    }
    return ExitCode::ApiFailure;
}
