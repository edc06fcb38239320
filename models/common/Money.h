#pragma once

#include <QLocale>
#include <QString>

// How the console writes money: US dollars, the currency of the platform's prices and costs
// (archive quotes come in millidollars). One rule of decimals for every view:
// - an amount (a cost): cents ("$12.35", "$2.40", "$0.80"), with a third decimal only below $1
//   when it is not 0, because the platform's unit is the millidollar and $0.015 must not read
//   as $0.01 or $0.02; a positive amount under $0.0005 is "< $0.001", so that nothing reads as
//   free;
// - a price per unit: up to four decimals, at least two ("$0.023", "$0.0038", "$2.50"), since
//   prices per GB are fractions of a cent.
// What it is per is said in words: "per month", "per GB", "per GB per month".
namespace Money {
enum class Per { Nothing, Month, GB, GBMonth };

QString amount(double dollars, Per per = Per::Nothing, const QLocale &locale = QLocale());
QString fromMillidollars(double millidollars, const QLocale &locale = QLocale());
QString price(double dollars, Per per = Per::GB, const QLocale &locale = QLocale());
// " per month", " per GB", " per GB per month"; empty for Nothing.
QString perText(Per per);
} // namespace Money
