#include "models/common/Money.h"

#include <QCoreApplication>
#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Money", text);
}

QString dollarsText(double dollars, int decimals, const QLocale &locale)
{
    const QString number = locale.toString(qAbs(dollars), 'f', decimals);
    return (dollars < 0 ? QStringLiteral("-$") : QStringLiteral("$")) + number;
}
} // namespace

namespace Money {

QString perText(Per per)
{
    switch (per) {
    case Per::Nothing:
        return {};
    case Per::Month:
        return tr(" per month");
    case Per::GB:
        return tr(" per GB");
    case Per::GBMonth:
        return tr(" per GB per month");
    }
    return {};
}

QString amount(double dollars, Per per, const QLocale &locale)
{
    if (dollars > 0 && dollars < 0.0005)
        return tr("< $0.001") + perText(per);
    // Cents, and the millidollar only where rounding to cents would misstate the amount:
    // "$0.80", "$2.40", "$0.015".
    const double millis = std::round(qAbs(dollars) * 1000.0);
    const bool third = qAbs(dollars) < 1 && std::fmod(millis, 10.0) != 0;
    return dollarsText(dollars, third ? 3 : 2, locale) + perText(per);
}

QString fromMillidollars(double millidollars, const QLocale &locale)
{
    return amount(millidollars / 1000.0, Per::Nothing, locale);
}

QString price(double dollars, Per per, const QLocale &locale)
{
    QString text = dollarsText(dollars, 4, locale);
    // Trailing zeros go, down to two decimals: "$2.5000" -> "$2.50".
    const int point = int(text.indexOf(locale.decimalPoint()));
    while (point >= 0 && text.size() > point + 3 && text.endsWith(QLatin1Char('0')))
        text.chop(1);
    return text + perText(per);
}

} // namespace Money
