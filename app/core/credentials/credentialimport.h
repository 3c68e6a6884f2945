#pragma once

#include "core/api/credentials.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Reads the plaintext key files other Tencent Cloud tools leave behind, so their keys can move into
// the keychain (and the files be deleted, when the user agrees).
class CredentialImport final
{
    Q_DECLARE_TR_FUNCTIONS(CredentialImport)

public:
    struct Result
    {
        Credentials credentials;
        QString endpoint;        // "china", "international", a custom URL, or empty (unknown)
        QStringList sourceFiles; // the plaintext files the key came from
        QString error;           // translated; empty on success
        [[nodiscard]] bool isOk() const { return error.isEmpty(); }
    };

    // tccli: <home>/.tccli/<profile>.credential (JSON secretId/secretKey/token) and the gaap endpoint
    // from <home>/.tccli/<profile>.configure.
    static Result fromTccli(const QString &homeDirectory, const QString &profile);
    // The SDKs' <home>/.tencentcloud/credentials: INI, section [default], secret_id / secret_key.
    static Result fromSdkFile(const QString &homeDirectory);
};
