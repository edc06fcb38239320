#pragma once

#include "api/ApiAttempt.h"
#include "api/ApiError.h"
#include "api/AttemptInput.h"
#include "api/RetryPolicy.h"
#include "api/Routes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <optional>

class ApiClient;
class QNetworkReply;
class QTimer;
template<typename T> class QFutureWatcher;
namespace ApiReplyParser {
struct SuccessReply;
}

// One API call: start(), then exactly one of finished() or failed(), then it deletes itself.
// A call that nobody waits for any more reports to no one:
// - abort() cancels it silently: no finished(), no failed(); the owner that aborts knows.
// - If the ApiClient goes away first, the call ends with it, silently too. Nothing is ever
//   emitted from inside a destructor, so no owner is called back while half destroyed.
// - If only the network manager goes away, failed() (Network) comes later, from the event loop.
// retrying() tells, before each wait, that the call will be sent again and when.
// A 2xx reply of parseOffThreadBytes or more is parsed on the client's worker threads, not on
// the thread of the call (the GUI thread): a findProjects page of 1,000 is about 430 KB and
// takes milliseconds. The contract stays: finished() or failed() come from the call's thread,
// and abort() or the client's end while the parse runs leave the call as silent as ever.
//
// Retry rules (RetryPolicy in ApiClient.h):
// - Routes that are safeToRetry: 503/429 wait Retry-After (seconds or HTTP date; absent: 1-2
//   backoff units), no budget, only overallDeadlineMs; other 5xx: up to maxServerErrorRetries
//   with backoff; a lost reply (connection closed or reset, 2xx cut short of its
//   Content-Length, attempt timeout): up to maxTransportRetries.
// - Routes that are not (e.g. /project/new): never resent once the server may have seen them.
//   Any 5xx, a lost reply and an unreadable 2xx end the call with OutcomeUnknown (it may or
//   may not have been done); only 429 (a refusal before any work) is waited out. Their body
//   cannot be rewound (SendOnceBody), so Qt's own HTTP layer cannot resend them either.
// - Connection refused: nothing was sent, so every route is retried (maxTransportRetries).
// - Other 4xx, redirects, TLS and DNS failures, unreadable 2xx replies: final.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    void start();
    void abort();
    // This call's own retry policy instead of the client's (before start()): e.g. a sign-in,
    // where someone waits at the window and an unreachable server should say so in seconds.
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const;

    static constexpr qsizetype parseOffThreadBytes = 32 * 1024;

    QString subject() const { return m_subject; }
    QString method() const { return m_method; }
    QJsonObject input() const { return m_input; }
    QString route() const; // "/project-xxxx/describe"
    quint64 id() const { return m_id; }

Q_SIGNALS:
    void finished(const QJsonObject &result);
    void failed(const ApiError &error);
    // The last attempt got `reason`; attempt number `retry` (from 1) follows in `waitMs`.
    void retrying(int retry, qint64 waitMs, const ApiError &reason);

private:
    friend class ApiClient;
    std::optional<RetryPolicy> m_policy;
    ApiCall(ApiClient *client, QString subject, QString method, QJsonObject input, quint64 id);

    // What one attempt came to, and what may be done about it.
    enum class Disposition {
        Success,
        Final, // an answer that retrying cannot change
        ServerError, // 5xx other than 503: retried within maxServerErrorRetries
        RetryAfter, // 503/429: retried after Retry-After, within the overall deadline only
        Lost, // the request may have reached the server, its reply did not arrive
        Unclear, // a reply came but does not say what was done (an unreadable 2xx)
        NotSent, // the request never reached the server (connection refused)
    };
    struct Outcome
    {
        Disposition disposition = Disposition::Final;
        ApiError error;
        QJsonObject result;
        qint64 retryAfterMs = -1; // RetryAfter: the server's wait, -1 when it gave none
    };
    // What of a 2xx reply decides its outcome besides the parse, read before the reply goes.
    struct SuccessContext
    {
        int status = 0;
        qint64 bodySize = 0;
        qint64 declaredLength = -1; // Content-Length of a plain (not compressed) body, or -1
        QString requestId;
    };

    void sendAttempt();
    void onReplyFinished();
    void onAttemptTimeout();
    void onClientDestroyed();
    void handleOutcome(Outcome outcome);
    Outcome classify(QNetworkReply *reply) const;
    Outcome classifyHttp(QNetworkReply *reply, int status, const QByteArray &body) const;
    static SuccessContext successContext(QNetworkReply *reply, int status, qint64 bodySize);
    static Outcome successOutcome(const ApiReplyParser::SuccessReply &parsed,
                                  const SuccessContext &context);
    // Starts parsing a large 2xx reply on the client's workers; false when it is parsed here.
    bool parseElsewhere(QNetworkReply *reply);
    void onParsed();
    bool dropParse(); // true when a parse was running
    QNetworkReply *takeReply();
    qint64 backoffMs(int retry) const;
    qint64 retryWaitMs(Outcome &outcome);
    void failLater(const ApiError &error);
    ApiAttempt makeAttempt(int httpStatus, const QString &requestId, const QString &errorType,
                           bool willRetry);
    void reportAttempt(int httpStatus, const QString &requestId, const QString &errorType,
                       bool willRetry);
    void finishWith(const QJsonObject &result);
    void failWith(const ApiError &error);

    QPointer<ApiClient> m_client;
    QString m_subject;
    QString m_method;
    QJsonObject m_input;
    RouteInfo m_routeInfo;
    quint64 m_id = 0;
    // What the attempts report of m_input, decided once, at the first attempt.
    std::optional<AttemptInput::Decision> m_loggedInput;
    QPointer<QNetworkReply> m_reply;
    // The parse of the last reply, while it runs on a worker thread; owned by this call, so
    // that its result is never delivered once the call is gone.
    QFutureWatcher<ApiReplyParser::SuccessReply> *m_parse = nullptr;
    SuccessContext m_parseContext;
    QTimer *m_attemptTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    QElapsedTimer m_clock; // since start()
    QDateTime m_attemptTime; // wall-clock start of the current attempt, for the event
    int m_attempt = 0; // 0 for the first attempt
    int m_serverErrorRetries = 0;
    int m_transportRetries = 0;
    qint64 m_attemptStartedMs = 0;
    bool m_started = false;
    bool m_done = false;
};
