#include "api/AttemptInput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace AttemptInput {

static bool namesASecret(const QString &text, bool withAuth)
{
    const QString lower = text.toLower();
    static const QStringList words { QStringLiteral("token"),      QStringLiteral("password"),
                                     QStringLiteral("passwd"),     QStringLiteral("secret"),
                                     QStringLiteral("credential"), QStringLiteral("apikey"),
                                     QStringLiteral("api_key"),    QStringLiteral("authorization"),
                                     QStringLiteral("privatekey"), QStringLiteral("private_key") };
    for (const QString &w : words)
        if (lower.contains(w))
            return true;
    // Routes: any auth route (newAuthToken, authorize...) is out, whatever else it says.
    return withAuth && lower.contains(QLatin1String("auth"));
}

bool secretName(const QString &key)
{
    return namesASecret(key, false);
}

bool routeAllowed(const QString &subject, const QString &method)
{
    if (subject.isEmpty() || method.isEmpty() || namesASecret(subject, true)
        || namesASecret(method, true))
        return false;
    static const QStringList projectMethods {
        QStringLiteral("describe"),
        QStringLiteral("update"),
        QStringLiteral("addTags"),
        QStringLiteral("removeTags"),
        QStringLiteral("setProperties"),
        QStringLiteral("invite"),
        QStringLiteral("decreasePermissions"),
        QStringLiteral("leave"),
        QStringLiteral("transfer"),
        QStringLiteral("acceptTransfer"),
        QStringLiteral("destroy"),
        QStringLiteral("updateSponsorship"),
        QStringLiteral("listFolder"),
        QStringLiteral("archive"),
        QStringLiteral("unarchive"),
        QStringLiteral("countRootExecutions"),
    };
    static const QStringList systemMethods { QStringLiteral("whoami"),
                                             QStringLiteral("listProjectTags") };
    static const QStringList fileMethods { QStringLiteral("describe"), QStringLiteral("addTags"),
                                           QStringLiteral("removeTags"),
                                           QStringLiteral("setProperties") };
    if (subject == QLatin1String("project"))
        return method == QLatin1String("new");
    if (subject == QLatin1String("system"))
        return method.startsWith(QLatin1String("find")) || systemMethods.contains(method);
    if (subject.startsWith(QLatin1String("project-"))
        || subject.startsWith(QLatin1String("container-")))
        return projectMethods.contains(method);
    if (subject.startsWith(QLatin1String("user-")) || subject.startsWith(QLatin1String("org-")))
        return method == QLatin1String("describe") || method == QLatin1String("update");
    if (subject.startsWith(QLatin1String("file-")))
        return fileMethods.contains(method);
    return false;
}

static QJsonValue withoutSecrets(const QJsonValue &value, bool *dropped)
{
    if (value.isObject())
        return withoutSecretKeys(value.toObject(), dropped);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(withoutSecrets(v, dropped));
        return out;
    }
    return value;
}

QJsonObject withoutSecretKeys(const QJsonObject &input, bool *dropped)
{
    QJsonObject out;
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (secretName(it.key())) {
            *dropped = true;
            continue;
        }
        out.insert(it.key(), withoutSecrets(it.value(), dropped));
    }
    return out;
}

// The token as it appears inside a JSON string.
static QString jsonEscaped(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(2, json.size() - 4)); // ["..."]
}

Decision decide(const QString &subject, const QString &method, const QJsonObject &input,
                const QString &token, int maxBytes)
{
    if (!routeAllowed(subject, method))
        return { InputKept::NotAllowed, {} };
    bool dropped = false;
    const QJsonObject kept = withoutSecretKeys(input, &dropped);
    const QByteArray json = QJsonDocument(kept).toJson(QJsonDocument::Compact);
    const QString text = QString::fromUtf8(json);
    if (!token.isEmpty() && (text.contains(token) || text.contains(jsonEscaped(token))))
        return { InputKept::HeldToken, {} };
    if (json.size() > maxBytes)
        return { InputKept::TooLarge, {} };
    return { dropped ? InputKept::Redacted : InputKept::Kept, text };
}

ApiAttempt recheck(const ApiAttempt &attempt, int maxBytes)
{
    ApiAttempt out = attempt;
    if (attempt.inputKept != InputKept::Kept && attempt.inputKept != InputKept::Redacted) {
        out.input.clear();
        return out;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(attempt.input.toUtf8());
    if (!doc.isObject()) {
        out.input.clear();
        out.inputKept = InputKept::Unknown;
        return out;
    }
    const Decision d = decide(attempt.target, attempt.method, doc.object(), QString(), maxBytes);
    out.input = d.json;
    // Redacted stays Redacted: what is left no longer says what was sent.
    out.inputKept = (d.kept == InputKept::Kept && attempt.inputKept == InputKept::Redacted)
        ? InputKept::Redacted
        : d.kept;
    return out;
}

QString unavailableReason(InputKept kept, int maxBytes)
{
    switch (kept) {
    case InputKept::Kept:
        return {};
    case InputKept::Unknown:
        return QCoreApplication::translate("AttemptInput",
                                           "The input of this call was not logged.");
    case InputKept::NotAllowed:
        return QCoreApplication::translate(
            "AttemptInput", "The input of this route is never logged: it may carry a secret.");
    case InputKept::TooLarge:
        return QCoreApplication::translate("AttemptInput",
                                           "The input was larger than %1 KiB and was not logged.")
            .arg(maxBytes / 1024);
    case InputKept::Redacted:
        return QCoreApplication::translate(
            "AttemptInput",
            "Keys named like a secret were left out of the logged input, so it is not the "
            "call that was made.");
    case InputKept::HeldToken:
        return QCoreApplication::translate(
            "AttemptInput", "The input held the session's token and was not logged.");
    case InputKept::Expired:
        return QCoreApplication::translate(
            "AttemptInput",
            "The input of this older call was dropped from the log to keep its size bounded.");
    }
    return {};
}

} // namespace AttemptInput
