#include "app/sandbox/service/Input.h"

#include "app/sandbox/service/Failure.h"

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

} // namespace sandbox::input
