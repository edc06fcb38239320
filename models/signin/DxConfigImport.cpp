#include "models/signin/DxConfigImport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kProtocol = QStringLiteral("DX_APISERVER_PROTOCOL");
const QString kHost = QStringLiteral("DX_APISERVER_HOST");
const QString kPort = QStringLiteral("DX_APISERVER_PORT");
const QString kSecurity = QStringLiteral("DX_SECURITY_CONTEXT");
const QString kProject = QStringLiteral("DX_PROJECT_CONTEXT_ID");
const QString kUser = QStringLiteral("DX_USERNAME");
const QString kFileField = QStringLiteral("environment.json");

QStringList knownKeys()
{
    return { kProtocol, kHost, kPort, kSecurity, kProject, kUser };
}

// Values of the file, as strings. A number is accepted for the port, as some writers emit one.
QHash<QString, QString> readFile(const QString &path, DxConfigResult &result)
{
    QHash<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.exists())
            result.errors.append(
                { kFileField, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()) });
        return values;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        result.errors.append(
            { kFileField,
              QStringLiteral("%1 is not a JSON object (%2 at offset %3).")
                  .arg(path,
                       parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                    : QStringLiteral("wrong type"))
                  .arg(parseError.offset) });
        return values;
    }
    const QJsonObject object = doc.object();
    for (const QString &key : knownKeys()) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (value.isString())
            values.insert(key, value.toString());
        else if (key == kPort && value.isDouble())
            values.insert(key, QString::number(value.toInteger()));
        else if (key == kSecurity && value.isObject())
            values.insert(
                key,
                QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
        else
            result.errors.append(
                { key, QStringLiteral("%1 in %2 must be a string.").arg(key, path) });
    }
    return values;
}

void readToken(const QString &securityContext, const QString &source, DxConfigResult &result)
{
    if (securityContext.trimmed().isEmpty()) {
        result.errors.append(
            { kSecurity,
              QStringLiteral("No token found: %1 has no DX_SECURITY_CONTEXT. Run \"dx login\" "
                             "first, or set DX_SECURITY_CONTEXT.")
                  .arg(source) });
        return;
    }
    // The value is itself JSON. Its text is never quoted back: it holds the token.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(securityContext.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        result.errors.append({ kSecurity,
                               QStringLiteral("DX_SECURITY_CONTEXT (from %1) is not a JSON object "
                                              "such as {\"auth_token\": \"...\", "
                                              "\"auth_token_type\": \"Bearer\"}.")
                                   .arg(source) });
        return;
    }
    const QJsonObject context = doc.object();
    const QJsonValue token = context.value(QStringLiteral("auth_token"));
    if (!token.isString() || token.toString().trimmed().isEmpty()) {
        result.errors.append(
            { kSecurity,
              QStringLiteral("DX_SECURITY_CONTEXT (from %1) has no auth_token.").arg(source) });
        return;
    }
    const QJsonValue type = context.value(QStringLiteral("auth_token_type"));
    if (type.isString()
        && type.toString().compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        result.errors.append({ kSecurity,
                               QStringLiteral("DX_SECURITY_CONTEXT (from %1) has auth_token_type "
                                              "\"%2\"; only Bearer tokens are supported.")
                                   .arg(source, type.toString().left(40)) });
        return;
    }
    if (!type.isString())
        result.warnings.append({ kSecurity,
                                 QStringLiteral("DX_SECURITY_CONTEXT has no auth_token_type; "
                                                "assuming Bearer.") });
    result.token = token.toString().trimmed();
}

void readServer(const QHash<QString, QString> &values, DxConfigResult &result)
{
    // The same defaults as the dx client.
    QString protocol = values.value(kProtocol).trimmed().toLower();
    if (protocol.isEmpty()) {
        protocol = QStringLiteral("https");
        result.warnings.append(
            { kProtocol, QStringLiteral("DX_APISERVER_PROTOCOL is not set; using https.") });
    }
    QString host = values.value(kHost).trimmed();
    if (host.isEmpty()) {
        host = QStringLiteral("api.dnanexus.com");
        result.warnings.append(
            { kHost, QStringLiteral("DX_APISERVER_HOST is not set; using api.dnanexus.com.") });
    }
    const QString portText = values.value(kPort).trimmed();
    int port = -1;
    if (!portText.isEmpty()) {
        bool isNumber = false;
        port = portText.toInt(&isNumber);
        if (!isNumber || port < 1 || port > 65535) {
            result.errors.append({ kPort,
                                   QStringLiteral("DX_APISERVER_PORT must be a port number "
                                                  "between 1 and 65535, not \"%1\".")
                                       .arg(portText.left(40)) });
            return;
        }
    }
    if (protocol != QLatin1String("https") && protocol != QLatin1String("http")) {
        result.errors.append({ kProtocol,
                               QStringLiteral("DX_APISERVER_PROTOCOL must be https or "
                                              "http, not \"%1\".")
                                   .arg(protocol.left(40)) });
        return;
    }
    QUrl url;
    url.setScheme(protocol);
    url.setHost(host, QUrl::StrictMode);
    // Leave the default port implicit so the URL reads like the one people know.
    const int defaultPort = protocol == QLatin1String("https") ? 443 : 80;
    if (port > 0 && port != defaultPort)
        url.setPort(port);
    if (!url.isValid() || url.host().isEmpty()) {
        result.errors.append({ kHost,
                               QStringLiteral("DX_APISERVER_HOST \"%1\" is not a valid "
                                              "host name.")
                                   .arg(host.left(80)) });
        return;
    }
    result.serverUrl = url;
}

} // namespace

QString DxConfigResult::errorText() const
{
    QStringList lines;
    for (const DxConfigIssue &issue : errors)
        lines.append(issue.field + QLatin1String(": ") + issue.message);
    return lines.join(QLatin1Char('\n'));
}

namespace DxConfigImport {

QString configDirectory(const QProcessEnvironment &env, const QString &homeDir)
{
    const QString dir = env.value(QStringLiteral("DX_USER_CONF_DIR"));
    if (!dir.isEmpty())
        return QDir::cleanPath(dir);
    return QDir(homeDir).filePath(QStringLiteral(".dnanexus_config"));
}

DxConfigResult read(const QProcessEnvironment &env, const QString &homeDir)
{
    DxConfigResult result;
    result.configFile
        = QDir(configDirectory(env, homeDir)).filePath(QStringLiteral("environment.json"));
    const bool fileExists = QFileInfo(result.configFile).isFile();

    QHash<QString, QString> values = readFile(result.configFile, result);
    QStringList fromEnvironment;
    for (const QString &key : knownKeys()) {
        if (env.contains(key)) {
            values.insert(key, env.value(key));
            fromEnvironment.append(key);
        }
    }

    if (!fileExists && !fromEnvironment.contains(kSecurity)) {
        result.errors.append(
            { kFileField,
              QStringLiteral("No dx configuration found: %1 does not exist and DX_SECURITY_CONTEXT "
                             "is not set. Run \"dx login\" first, or set DX_USER_CONF_DIR to the "
                             "folder that holds environment.json.")
                  .arg(result.configFile) });
        return result;
    }
    if (!fileExists)
        result.warnings.append({ kFileField,
                                 QStringLiteral("%1 does not exist; using the DX_* "
                                                "environment variables only.")
                                     .arg(result.configFile) });
    if (!result.errors.isEmpty())
        return result;

    const QString tokenSource = fromEnvironment.contains(kSecurity)
        ? QStringLiteral("the environment")
        : result.configFile;
    readToken(values.value(kSecurity), tokenSource, result);
    readServer(values, result);
    result.userName = values.value(kUser).trimmed();
    result.projectContextId = values.value(kProject).trimmed();
    if (!result.errors.isEmpty()) {
        // Half a result must not be used: no token leaves this function with an error.
        result.token.clear();
        result.serverUrl.clear();
    }
    return result;
}

QString suggestedProfileName(const DxConfigResult &result, const QList<Profile> &existing)
{
    const QString host = result.serverUrl.host();
    const QString base
        = result.userName.isEmpty() ? host : result.userName + QLatin1String(" on ") + host;
    auto taken = [&existing](const QString &name) {
        for (const Profile &p : existing) {
            if (p.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = base + QStringLiteral(" (%1)").arg(n);
    return name;
}

} // namespace DxConfigImport
