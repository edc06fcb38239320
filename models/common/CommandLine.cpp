#include "models/common/CommandLine.h"

#include "models/projects/ProjectFlags.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

// What the dedicated commands do with their arguments (dxpy's dx.py) decides which inputs
// they can say:
// - Every argument goes through argparse: a word that starts with '-' would be read as an
//   option, so such values only go through dx api.
// - dx set_properties splits "key=value" at unescaped '=' and keeps backslashes, so keys and
//   values with '=' or '\' only go through dx api.
// - dx invite / dx uninvite turn an entity without '-' (or '@' for invite) into "user-<lower>".
// - dx rmproject -y sends {"terminateJobs": true}; without -y it asks first.
// - dx new project --database-ui-view-only exists (dx-toolkit 313.0); for dx update project
//   neither that option nor --allowed-executables could be confirmed, so those go by dx api.

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

// An argument argparse takes as it is, and that a dx command does not mistake for "not given".
static bool plainWord(const QString &word)
{
    return !word.isEmpty() && !word.startsWith(QLatin1Char('-'));
}

static bool onlyKeys(const QJsonObject &input, const QStringList &allowed)
{
    for (auto it = input.begin(); it != input.end(); ++it)
        if (!allowed.contains(it.key()))
            return false;
    return true;
}

// Strings of a non-empty JSON array, or false when one element is not a plain word.
static bool wordList(const QJsonValue &value, QStringList *out)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return false;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString() || !plainWord(v.toString()))
            return false;
        out->append(v.toString());
    }
    return true;
}

static QString tagCommand(const QString &verb, const QString &subject, const QJsonObject &input)
{
    QStringList tags;
    if (!onlyKeys(input, { QStringLiteral("tags") })
        || !wordList(input.value(QLatin1String("tags")), &tags))
        return {};
    return join(QStringList { QStringLiteral("dx"), verb, subject } + tags);
}

static bool propertyWord(const QString &s)
{
    return !s.contains(QLatin1Char('=')) && !s.contains(QLatin1Char('\\'));
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
        if (!plainWord(it.key()))
            return {};
        // An empty value ("k=") is left to dx api: not every dx version may accept it.
        if (it.value().isString() && propertyWord(it.key()) && !it.value().toString().isEmpty()
            && propertyWord(it.value().toString()))
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
    QStringList known { QStringLiteral("name"), QStringLiteral("region"),
                        QStringLiteral("billTo") };
    for (const ProjectFlag &flag : ProjectFlags::all()) {
        if (!flag.dxNewOption.isEmpty())
            known << flag.key;
    }
    if (!plainWord(name) || !onlyKeys(input, known))
        return {};
    QStringList words { QStringLiteral("dx"), QStringLiteral("new"), QStringLiteral("project"),
                        name };
    for (const char *key : { "region", "billTo" }) {
        const QJsonValue v = input.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (!v.isString() || !plainWord(v.toString()))
            return {};
        words << (qstrcmp(key, "region") == 0 ? QStringLiteral("--region")
                                              : QStringLiteral("--bill-to"))
              << v.toString();
    }
    // dx new project can only turn flags on; false is the server's default.
    for (const ProjectFlag &flag : ProjectFlags::all()) {
        const QJsonValue v = input.value(flag.key);
        if (flag.dxNewOption.isEmpty() || v.isUndefined() || v == QJsonValue(false))
            continue;
        if (v != QJsonValue(true))
            return {};
        words << flag.dxNewOption;
    }
    return join(words);
}

static QString updateCommand(const QString &subject, const QJsonObject &input)
{
    if (input.isEmpty())
        return {};
    static const QHash<QString, QString> textOptions {
        { QStringLiteral("name"), QStringLiteral("--name") },
        { QStringLiteral("summary"), QStringLiteral("--summary") },
        { QStringLiteral("description"), QStringLiteral("--description") },
        { QStringLiteral("billTo"), QStringLiteral("--bill-to") },
    };
    QStringList words { QStringLiteral("dx"), QStringLiteral("update"), QStringLiteral("project"),
                        subject };
    for (auto it = input.begin(); it != input.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (textOptions.contains(key)) {
            // Empty (clearing a summary) too: dx may test the option for truth, not presence.
            if (!v.isString() || !plainWord(v.toString()))
                return {};
            words << textOptions.value(key) << v.toString();
        } else if (const ProjectFlag *flag = ProjectFlags::find(key);
                   flag && !flag->dxUpdateOption.isEmpty()) {
            if (!v.isBool())
                return {};
            words << flag->dxUpdateOption
                  << (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        } else {
            // version, allowedExecutables, and the flags whose dx update project options we
            // could not confirm: only dx api says them for sure.
            return {};
        }
    }
    return join(words);
}

static const QStringList &inviteLevels()
{
    static const QStringList levels { QStringLiteral("VIEW"), QStringLiteral("UPLOAD"),
                                      QStringLiteral("CONTRIBUTE"), QStringLiteral("ADMINISTER") };
    return levels;
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
    const QString who = invitee.toString();
    const bool keptAsIs = who == QLatin1String("PUBLIC") || who.contains(QLatin1Char('-'))
        || who.contains(QLatin1Char('@'));
    if (!plainWord(who) || !keptAsIs || !inviteLevels().contains(level.toString()))
        return {};
    QStringList words { QStringLiteral("dx"), QStringLiteral("invite"), who, subject,
                        level.toString() };
    if (quiet.toBool())
        words << QStringLiteral("--no-email");
    return join(words);
}

static QString uninviteCommand(const QString &subject, const QJsonObject &input)
{
    if (input.size() != 1 || !input.begin().value().isNull())
        return {};
    const QString who = input.begin().key();
    if (!plainWord(who) || !(who == QLatin1String("PUBLIC") || who.contains(QLatin1Char('-'))))
        return {};
    return join({ QStringLiteral("dx"), QStringLiteral("uninvite"), who, subject });
}

static QString destroyCommand(const QString &subject, const QJsonObject &input)
{
    if (input != QJsonObject { { QStringLiteral("terminateJobs"), true } })
        return {};
    return join(
        { QStringLiteral("dx"), QStringLiteral("rmproject"), QStringLiteral("-y"), subject });
}

QString forCall(const QString &subject, const QString &method, const QJsonObject &input)
{
    QString command;
    const bool project = subject.startsWith(QLatin1String("project-")) && plainWord(subject);
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
    else if (project && method == QLatin1String("destroy"))
        command = destroyCommand(subject, input);
    return command.isEmpty() ? apiCommand(subject, method, input) : command;
}

bool splitRoute(const QString &route, QString *subject, QString *method)
{
    const QStringList parts = route.split(QLatin1Char('/'));
    if (parts.size() != 3 || !parts.at(0).isEmpty() || parts.at(1).isEmpty()
        || parts.at(2).isEmpty())
        return false;
    *subject = parts.at(1);
    *method = parts.at(2);
    return true;
}

QString forRoute(const QString &route, const QJsonObject &input)
{
    QString subject, method;
    if (!splitRoute(route, &subject, &method))
        return {};
    return forCall(subject, method, input);
}

} // namespace CommandLine
