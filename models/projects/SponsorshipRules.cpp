#include "models/projects/SponsorshipRules.h"

#include "models/common/DataSize.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <numeric>

namespace SponsorshipRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SponsorshipRules", text);
}

BytesResult problem(Rule rule, const QString &message)
{
    BytesResult result;
    result.rule = rule;
    result.message = message;
    return result;
}

// 10^digits for digits <= 18.
qint64 powerOfTen(int digits)
{
    qint64 value = 1;
    for (int i = 0; i < digits; ++i)
        value *= 10;
    return value;
}

constexpr int maxFractionDigits = 18;

} // namespace

QStringList unitNames()
{
    return { QStringLiteral("B"),   QStringLiteral("KB"),  QStringLiteral("MB"),
             QStringLiteral("GB"),  QStringLiteral("TB"),  QStringLiteral("PB"),
             QStringLiteral("KiB"), QStringLiteral("MiB"), QStringLiteral("GiB"),
             QStringLiteral("TiB"), QStringLiteral("PiB") };
}

qint64 unitFactor(const QString &unit)
{
    const QString u = unit.trimmed().toLower();
    if (u.isEmpty() || u == QLatin1String("b"))
        return 1;
    static const char prefixes[] = { 'k', 'm', 'g', 't', 'p' };
    for (int i = 0; i < 5; ++i) {
        const QChar p = QLatin1Char(prefixes[i]);
        qint64 decimal = 1;
        qint64 binary = 1;
        for (int j = 0; j <= i; ++j) {
            decimal *= 1000;
            binary *= 1024;
        }
        if (u == QString(p) || u == QString(p) + QLatin1Char('b'))
            return decimal;
        if (u == QString(p) + QLatin1Char('i') || u == QString(p) + QLatin1String("ib"))
            return binary;
    }
    return 0;
}

BytesResult parseBytes(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return problem(Rule::Required, tr("total sponsored egress: enter an amount, e.g. 500 GB"));
    static const QRegularExpression pattern(
        QStringLiteral("^([+-]?)([0-9]*)(?:\\.([0-9]*))?\\s*([A-Za-z]*)$"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch() || (match.captured(2).isEmpty() && match.captured(3).isEmpty()))
        return problem(Rule::NotANumber,
                       tr("total sponsored egress: must be a number of bytes, with digits, an "
                          "optional decimal point and an optional unit (e.g. 1.5 TB)"));
    const QString unit = match.captured(4);
    const qint64 factor = unitFactor(unit);
    if (factor == 0)
        return problem(Rule::UnknownUnit,
                       tr("total sponsored egress: unknown unit \"%1\"; use one of %2")
                           .arg(unit, unitNames().join(QStringLiteral(", "))));
    QString whole = match.captured(2);
    QString fraction = match.captured(3);
    while (whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (match.captured(1) == QLatin1String("-") && (!whole.isEmpty() || !fraction.isEmpty()))
        return problem(Rule::Negative,
                       tr("total sponsored egress: must be a non-negative integer of bytes"));
    const QString tooLarge = tr("total sponsored egress: at most %1 bytes (about 9 PB), the "
                                "largest integer a JSON number carries exactly")
                                 .arg(QLocale::c().toString(maxBytes));
    if (whole.size() > 18)
        return problem(Rule::TooLarge, tooLarge);
    if (fraction.size() > maxFractionDigits)
        return problem(Rule::NotWholeBytes,
                       tr("total sponsored egress: at most %1 digits after the decimal point")
                           .arg(maxFractionDigits));

    qint64 bytes = 0;
    if (!whole.isEmpty() && __builtin_mul_overflow(whole.toLongLong(), factor, &bytes))
        return problem(Rule::TooLarge, tooLarge);
    if (!fraction.isEmpty()) {
        // fraction / 10^d * factor is whole exactly when 10^d / gcd divides the fraction.
        const qint64 scale = powerOfTen(int(fraction.size()));
        const qint64 digits = fraction.toLongLong();
        const qint64 common = std::gcd(scale, factor);
        const qint64 denominator = scale / common;
        if (digits % denominator != 0)
            return problem(
                Rule::NotWholeBytes,
                tr("total sponsored egress: %1 is not a whole number of bytes").arg(trimmed));
        // digits < scale, so this is below factor and cannot overflow.
        bytes += (digits / denominator) * (factor / common);
    }
    if (bytes > maxBytes)
        return problem(Rule::TooLarge, tooLarge);
    BytesResult result;
    result.bytes = bytes;
    return result;
}

BytesResult parseBytes(const QString &number, const QString &unit)
{
    const QString trimmed = number.trimmed();
    if (!trimmed.isEmpty() && trimmed.back().isLetter())
        return parseBytes(trimmed);
    if (trimmed.isEmpty())
        return parseBytes(trimmed);
    return parseBytes(trimmed + QLatin1Char(' ') + unit);
}

Amount exactAmount(qint64 bytes)
{
    if (bytes == 0)
        return { QStringLiteral("0"), QStringLiteral("GB") };
    QString best = QStringLiteral("B");
    qint64 bestFactor = 1;
    for (const QString &unit : unitNames()) {
        const qint64 factor = unitFactor(unit);
        if (factor > bestFactor && bytes % factor == 0) {
            best = unit;
            bestFactor = factor;
        }
    }
    return { QString::number(bytes / bestFactor), best };
}

QString replacesTotalWarning(qint64 oldTotal, qint64 newTotal)
{
    if (oldTotal <= 0 || oldTotal == newTotal)
        return {};
    if (newTotal > oldTotal)
        return tr("This replaces the current total of %1; it does not add to it. The project's "
                  "total becomes %2, not %3.")
            .arg(DataSize::format(oldTotal), DataSize::format(newTotal),
                 DataSize::format(oldTotal + newTotal));
    return tr("This replaces the current total of %1; it does not add to it. The total is "
              "lowered to %2.")
        .arg(DataSize::format(oldTotal), DataSize::format(newTotal));
}

QString belowConsumedWarning(qint64 newTotal, qint64 consumed)
{
    if (newTotal >= consumed)
        return {};
    return tr("%1 is below the %2 already consumed: the sponsor pays only for downloads already "
              "completed and its liability ends at once. Later downloads are billed to whoever "
              "downloads.")
        .arg(DataSize::format(newTotal), DataSize::format(consumed));
}

bool endsSponsorship(std::optional<qint64> sponsoredUntilMs, qint64 nowMs)
{
    return !sponsoredUntilMs || *sponsoredUntilMs <= nowMs;
}

QString endsSponsorshipWarning(std::optional<qint64> sponsoredUntilMs, qint64 nowMs)
{
    if (!endsSponsorship(sponsoredUntilMs, nowMs))
        return {};
    if (!sponsoredUntilMs)
        return tr("Storage sponsorship ends at once: from now on the project's data is billed "
                  "as usual.");
    return tr("This time is not in the future: storage sponsorship ends at once, as with \"End "
              "sponsorship now\".");
}

} // namespace SponsorshipRules
