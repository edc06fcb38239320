#include "models/signin/ProfileRules.h"

namespace ProfileRules {

namespace {
Problem problem(Field field, Rule rule, const QString &message)
{
    return Problem { field, rule, message };
}
} // namespace

QString fieldName(Field field)
{
    switch (field) {
    case Field::Name:
        return QStringLiteral("name");
    case Field::ServerUrl:
        return QStringLiteral("serverUrl");
    }
    return {};
}

std::optional<Problem> checkName(const QString &name, const QString &selfId,
                                 const QList<Profile> &existing)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return problem(Field::Name, Rule::Required,
                       QStringLiteral("Enter a name for the profile."));
    if (trimmed.size() > maxNameLength)
        return problem(
            Field::Name, Rule::TooLong,
            QStringLiteral("The name is too long (at most %1 characters).").arg(maxNameLength));
    for (const Profile &other : existing) {
        if (other.id != selfId && other.name.trimmed().compare(trimmed, Qt::CaseInsensitive) == 0)
            return problem(
                Field::Name, Rule::Unique,
                QStringLiteral("Another profile is already named \"%1\".").arg(other.name));
    }
    return std::nullopt;
}

std::optional<Problem> checkServerUrl(const QUrl &url)
{
    if (url.isEmpty())
        return problem(Field::ServerUrl, Rule::Required,
                       QStringLiteral("Enter the API server URL, e.g. https://api.dnanexus.com."));
    if (!url.isValid())
        return problem(Field::ServerUrl, Rule::InvalidUrl,
                       QStringLiteral("This is not a valid URL: %1").arg(url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return problem(Field::ServerUrl, Rule::Scheme,
                       QStringLiteral("The URL must start with https:// (or http:// for a local "
                                      "server)."));
    if (url.host().isEmpty())
        return problem(
            Field::ServerUrl, Rule::Host,
            QStringLiteral("The URL has no server name, e.g. https://api.dnanexus.com."));
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return problem(Field::ServerUrl, Rule::NoCredentials,
                       QStringLiteral("Remove the user name and password from the URL: the token "
                                      "is kept in the keychain, not in the URL."));
    const QString path = url.path();
    if ((!path.isEmpty() && path != QLatin1String("/")) || url.hasQuery() || url.hasFragment())
        return problem(Field::ServerUrl, Rule::NoPath,
                       QStringLiteral("Give only the server, without a path: e.g. "
                                      "https://api.dnanexus.com."));
    return std::nullopt;
}

QUrl parseServerUrl(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

std::optional<Problem> checkServerUrlText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return checkServerUrl(QUrl());
    const QUrl url = parseServerUrl(trimmed);
    // "api.dnanexus.com" parses as a relative path: say what is missing instead of "no host".
    if (url.isValid() && url.scheme().isEmpty())
        return problem(Field::ServerUrl, Rule::Scheme,
                       QStringLiteral("The URL must start with https:// (or http:// for a local "
                                      "server)."));
    return checkServerUrl(url);
}

QList<Problem> validate(const Profile &profile, const QList<Profile> &existing)
{
    QList<Problem> problems;
    if (auto p = checkName(profile.name, profile.id, existing))
        problems.append(*p);
    if (auto p = checkServerUrl(profile.serverUrl))
        problems.append(*p);
    return problems;
}

} // namespace ProfileRules
