#pragma once

#include "api/ApiAttempt.h"
#include "api/RetryPolicy.h"

#include <QJsonObject>
#include <QObject>
#include <QThreadPool>
#include <QUrl>

class ApiCall;
class QNetworkAccessManager;
class QNetworkRequest;

// The single door to the platform API. It owns nothing global: it is handed a network
// manager, a base URL and a token. It sets the headers, applies the retry policy and reports
// every attempt through attempt(); the token is never part of what it reports.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager *nam, const QUrl &baseUrl, QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    // The token lives in memory only; it comes from the credential store.
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    RetryPolicy retryPolicy() const { return m_policy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    QNetworkAccessManager *networkManager() const { return m_nam; }

    // A new call, not yet started: connect to its signals, then start() it.
    // subject: "system", "project", "project-xxxx", "user-alice"...; method: "describe"...
    ApiCall *call(const QString &subject, const QString &method, const QJsonObject &input = {});

Q_SIGNALS:
    void attempt(const ApiAttempt &attempt);

private:
    friend class ApiCall;
    // The one place where headers (and the token) are put on a request.
    QNetworkRequest buildRequest(const QString &subject, const QString &method) const;
    // Where large replies are parsed (ApiCall::parseOffThreadBytes). The client's own, not the
    // global pool: its destruction waits for the parses, before its calls go.
    QThreadPool *parsePool() { return &m_parsePool; }

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_token;
    RetryPolicy m_policy;
    quint64 m_nextCallId = 1;
    QThreadPool m_parsePool;
};
