#include "models/common/Money.h"

#include <QCoreApplication>

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
    return dollarsText(dollars, qAbs(dollars) < 1 ? 3 : 2, locale) + perText(per);
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
