#include "api/RetryNotice.h"

#include <QCoreApplication>

QString retryNotice(int retry, qint64 waitMs, const ApiError &reason)
{
    QString why;
    if (reason.httpStatus == 503 || reason.httpStatus == 429)
        why = QCoreApplication::translate("RetryNotice", "server busy");
    else if (reason.httpStatus >= 500)
        why = QCoreApplication::translate("RetryNotice", "server error %1").arg(reason.httpStatus);
    else if (reason.type == ApiError::Type::Timeout)
        why = QCoreApplication::translate("RetryNotice", "no answer in time");
    else if (reason.networkError == QNetworkReply::ConnectionRefusedError)
        why = QCoreApplication::translate("RetryNotice", "server not reachable");
    else
        why = QCoreApplication::translate("RetryNotice", "connection lost");
    if (waitMs <= 0)
        return QCoreApplication::translate("RetryNotice", "%1, retry %2 now").arg(why).arg(retry);
    // Whole seconds, rounded up: "in 0 s" would read as "now".
    const qint64 seconds = (waitMs + 999) / 1000;
    return QCoreApplication::translate("RetryNotice", "%1, retry %2 in %3 s")
        .arg(why)
        .arg(retry)
        .arg(seconds);
}
