#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The rules of /project-xxxx/updateSponsorship (DNAnexus API) as pure functions, for the
// sponsorship form to check and explain before the server would refuse.
namespace SponsorshipRules {

enum class Rule {
    Required, // nothing typed
    NotANumber, // not a decimal number, with or without a unit
    Negative, // below zero: totalSponsoredEgressBytes must be non-negative
    UnknownUnit, // a unit other than B, KB..PB, KiB..PiB
    NotWholeBytes, // the amount comes to a fraction of a byte
    TooLarge, // beyond what a JSON number carries exactly (2^53 - 1)
};

struct BytesResult
{
    std::optional<qint64> bytes; // set when the text is valid
    Rule rule = Rule::Required; // meaningful only without bytes
    QString message; // a sentence naming the rule; empty when valid

    bool ok() const { return bytes.has_value(); }
};

// The largest integer that a JSON number carries exactly (doubles have 53 bits).
constexpr qint64 maxBytes = (qint64(1) << 53) - 1;

// "B", "KB", "MB", "GB", "TB", "PB", "KiB", "MiB", "GiB", "TiB", "PiB": decimal units are powers
// of 1000, binary units powers of 1024.
QStringList unitNames();
// The factor of a unit name (case-insensitive, "K"/"KB" alike); 0 for an unknown unit.
qint64 unitFactor(const QString &unit);

// "500 GB", "1.5TiB", "1024", " 2 kb ": a non-negative decimal number and an optional unit
// (bytes when absent) into a whole number of bytes. Decimal arithmetic, no rounding: an amount
// that comes to a fraction of a byte is refused.
BytesResult parseBytes(const QString &text);
// The number and the unit separately, as a form with a unit picker has them. A unit typed
// into `number` wins over `unit`.
BytesResult parseBytes(const QString &number, const QString &unit);

// The largest unit that divides `bytes` exactly, as a whole number of it, for prefilling the
// form: 500000000000 -> ("500", "GB"), 2048 -> ("2", "KiB"), 1500 -> ("1500", "B"), 0 -> ("0",
// "GB").
struct Amount
{
    QString number;
    QString unit;
};
Amount exactAmount(qint64 bytes);

// Warnings for a new total, empty when there is nothing to say.
// The value replaces the previous total; it does not add to it.
QString replacesTotalWarning(qint64 oldTotal, qint64 newTotal);
// Below what was already consumed: the sponsor's liability ends at once.
QString belowConsumedWarning(qint64 newTotal, qint64 consumed);

// Whether a sponsoredUntil ends the sponsorship: null (no value) or a time not in the future.
bool endsSponsorship(std::optional<qint64> sponsoredUntilMs, qint64 nowMs);
// A sentence for a sponsoredUntil that ends the sponsorship, empty when it does not.
QString endsSponsorshipWarning(std::optional<qint64> sponsoredUntilMs, qint64 nowMs);

} // namespace SponsorshipRules
