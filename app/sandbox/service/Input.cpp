#include "app/sandbox/service/Input.h"

#include "app/sandbox/service/Failure.h"
#include "app/sandbox/service/Limits.h"

#include <QJsonArray>
#include <cmath>

namespace sandbox::input {

namespace {
const QJsonValue valueOf(const QJsonObject &in, const QString &key)
{
    return in.value(key);
}
} // namespace

std::optional<bool> optBool(const QJsonObject &in, const QString &key)
{
    if (!in.contains(key))
        return std::nullopt;
    const QJsonValue v = valueOf(in, key);
    if (!v.isBool())
        failInvalidInput(key + QStringLiteral(": must be a boolean"));
    return v.toBool();
}

bool boolOr(const QJsonObject &in, const QString &key, bool fallback)
{
    return optBool(in, key).value_or(fallback);
}

std::optional<QString> optString(const QJsonObject &in, const QString &key)
{
    if (!in.contains(key))
        return std::nullopt;
    const QJsonValue v = valueOf(in, key);
    if (!v.isString())
        failInvalidInput(key + QStringLiteral(": must be a string"));
    return v.toString();
}

std::optional<QString> optName(const QJsonObject &in, const QString &key)
{
    if (!in.contains(key))
        return std::nullopt;
    const QJsonValue v = valueOf(in, key);
    bool ok = v.isString() && !v.toString().isEmpty();
    const QString text = v.toString();
    for (QChar c : text) {
        if (c.unicode() < 0x20) {
            ok = false;
            break;
        }
    }
    if (!ok)
        failInvalidInput(key
                         + QStringLiteral(": must be a non-empty string without control "
                                          "characters (\\x00-\\x1F)"));
    return text;
}

std::optional<qint64> optInt(const QJsonObject &in, const QString &key)
{
    if (!in.contains(key))
        return std::nullopt;
    const QJsonValue v = valueOf(in, key);
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d || std::fabs(d) > 9007199254740992.0)
        failInvalidInput(key + QStringLiteral(": must be an integer"));
    return static_cast<qint64>(d);
}

std::optional<QStringList> optStringList(const QJsonObject &in, const QString &key)
{
    if (!in.contains(key))
        return std::nullopt;
    return requireStringList(in, key);
}

QStringList requireStringList(const QJsonObject &in, const QString &key)
{
    const QJsonValue v = valueOf(in, key);
    const QString rule = key + QStringLiteral(": must be an array of non-empty strings");
    if (!v.isArray())
        failInvalidInput(rule);
    QStringList list;
    const QJsonArray array = v.toArray();
    list.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isString() || item.toString().isEmpty())
            failInvalidInput(rule);
        list.append(item.toString());
    }
    return list;
}

std::optional<QJsonObject> optObject(const QJsonObject &in, const QString &key)
{
    if (!in.contains(key))
        return std::nullopt;
    const QJsonValue v = valueOf(in, key);
    if (!v.isObject())
        failInvalidInput(key + QStringLiteral(": must be a mapping (JSON object)"));
    return v.toObject();
}

std::optional<QString> optEnum(const QJsonObject &in, const QString &key,
                               const QStringList &allowed)
{
    const std::optional<QString> text = optString(in, key);
    if (text && !allowed.contains(*text))
        failInvalidInput(key + QStringLiteral(": must be one of ")
                         + allowed.join(QStringLiteral(", ")));
    return text;
}

std::optional<QJsonObject> optStringMap(const QJsonObject &in, const QString &key, bool allowNull)
{
    const std::optional<QJsonObject> map = optObject(in, key);
    if (!map)
        return std::nullopt;
    for (auto it = map->begin(); it != map->end(); ++it) {
        if (it.key().isEmpty())
            failInvalidInput(key + QStringLiteral(": keys must be non-empty strings"));
        if (it.value().isString() || (allowNull && it.value().isNull()))
            continue;
        failInvalidInput(key + QLatin1Char('.') + it.key()
                         + (allowNull ? QStringLiteral(": must be a string or null")
                                      : QStringLiteral(": must be a string")));
    }
    return map;
}

std::optional<QString> optProjectName(const QJsonObject &in, const QString &key)
{
    const std::optional<QString> name = optName(in, key);
    if (name && name->size() > limits::MaxNameLength)
        failInvalidInput(key
                         + QStringLiteral(": must be at most %1 characters long (it has %2)")
                               .arg(limits::MaxNameLength)
                               .arg(name->size()));
    return name;
}

std::optional<QString> optText(const QJsonObject &in, const QString &key, qsizetype maxLength)
{
    const std::optional<QString> text = optString(in, key);
    if (text && text->size() > maxLength)
        failInvalidInput(key
                         + QStringLiteral(": must be at most %1 characters long (it has %2)")
                               .arg(maxLength)
                               .arg(text->size()));
    return text;
}

QStringList requireTags(const QJsonObject &in, const QString &key)
{
    const QStringList tags = requireStringList(in, key);
    if (tags.size() > limits::MaxTagsPerProject)
        failInvalidInput(key
                         + QStringLiteral(": at most %1 tags per request (%2 given)")
                               .arg(limits::MaxTagsPerProject)
                               .arg(tags.size()));
    for (const QString &tag : tags) {
        if (tag.size() > limits::MaxTagLength)
            failInvalidInput(key
                             + QStringLiteral(": a tag must be at most %1 characters long ")
                                   .arg(limits::MaxTagLength)
                             + quoted(tag));
        if (tag.contains(QChar(0)))
            failInvalidInput(key + QStringLiteral(": a tag must not contain a NUL character"));
    }
    return tags;
}

std::optional<QStringList> optTags(const QJsonObject &in, const QString &key)
{
    if (!in.contains(key))
        return std::nullopt;
    return requireTags(in, key);
}

std::optional<QJsonObject> optProperties(const QJsonObject &in, const QString &key, bool allowNull)
{
    const std::optional<QJsonObject> map = optStringMap(in, key, allowNull);
    if (!map)
        return map;
    if (map->size() > limits::MaxPropertiesPerProject)
        failInvalidInput(key
                         + QStringLiteral(": at most %1 properties per request (%2 given)")
                               .arg(limits::MaxPropertiesPerProject)
                               .arg(map->size()));
    for (auto it = map->begin(); it != map->end(); ++it) {
        if (it.key().size() > limits::MaxPropertyKeyLength)
            failInvalidInput(key
                             + QStringLiteral(": a property name must be at most %1 "
                                              "characters long ")
                                   .arg(limits::MaxPropertyKeyLength)
                             + quoted(it.key()));
        if (it.key().contains(QChar(0)))
            failInvalidInput(key
                             + QStringLiteral(": a property name must not contain a NUL "
                                              "character"));
        if (it.value().toString().size() > limits::MaxPropertyValueLength)
            failInvalidInput(key + QLatin1Char('.') + quoted(it.key())
                             + QStringLiteral(": must be at most %1 characters long")
                                   .arg(limits::MaxPropertyValueLength));
    }
    return map;
}

QStringList requireIdList(const QJsonObject &in, const QString &key)
{
    const QStringList ids = requireStringList(in, key);
    if (ids.size() > limits::MaxIdsPerList)
        failInvalidInput(key
                         + QStringLiteral(": at most %1 IDs (%2 given)")
                               .arg(limits::MaxIdsPerList)
                               .arg(ids.size()));
    for (const QString &id : ids) {
        if (id.size() > limits::MaxIdLength)
            failInvalidInput(key
                             + QStringLiteral(": an ID must be at most %1 characters long ")
                                   .arg(limits::MaxIdLength)
                             + quoted(id));
    }
    return ids;
}

QString quoted(const QString &text)
{
    if (text.size() <= limits::MaxQuotedLength)
        return text;
    return text.left(limits::MaxQuotedLength)
        + QStringLiteral("... (%1 characters)").arg(text.size());
}

} // namespace sandbox::input
