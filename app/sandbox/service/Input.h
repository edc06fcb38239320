#pragma once

#include <QJsonObject>
#include <QStringList>
#include <optional>

// Typed access to a request's JSON input. Every accessor throws InvalidInput naming the field
// and the rule when the value has the wrong type, so route code reads like the reference text.
namespace sandbox::input {

std::optional<bool> optBool(const QJsonObject &in, const QString &key);
bool boolOr(const QJsonObject &in, const QString &key, bool fallback);
std::optional<QString> optString(const QJsonObject &in, const QString &key);
// A project name: a non-empty string without control characters (\x00-\x1F).
std::optional<QString> optName(const QJsonObject &in, const QString &key);
std::optional<qint64> optInt(const QJsonObject &in, const QString &key);
// An array of non-empty strings.
std::optional<QStringList> optStringList(const QJsonObject &in, const QString &key);
QStringList requireStringList(const QJsonObject &in, const QString &key);
std::optional<QJsonObject> optObject(const QJsonObject &in, const QString &key);
// One of the given values.
std::optional<QString> optEnum(const QJsonObject &in, const QString &key,
                               const QStringList &allowed);
// A mapping of string -> string (nulls allowed when allowNull).
std::optional<QJsonObject> optStringMap(const QJsonObject &in, const QString &key, bool allowNull);

} // namespace sandbox::input
