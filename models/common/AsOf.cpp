#include "models/common/AsOf.h"

QString asOfText(const QDateTime &asOf, const QDateTime &now, const QLocale &locale)
{
    const QDateTime local = asOf.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}
