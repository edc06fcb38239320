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

// What clients store, with the limits of Limits.h; the message names the field and the limit.
// A project name: optName, at most MaxNameLength characters.
std::optional<QString> optProjectName(const QJsonObject &in, const QString &key);
// A string of at most maxLength characters.
std::optional<QString> optText(const QJsonObject &in, const QString &key, qsizetype maxLength);
// Tags: an array of at most MaxTagsPerProject non-empty strings of at most MaxTagLength
// characters without NUL.
QStringList requireTags(const QJsonObject &in, const QString &key);
std::optional<QStringList> optTags(const QJsonObject &in, const QString &key);
// Properties: optStringMap with at most MaxPropertiesPerProject entries, keys of at most
// MaxPropertyKeyLength characters without NUL, values of at most MaxPropertyValueLength.
std::optional<QJsonObject> optProperties(const QJsonObject &in, const QString &key, bool allowNull);
// An array of at most MaxIdsPerList non-empty strings of at most MaxIdLength characters.
QStringList requireIdList(const QJsonObject &in, const QString &key);
// A client's text cut to MaxQuotedLength characters, for error messages.
QString quoted(const QString &text);

} // namespace sandbox::input
