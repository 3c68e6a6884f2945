#include "cli/exitcode.h"

#include "cli/clioutput.h"
#include "core/api/apierror.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstring>

ExitCode exitCodeFor(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind()) {
    case Kind::None: return ExitCode::Success;
    case Kind::InvalidInput: return ExitCode::UsageError;
    case Kind::MissingCredentials:
    case Kind::InvalidCredentials: return ExitCode::CredentialError;
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

ExitCode exitCodeAfterOutput(ExitCode code)
{
    const CliOutput::Failure failure = CliOutput::failure();
    if (!failure.standardOutput && !failure.standardError)
        return code;
    if (failure.standardOutput)
        writeError(QCoreApplication::translate("CliRunner",
                                               "Could not write the output (%1): the disk may be full or the file "
                                               "closed. What was written is incomplete; run the command again.")
                       .arg(QString::fromLocal8Bit(std::strerror(failure.error))));
    return ExitCode::OutputFailure;
}
