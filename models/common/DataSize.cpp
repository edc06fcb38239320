#include "models/common/DataSize.h"

#include <QCoreApplication>
#include <cmath>

namespace DataSize {

QString format(double bytes, const QLocale &locale)
{
    if (!(bytes > 0)) // also NaN
        return locale.formattedDataSize(0, 0, QLocale::DataSizeSIFormat);
    double whole = std::round(bytes);
    int power = 0;
    double value = whole;
    while (value >= 1000 && power < 6) {
        value /= 1000;
        ++power;
    }
    // What one decimal would round to decides both the decimals and the unit.
    if (power > 0 && std::round(value * 10) / 10 >= 1000) {
        ++power;
        value /= 1000;
        whole = std::pow(1000.0, power); // "1.0" of the next unit
    }
    const int decimals = (power == 0 || std::round(value * 10) / 10 >= 100) ? 0 : 1;
    return locale.formattedDataSize(qint64(whole), decimals, QLocale::DataSizeSIFormat);
}

QString fromGB(double gigabytes, const QLocale &locale)
{
    return format(gigabytes * bytesPerGB, locale);
}

QString exact(qint64 bytes, const QLocale &locale)
{
    if (bytes == 1)
        return QCoreApplication::translate("DataSize", "1 byte");
    if (bytes < 1000)
        return QCoreApplication::translate("DataSize", "%1 bytes").arg(locale.toString(bytes));
    return QCoreApplication::translate("DataSize", "%1 (%2 bytes)")
        .arg(format(double(bytes), locale), locale.toString(bytes));
}

} // namespace DataSize
