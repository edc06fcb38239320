#include "api/ApiCall.h"

#include "api/ApiClient.h"
#include "api/ApiLogging.h"
#include "api/ApiReplyParser.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

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

bool isTransportError(QNetworkReply::NetworkError error)
{
    // Qt's ranges: 1-99 network layer, 101-199 proxy, 301-399 protocol. HTTP statuses map
    // to 201-299 and 401-499, which are judged by the status and body instead.
    const int code = int(error);
    return (code >= 1 && code <= 199) || (code >= 301 && code <= 399);
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
    if (QNetworkReply *reply = takeReply()) {
        reply->abort();
        reportAttempt(0, QString(), ApiError::nameOf(ApiError::Type::Aborted), false);
    }
    ApiError error = ApiError::make(ApiError::Type::Aborted);
    failWith(error);
}

void ApiCall::onClientDestroyed()
{
    if (m_done)
        return;
    if (QNetworkReply *reply = takeReply())
        reply->abort();
    failWith(ApiError::make(ApiError::Type::Aborted,
                            QStringLiteral("the connection to the server was closed before the "
                                           "call finished")));
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

    QNetworkReply *reply = nam->post(request, body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // If the network manager goes away with the reply, the call must still end.
    connect(reply, &QObject::destroyed, this, [this] {
        if (m_done)
            return;
        m_attemptTimer->stop();
        reportAttempt(0, QString(), ApiError::nameOf(ApiError::Type::Network), false);
        failWith(ApiError::make(ApiError::Type::Network,
                                QStringLiteral("the network connection was closed")));
    });

    const RetryPolicy policy = m_client->retryPolicy();
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
    handleOutcome(classify(reply));
}

ApiCall::Outcome ApiCall::classify(QNetworkReply *reply) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QByteArray body = reply->readAll();

    Outcome outcome;
    if (isTransportError(netError)) {
        outcome.error = ApiError::make(ApiError::Type::Network, reply->errorString());
        outcome.error.networkError = netError;
        if (neverSent(netError)) {
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
        const ApiReplyParser::SuccessReply parsed = ApiReplyParser::parseSuccess(
            status, QString::fromLatin1(reply->rawHeader("Content-Type")), body);
        bool lengthOk = false;
        const qint64 declared = reply->rawHeader("Content-Length").toLongLong(&lengthOk);
        // Compressed replies announce the compressed length: only trust it for plain bodies.
        const bool plain = reply->rawHeader("Content-Encoding").isEmpty();
        if (parsed.ok) {
            outcome.disposition = Disposition::Success;
            outcome.result = parsed.object;
        } else if (lengthOk && plain && declared > body.size()) {
            // Cut short: like a lost connection, the server did it but we lack the answer.
            outcome.disposition = Disposition::Lost;
            outcome.error = ApiError::make(
                ApiError::Type::BadReply,
                QStringLiteral("the server answered %1 but the reply was cut short after %2 of "
                               "%3 bytes")
                    .arg(status)
                    .arg(body.size())
                    .arg(declared));
        } else {
            outcome.error = ApiError::make(ApiError::Type::BadReply, parsed.problem);
        }
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

qint64 ApiCall::backoffMs(int retry) const
{
    // 1 unit, then 1-2, 2-4, 4-8 ... units, like the reference client.
    const qint64 base = qMax(0, m_client ? m_client->retryPolicy().backoffBaseMs : 0);
    if (retry <= 1)
        return base;
    const qint64 low = base << qMin(retry - 2, maxBackoffShift);
    return low + qint64(QRandomGenerator::global()->bounded(double(low) + 1.0));
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
    const RetryPolicy policy = m_client ? m_client->retryPolicy() : RetryPolicy();
    qint64 waitMs = -1; // -1: no retry
    switch (outcome.disposition) {
    case Disposition::ServerError:
        if (m_serverErrorRetries < policy.maxServerErrorRetries)
            waitMs = backoffMs(++m_serverErrorRetries);
        break;
    case Disposition::RetryAfter:
        // Not counted against any budget; only the overall deadline bounds it. Without a
        // Retry-After the wait is one early backoff step (1-2 base units).
        waitMs = outcome.retryAfterMs >= 0 ? outcome.retryAfterMs : backoffMs(2);
        waitMs = qMin<qint64>(waitMs, qint64(policy.maxRetryAfterSeconds) * 1000);
        break;
    case Disposition::NotSent:
        if (m_transportRetries < policy.maxTransportRetries)
            waitMs = backoffMs(++m_transportRetries);
        break;
    case Disposition::Lost:
        if (!m_routeInfo.safeToRetry) {
            // Resending could do it twice (e.g. a second project): tell the caller instead.
            const ApiError lost = outcome.error;
            outcome.error = ApiError::make(ApiError::Type::OutcomeUnknown);
            outcome.error.httpStatus = lost.httpStatus;
            outcome.error.requestId = lost.requestId;
            outcome.error.networkError = lost.networkError;
            outcome.error.route = lost.route;
        } else if (m_transportRetries < policy.maxTransportRetries) {
            waitMs = backoffMs(++m_transportRetries);
        }
        break;
    case Disposition::Success:
    case Disposition::Final:
        break;
    }
    if (waitMs >= 0 && m_clock.elapsed() + waitMs >= policy.overallDeadlineMs)
        waitMs = -1; // the next attempt could not finish in time

    // A listener of attempt() may abort (or even delete) this call.
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
}

void ApiCall::reportAttempt(int httpStatus, const QString &requestId, const QString &errorType,
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
