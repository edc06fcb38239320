#include "CommandLine.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

namespace CommandLine {

QString shellQuote(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

static QString join(const QStringList &words)
{
    QStringList out;
    for (const QString &w : words)
        out << shellQuote(w);
    return out.join(QLatin1Char(' '));
}

QString apiCommand(const QString &subject, const QString &method, const QJsonObject &input)
{
    QStringList words { QStringLiteral("dx"), QStringLiteral("api"), subject, method };
    if (!input.isEmpty())
        words << QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact));
    return join(words);
}

static bool onlyKeys(const QJsonObject &input, const QStringList &allowed)
{
    for (auto it = input.begin(); it != input.end(); ++it)
        if (!allowed.contains(it.key()))
            return false;
    return true;
}

// Strings of a JSON array, or nothing when one element is not a non-empty string.
static bool stringList(const QJsonValue &value, QStringList *out)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return false;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString() || v.toString().isEmpty())
            return false;
        out->append(v.toString());
    }
    return true;
}

static QString tagCommand(const QString &verb, const QString &subject, const QJsonObject &input)
{
    QStringList tags;
    if (!onlyKeys(input, { QStringLiteral("tags") })
        || !stringList(input.value(QLatin1String("tags")), &tags))
        return {};
    return join(QStringList { QStringLiteral("dx"), verb, subject } + tags);
}

static QString propertiesCommand(const QString &subject, const QJsonObject &input)
{
    const QJsonValue value = input.value(QLatin1String("properties"));
    if (!onlyKeys(input, { QStringLiteral("properties") }) || !value.isObject()
        || value.toObject().isEmpty())
        return {};
    const QJsonObject properties = value.toObject();
    QStringList set, unset;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (it.value().isString() && !it.key().contains(QLatin1Char('=')))
            set << it.key() + QLatin1Char('=') + it.value().toString();
        else if (it.value().isNull())
            unset << it.key();
        else
            return {};
    }
    if (!set.isEmpty() && unset.isEmpty())
        return join(QStringList { QStringLiteral("dx"), QStringLiteral("set_properties"), subject }
                    + set);
    if (set.isEmpty() && !unset.isEmpty())
        return join(
            QStringList { QStringLiteral("dx"), QStringLiteral("unset_properties"), subject }
            + unset);
    return {};
}

static QString newProjectCommand(const QJsonObject &input)
{
    const QString name = input.value(QLatin1String("name")).toString();
    if (name.isEmpty()
        || !onlyKeys(input,
                     { QStringLiteral("name"), QStringLiteral("region"), QStringLiteral("billTo"),
                       QStringLiteral("containsPHI"), QStringLiteral("databaseUIViewOnly") }))
        return {};
    QStringList words { QStringLiteral("dx"), QStringLiteral("new"), QStringLiteral("project"),
                        name };
    for (const char *key : { "region", "billTo" }) {
        const QJsonValue v = input.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (!v.isString())
            return {};
        words << (qstrcmp(key, "region") == 0 ? QStringLiteral("--region")
                                              : QStringLiteral("--bill-to"))
              << v.toString();
    }
    // dx new project can only turn these on.
    for (const char *key : { "containsPHI", "databaseUIViewOnly" }) {
        const QJsonValue v = input.value(QLatin1String(key));
        if (v.isUndefined() || v == QJsonValue(false))
            continue;
        if (v != QJsonValue(true))
            return {};
        words << (qstrcmp(key, "containsPHI") == 0 ? QStringLiteral("--phi")
                                                   : QStringLiteral("--database-ui-view-only"));
    }
    return join(words);
}

static QString updateCommand(const QString &subject, const QJsonObject &input)
{
    if (input.isEmpty())
        return {};
    QStringList words { QStringLiteral("dx"), QStringLiteral("update"), QStringLiteral("project"),
                        subject };
    for (auto it = input.begin(); it != input.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String("name") || key == QLatin1String("summary")
            || key == QLatin1String("description") || key == QLatin1String("billTo")) {
            if (!v.isString())
                return {};
            words << (key == QLatin1String("billTo") ? QStringLiteral("--bill-to")
                                                     : QStringLiteral("--") + key)
                  << v.toString();
        } else if (key == QLatin1String("protected") || key == QLatin1String("restricted")
                   || key == QLatin1String("downloadRestricted")
                   || key == QLatin1String("databaseUIViewOnly")) {
            if (!v.isBool())
                return {};
            static const QHash<QString, QString> options {
                { QStringLiteral("protected"), QStringLiteral("--protected") },
                { QStringLiteral("restricted"), QStringLiteral("--restricted") },
                { QStringLiteral("downloadRestricted"), QStringLiteral("--download-restricted") },
                { QStringLiteral("databaseUIViewOnly"), QStringLiteral("--database-ui-view-only") },
            };
            words << options.value(key)
                  << (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        } else if (key == QLatin1String("allowedExecutables")) {
            QStringList executables;
            if (v.isNull())
                words << QStringLiteral("--unset-allowed-executables");
            else if (stringList(v, &executables))
                for (const QString &e : executables)
                    words << QStringLiteral("--allowed-executables") << e;
            else
                return {};
        } else {
            return {}; // version, containsPHI...: only dx api says it exactly
        }
    }
    return join(words);
}

static QString inviteCommand(const QString &subject, const QJsonObject &input)
{
    const QJsonValue invitee = input.value(QLatin1String("invitee"));
    const QJsonValue level = input.value(QLatin1String("level"));
    const QJsonValue quiet = input.value(QLatin1String("suppressEmailNotification"));
    if (!onlyKeys(input,
                  { QStringLiteral("invitee"), QStringLiteral("level"),
                    QStringLiteral("suppressEmailNotification") })
        || !invitee.isString() || !level.isString() || !(quiet.isUndefined() || quiet.isBool()))
        return {};
    QStringList words { QStringLiteral("dx"), QStringLiteral("invite"), invitee.toString(), subject,
                        level.toString() };
    if (quiet.toBool())
        words << QStringLiteral("--no-email");
    return join(words);
}

static QString uninviteCommand(const QString &subject, const QJsonObject &input)
{
    if (input.size() != 1 || !input.begin().value().isNull())
        return {};
    return join({ QStringLiteral("dx"), QStringLiteral("uninvite"), input.begin().key(), subject });
}

QString forCall(const QString &subject, const QString &method, const QJsonObject &input)
{
    QString command;
    const bool project = subject.startsWith(QLatin1String("project-"));
    if (subject == QLatin1String("project") && method == QLatin1String("new"))
        command = newProjectCommand(input);
    else if (project && method == QLatin1String("addTags"))
        command = tagCommand(QStringLiteral("tag"), subject, input);
    else if (project && method == QLatin1String("removeTags"))
        command = tagCommand(QStringLiteral("untag"), subject, input);
    else if (project && method == QLatin1String("setProperties"))
        command = propertiesCommand(subject, input);
    else if (project && method == QLatin1String("update"))
        command = updateCommand(subject, input);
    else if (project && method == QLatin1String("invite"))
        command = inviteCommand(subject, input);
    else if (project && method == QLatin1String("decreasePermissions"))
        command = uninviteCommand(subject, input);
    else if (project && method == QLatin1String("destroy")
             && onlyKeys(input, { QStringLiteral("terminateJobs") }))
        command = join(
            { QStringLiteral("dx"), QStringLiteral("rmproject"), QStringLiteral("-y"), subject });
    return command.isEmpty() ? apiCommand(subject, method, input) : command;
}

} // namespace CommandLine
