#pragma once

#include <QLocale>
#include <QString>

// How the console writes an amount of data. One decision for every view: decimal units,
// 1 kB = 1000 bytes and 1 GB = 10^9 bytes (QLocale's SI format), never KiB/GiB. The platform
// counts data in such GB (dataUsage and sponsoredDataUsage are GB of 10^9 bytes) and prices
// storage, archiving and unarchiving per GB; a size written in GiB next to a price per GB would
// not multiply out to what the account is billed (1 GiB is 7% more than 1 GB).
namespace DataSize {
constexpr double bytesPerGB = 1e9;

// "0 bytes", "500 bytes", "1.5 kB", "250 MB", "12.3 TB": bytes whole; one decimal below 100 of the
// unit so that small changes stay visible, none above; 999.96 GB is "1.0 TB", not "1000 GB".
QString format(double bytes, const QLocale &locale = QLocale());
// For amounts the platform gives in GB (dataUsage).
QString fromGB(double gigabytes, const QLocale &locale = QLocale());
// "999 bytes", "1 byte"; from 1000 on "5.2 MB (5,242,880 bytes)", for limits that are exact.
QString exact(qint64 bytes, const QLocale &locale = QLocale());
} // namespace DataSize
