#pragma once

#include "models/signin/Profile.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

// Reads the configuration of the dx command-line client (DNAnexus documentation, dx-toolkit
// environment; see docs/api-facts.md): DIR/environment.json, DIR = $DX_USER_CONF_DIR or
// ~/.dnanexus_config, with DX_* environment variables overriding the file. Pure: the environment
// and the home folder are parameters. The token it returns must go to the CredentialStore and
// nowhere else; no message here ever contains it.
struct DxConfigIssue
{
    QString field; // "DX_SECURITY_CONTEXT", "DX_APISERVER_PORT", or "environment.json"
    QString message; // a sentence for people
};

struct DxConfigResult
{
    QUrl serverUrl;
    QString token;
    QString userName; // DX_USERNAME, may be empty
    QString projectContextId; // DX_PROJECT_CONTEXT_ID, may be empty
    QString configFile; // the file that was looked at
    QList<DxConfigIssue> errors;
    QList<DxConfigIssue> warnings;

    bool ok() const { return errors.isEmpty(); }
    // All errors as one text, each "FIELD: message" on its own line.
    QString errorText() const;
};

namespace DxConfigImport {

QString configDirectory(const QProcessEnvironment &env, const QString &homeDir);
DxConfigResult read(const QProcessEnvironment &env, const QString &homeDir);
// A name for the imported profile ("alice on api.dnanexus.com"), unique among `existing`.
QString suggestedProfileName(const DxConfigResult &result, const QList<Profile> &existing);

} // namespace DxConfigImport
