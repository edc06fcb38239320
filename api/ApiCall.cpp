#include "api/ApiCall.h"

#include "api/ApiClient.h"
#include "api/ApiLogging.h"
#include "api/ApiReplyParser.h"
#include "api/SendOnceBody.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QTimer>
#include <memory>

namespace {
constexpr int maxBackoffShift = 10; // caps one backoff step at 1024-2048 base units

bool neverSent(QNetworkReply::NetworkError error)
{
    // The connection was refused: nothing reached the server, so any route may be resent.
    return error == QNetworkReply::ConnectionRefusedError;
}

bool lostInFlight(QNetworkReply::NetworkError error)
{
    // The request may have reached the server but its reply did not (fully) arrive.
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

// A call that is not safe to repeat, and may have been done: say so, and why, instead.
ApiError outcomeUnknown(const ApiError &cause)
{
    QString why;
    if (cause.type == ApiError::Type::Network || cause.type == ApiError::Type::Timeout
        || (cause.type == ApiError::Type::BadReply && cause.httpStatus == 0))
        why = ApiError::defaultMessage(ApiError::Type::OutcomeUnknown);
    else
        why = QStringLiteral("%1, so it may or may not have been done; check before trying "
                             "again")
                  .arg(cause.userMessage());
    ApiError unknown = ApiError::make(ApiError::Type::OutcomeUnknown, why);
    unknown.httpStatus = cause.httpStatus;
    unknown.requestId = cause.requestId;
    unknown.networkError = cause.networkError;
    unknown.route = cause.route;
    return unknown;
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    // Qt's ranges: 1-99 network layer, 101-199 proxy, 301-399 protocol. HTTP statuses map
    // to 201-299 and 401-499, which are judged by the status and body instead.
    const int code = int(error);
    return (code >= 1 && code <= 199) || (code >= 301 && code <= 399)
        || error == QNetworkReply::ContentReSendError;
}
} // namespace

ApiCall::ApiCall(ApiClient *client, QString subject, QString method, QJsonObject input, quint64 id)
    : QObject(client)
    , m_client(client)
    , m_subject(std::move(subject))
    , m_method(std::move(method))
    , m_input(std::move(input))
    , m_routeInfo(Routes::lookup(m_subject, m_method))
    , m_id(id)
    , m_attemptTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_attemptTimer->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    connect(m_attemptTimer, &QTimer::timeout, this, &ApiCall::onAttemptTimeout);
    connect(m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    // The client's destroyed() comes before its children (this call) are deleted.
    connect(client, &QObject::destroyed, this, &ApiCall::onClientDestroyed);
}

ApiCall::~ApiCall()
{
    if (QNetworkReply *reply = takeReply())
        reply->abort();
}

QString ApiCall::route() const
{
    return m_routeInfo.pattern;
}

void ApiCall::start()
{
    if (m_started || m_done)
        return;
    m_started = true;
    m_clock.start();
    sendAttempt();
}

void ApiCall::abort()
{
    if (m_done)
        return;
    // Silent: the owner that aborts may be in its destructor, with half its members gone.
    m_done = true;
    m_retryTimer->stop();
    QNetworkReply *reply = takeReply();
    if (reply)
        reply->abort();
    if (dropParse() || reply) {
        // The activity log hears of it from the event loop, not from inside this call stack.
        const ApiAttempt attempt
            = makeAttempt(0, QString(), ApiError::nameOf(ApiError::Type::Aborted), false);
        if (ApiClient *client = m_client.data())
            QTimer::singleShot(0, client, [client, attempt] { Q_EMIT client->attempt(attempt); });
    }
    deleteLater();
}

void ApiCall::onClientDestroyed()
{
    // The client is being destroyed, and so is this call (its child) right after: whoever
    // waits for it is likely going down in the same destruction, so nobody is told.
    if (m_done)
        return;
    m_done = true;
    m_retryTimer->stop();
    dropParse();
    if (QNetworkReply *reply = takeReply())
        reply->abort();
}

void ApiCall::failLater(const ApiError &error)
{
    m_attemptTimer->stop();
    QTimer::singleShot(0, this, [this, error] {
        if (m_done)
            return; // aborted meanwhile
        QPointer<ApiCall> self(this);
        reportAttempt(0, QString(), error.typeName, false);
        if (self)
            failWith(error);
    });
}

QNetworkReply *ApiCall::takeReply()
{
    m_attemptTimer->stop();
    QNetworkReply *reply = m_reply.data();
    m_reply.clear();
    if (reply) {
        disconnect(reply, nullptr, this, nullptr);
        reply->deleteLater();
    }
    return reply;
}

void ApiCall::sendAttempt()
{
    if (m_done)
        return;
    QNetworkAccessManager *nam = m_client ? m_client->networkManager() : nullptr;
    if (!nam) {
        failWith(ApiError::make(ApiError::Type::Network,
                                QStringLiteral("no network connection is set up")));
        return;
    }
    const QNetworkRequest request = m_client->buildRequest(m_subject, m_method);
    const QByteArray body = QJsonDocument(m_input).toJson(QJsonDocument::Compact);
    m_attemptTime = QDateTime::currentDateTimeUtc();
    m_attemptStartedMs = m_clock.elapsed();

    QNetworkReply *reply = nullptr;
    if (m_routeInfo.safeToRetry) {
        reply = nam->post(request, body);
    } else {
        QNetworkRequest once = request;
        once.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        // HTTP/2 resends streams of a dropped connection by rules of its own: keep to 1.1.
        once.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        auto *device = new SendOnceBody(body);
        reply = nam->post(once, device);
        device->setParent(reply);
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // If the network manager goes away with the reply, the call must still end, but not
    // from inside the manager's destructor.
    connect(reply, &QObject::destroyed, this, [this] {
        if (m_done)
            return;
        m_reply.clear();
        failLater(ApiError::make(ApiError::Type::Network,
                                 QStringLiteral("the network connection was closed")));
    });

    const RetryPolicy policy = retryPolicy();
    const qint64 left = policy.overallDeadlineMs - m_clock.elapsed();
    const qint64 timeout = qMin<qint64>(policy.attemptTimeoutMs, left);
    m_attemptTimer->start(int(qMax<qint64>(0, timeout)));
}

void ApiCall::onAttemptTimeout()
{
    if (m_done || !m_reply)
        return;
    if (QNetworkReply *reply = takeReply())
        reply->abort();
    Outcome outcome;
    outcome.disposition = Disposition::Lost;
    outcome.error = ApiError::make(ApiError::Type::Timeout);
    outcome.error.networkError = QNetworkReply::TimeoutError;
    handleOutcome(outcome);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (m_done || !reply)
        return;
    takeReply(); // scheduled for deletion, still readable in this slot
    if (parseElsewhere(reply))
        return;
    handleOutcome(classify(reply));
}

bool ApiCall::parseElsewhere(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300 || isTransportError(reply->error()) || !m_client
        || reply->bytesAvailable() < parseOffThreadBytes)
        return false;
    const QByteArray body = reply->readAll();
    const QString contentType = QString::fromLatin1(reply->rawHeader("Content-Type"));
    m_parseContext = successContext(reply, status, body.size());
    // The worker holds the promise and the body, nothing of this call: the call may be gone
    // when the parse ends, and then the result is dropped with the watcher.
    auto promise = std::make_shared<QPromise<ApiReplyParser::SuccessReply>>();
    promise->start();
    m_parse = new QFutureWatcher<ApiReplyParser::SuccessReply>(this);
    connect(m_parse, &QFutureWatcherBase::finished, this, &ApiCall::onParsed);
    m_parse->setFuture(promise->future());
    m_client->parsePool()->start([promise, status, contentType, body] {
        promise->addResult(ApiReplyParser::parseSuccess(status, contentType, body));
        promise->finish();
    });
    return true;
}

void ApiCall::onParsed()
{
    QFutureWatcher<ApiReplyParser::SuccessReply> *watcher = m_parse;
    if (!watcher || m_done)
        return;
    m_parse = nullptr;
    watcher->deleteLater();
    const QFuture<ApiReplyParser::SuccessReply> future = watcher->future();
    ApiReplyParser::SuccessReply parsed;
    if (future.resultCount() > 0)
        parsed = future.result();
    else
        parsed.problem = QStringLiteral("the reply could not be read"); // the worker was stopped
    Outcome outcome = successOutcome(parsed, m_parseContext);
    outcome.error.httpStatus = m_parseContext.status;
    outcome.error.requestId = m_parseContext.requestId;
    handleOutcome(outcome);
}

bool ApiCall::dropParse()
{
    if (!m_parse)
        return false;
    // The worker cannot be interrupted; its result goes nowhere once the watcher is gone.
    disconnect(m_parse, nullptr, this, nullptr);
    m_parse->deleteLater();
    m_parse = nullptr;
    return true;
}

ApiCall::Outcome ApiCall::classify(QNetworkReply *reply) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QByteArray body = reply->readAll();

    Outcome outcome;
    // A redirect is a whole answer ("not here"), whatever Qt then makes of the connection:
    // with a body that cannot be rewound, Qt reports a 307 as an error of its own.
    const bool redirect = status >= 300 && status < 400;
    if (isTransportError(netError) && !redirect) {
        outcome.error = ApiError::make(ApiError::Type::Network, reply->errorString());
        outcome.error.networkError = netError;
        if (netError == QNetworkReply::ContentReSendError) {
            // The connection dropped before any reply and Qt could not resend the request
            // (SendOnceBody): the server may have read it.
            outcome.disposition = Disposition::Lost;
        } else if (neverSent(netError)) {
            outcome.disposition = Disposition::NotSent;
        } else if (lostInFlight(netError)) {
            outcome.disposition = Disposition::Lost;
            if (status != 0) {
                // Headers came, then the connection closed: the body is cut short.
                outcome.error = ApiError::make(
                    ApiError::Type::BadReply,
                    QStringLiteral("the server answered %1 but the reply was cut short (%2)")
                        .arg(status)
                        .arg(reply->errorString()));
                outcome.error.networkError = netError;
            }
        } else {
            outcome.disposition = Disposition::Final; // DNS, TLS, proxy...: retrying won't help
        }
    } else {
        outcome = classifyHttp(reply, status, body);
    }
    outcome.error.httpStatus = status;
    outcome.error.requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    return outcome;
}

ApiCall::Outcome ApiCall::classifyHttp(QNetworkReply *reply, int status,
                                       const QByteArray &body) const
{
    Outcome outcome;
    if (status == 0) {
        outcome.error = ApiError::make(ApiError::Type::BadReply,
                                       QStringLiteral("the reply carried no HTTP status"));
    } else if (status >= 300 && status < 400) {
        outcome.error = ApiError::make(
            ApiError::Type::BadReply,
            QStringLiteral(
                "the server answered %1, a redirect to %2, which API calls do not follow")
                .arg(status)
                .arg(QString::fromLatin1(reply->rawHeader("Location"))));
    } else if (status >= 200 && status < 300) {
        outcome = successOutcome(
            ApiReplyParser::parseSuccess(
                status, QString::fromLatin1(reply->rawHeader("Content-Type")), body),
            successContext(reply, status, body.size()));
    } else {
        outcome.error = ApiReplyParser::parseError(status, body);
        if (status == 503 || status == 429) {
            outcome.disposition = Disposition::RetryAfter;
            if (const auto wait = ApiReplyParser::parseRetryAfterMs(
                    reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc()))
                outcome.retryAfterMs = *wait;
        } else if (status >= 500) {
            outcome.disposition = Disposition::ServerError;
        }
    }
    return outcome;
}

ApiCall::SuccessContext ApiCall::successContext(QNetworkReply *reply, int status, qint64 bodySize)
{
    SuccessContext context;
    context.status = status;
    context.bodySize = bodySize;
    bool lengthOk = false;
    const qint64 declared = reply->rawHeader("Content-Length").toLongLong(&lengthOk);
    // Compressed replies announce the compressed length: only trust it for plain bodies.
    if (lengthOk && reply->rawHeader("Content-Encoding").isEmpty())
        context.declaredLength = declared;
    context.requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    return context;
}

ApiCall::Outcome ApiCall::successOutcome(const ApiReplyParser::SuccessReply &parsed,
                                         const SuccessContext &context)
{
    Outcome outcome;
    if (parsed.ok) {
        outcome.disposition = Disposition::Success;
        outcome.result = parsed.object;
    } else if (context.declaredLength > context.bodySize) {
        // Cut short: like a lost connection, the server did it but we lack the answer.
        outcome.disposition = Disposition::Lost;
        outcome.error = ApiError::make(
            ApiError::Type::BadReply,
            QStringLiteral("the server answered %1 but the reply was cut short after %2 of "
                           "%3 bytes")
                .arg(context.status)
                .arg(context.bodySize)
                .arg(context.declaredLength));
    } else {
        outcome.disposition = Disposition::Unclear;
        outcome.error = ApiError::make(ApiError::Type::BadReply, parsed.problem);
    }
    return outcome;
}

RetryPolicy ApiCall::retryPolicy() const
{
    if (m_policy)
        return *m_policy;
    return m_client ? m_client->retryPolicy() : RetryPolicy();
}

qint64 ApiCall::backoffMs(int retry) const
{
    // 1 unit, then 1-2, 2-4, 4-8 ... units, like the reference client.
    const qint64 base = qMax(0, retryPolicy().backoffBaseMs);
    if (retry <= 1)
        return base;
    const qint64 low = base << qMin(retry - 2, maxBackoffShift);
    return low + qint64(QRandomGenerator::global()->bounded(double(low) + 1.0));
}

qint64 ApiCall::retryWaitMs(Outcome &outcome)
{
    // -1: no retry. A route that is not safe to repeat is never resent once the server may
    // have acted on it: the caller hears OutcomeUnknown and can look for what was done.
    const RetryPolicy policy = retryPolicy();
    const bool safe = m_routeInfo.safeToRetry;
    switch (outcome.disposition) {
    case Disposition::ServerError:
        if (!safe)
            break;
        if (m_serverErrorRetries < policy.maxServerErrorRetries)
            return backoffMs(++m_serverErrorRetries);
        return -1;
    case Disposition::RetryAfter: {
        // 429 is a refusal before any work; a 503 on an unsafe route may come from a proxy
        // after the server began, so only 429 is waited out there.
        if (!safe && outcome.error.httpStatus != 429)
            break;
        // Not counted against any budget; only the overall deadline bounds it. Without a
        // Retry-After the wait is one early backoff step (1-2 base units).
        const qint64 wait = outcome.retryAfterMs >= 0 ? outcome.retryAfterMs : backoffMs(2);
        return qMin<qint64>(wait, qint64(policy.maxRetryAfterSeconds) * 1000);
    }
    case Disposition::NotSent:
        if (m_transportRetries < policy.maxTransportRetries)
            return backoffMs(++m_transportRetries);
        return -1;
    case Disposition::Lost:
        if (!safe)
            break;
        if (m_transportRetries < policy.maxTransportRetries)
            return backoffMs(++m_transportRetries);
        return -1;
    case Disposition::Unclear:
        if (!safe)
            break;
        return -1;
    case Disposition::Success:
    case Disposition::Final:
        return -1;
    }
    // Resending could do it twice (e.g. a second project): tell the caller instead.
    outcome.error = outcomeUnknown(outcome.error);
    return -1;
}

void ApiCall::handleOutcome(Outcome outcome)
{
    outcome.error.route = m_routeInfo.pattern;
    if (outcome.disposition == Disposition::Success) {
        QPointer<ApiCall> self(this);
        reportAttempt(outcome.error.httpStatus, outcome.error.requestId, QString(), false);
        if (self)
            finishWith(outcome.result);
        return;
    }
    const RetryPolicy policy = retryPolicy();
    qint64 waitMs = retryWaitMs(outcome);
    if (waitMs >= 0 && m_clock.elapsed() + waitMs >= policy.overallDeadlineMs)
        waitMs = -1; // the next attempt could not finish in time

    // A listener of attempt() or retrying() may abort (or even delete) this call.
    QPointer<ApiCall> self(this);
    reportAttempt(outcome.error.httpStatus, outcome.error.requestId, outcome.error.typeName,
                  waitMs >= 0);
    if (!self || m_done)
        return;
    if (waitMs < 0) {
        failWith(outcome.error);
        return;
    }
    ++m_attempt;
    m_retryTimer->start(int(waitMs));
    Q_EMIT retrying(m_attempt, waitMs, outcome.error);
}

ApiAttempt ApiCall::makeAttempt(int httpStatus, const QString &requestId, const QString &errorType,
                                bool willRetry)
{
    ApiAttempt attempt;
    attempt.time = m_attemptTime;
    attempt.route = m_routeInfo.pattern;
    attempt.target = m_subject;
    attempt.method = m_method;
    attempt.httpStatus = httpStatus;
    attempt.durationMs = m_clock.isValid() ? m_clock.elapsed() - m_attemptStartedMs : 0;
    attempt.retry = m_attempt;
    attempt.requestId = requestId;
    attempt.errorType = errorType;
    attempt.willRetry = willRetry;
    attempt.callId = m_id;
    if (!m_loggedInput)
        m_loggedInput = AttemptInput::decide(m_subject, m_method, m_input,
                                             m_client ? m_client->m_token : QString());
    attempt.input = m_loggedInput->json;
    attempt.inputKept = m_loggedInput->kept;
    return attempt;
}

void ApiCall::reportAttempt(int httpStatus, const QString &requestId, const QString &errorType,
                            bool willRetry)
{
    const ApiAttempt attempt = makeAttempt(httpStatus, requestId, errorType, willRetry);
    qCDebug(lcApi).nospace() << "call " << m_id << ' ' << attempt.route << " retry "
                             << attempt.retry << ": " << httpStatus << ' ' << errorType << ' '
                             << attempt.durationMs << " ms" << (willRetry ? ", will retry" : "");
    if (m_client)
        Q_EMIT m_client->attempt(attempt);
}

void ApiCall::finishWith(const QJsonObject &result)
{
    if (m_done)
        return;
    m_done = true;
    m_retryTimer->stop();
    QPointer<ApiCall> self(this);
    Q_EMIT finished(result);
    if (self)
        deleteLater();
}

void ApiCall::failWith(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_retryTimer->stop();
    m_attemptTimer->stop();
    QPointer<ApiCall> self(this);
    Q_EMIT failed(error);
    if (self)
        deleteLater();
}
