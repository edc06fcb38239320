#include "api/ApiClient.h"

#include "api/ApiCall.h"
#include "api/ApiLogging.h"

#include <QNetworkRequest>

// Debug lines are off unless enabled (QT_LOGGING_RULES="dxc.api.debug=true").
Q_LOGGING_CATEGORY(lcApi, "dxc.api", QtInfoMsg)

ApiClient::ApiClient(QNetworkAccessManager *nam, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_baseUrl(baseUrl)
{
    qRegisterMetaType<ApiAttempt>();
    qRegisterMetaType<ApiError>();
}

ApiCall *ApiClient::call(const QString &subject, const QString &method, const QJsonObject &input)
{
    return new ApiCall(this, subject, method, input, m_nextCallId++);
}

QNetworkRequest ApiClient::buildRequest(const QString &subject, const QString &method) const
{
    QUrl url = m_baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    // Each segment is percent-encoded so that an odd subject can never add a path or query.
    const QString path = prefix + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(subject)) + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(method));
    url.setPath(path, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    // A redirected POST could be replayed somewhere else (or turned into a GET): never follow.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Our own per-attempt timer decides when an attempt is given up.
    request.setTransferTimeout(0);
    return request;
}
