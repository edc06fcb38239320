#include "tests/support/FakeNetworkReply.h"

#include <QTimer>

FakeNetworkReply::FakeNetworkReply(QNetworkAccessManager::Operation op,
                                   const QNetworkRequest &request, const FakeReply &reply,
                                   QObject *parent)
    : QNetworkReply(parent)
    , m_reply(reply)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    open(QIODevice::ReadOnly);
    if (m_reply.kind != FakeReply::Kind::Hang)
        QTimer::singleShot(m_reply.delayMs, this, &FakeNetworkReply::respond);
}

void FakeNetworkReply::respond()
{
    if (isFinished())
        return; // aborted while waiting
    if (m_reply.kind == FakeReply::Kind::NetworkError) {
        fail(m_reply.error, m_reply.errorString);
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_reply.status);
    for (const auto &header : std::as_const(m_reply.headers))
        setRawHeader(header.first, header.second);
    const qint64 length
        = m_reply.kind == FakeReply::Kind::Truncated ? m_reply.declaredLength : m_reply.body.size();
    setRawHeader("Content-Length", QByteArray::number(length));
    m_buffer = m_reply.body;
    Q_EMIT metaDataChanged();
    if (!m_buffer.isEmpty())
        Q_EMIT readyRead();
    if (m_reply.kind == FakeReply::Kind::Truncated) {
        fail(m_reply.error, m_reply.errorString);
        return;
    }
    if (m_reply.status >= 400) {
        // Real replies report HTTP errors through error() too; the body stays readable.
        setError(m_reply.status >= 500 ? QNetworkReply::InternalServerError
                                       : QNetworkReply::UnknownContentError,
                 QStringLiteral("HTTP %1").arg(m_reply.status));
        Q_EMIT errorOccurred(error());
    }
    setFinished(true);
    Q_EMIT finished();
}

void FakeNetworkReply::fail(QNetworkReply::NetworkError error, const QString &text)
{
    setError(error, text);
    Q_EMIT errorOccurred(error);
    setFinished(true);
    Q_EMIT finished();
}

void FakeNetworkReply::abort()
{
    if (isFinished())
        return;
    fail(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeNetworkReply::bytesAvailable() const
{
    return m_buffer.size() - m_offset + QNetworkReply::bytesAvailable();
}

qint64 FakeNetworkReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_buffer.size()) - m_offset);
    if (n <= 0)
        return isFinished() ? -1 : 0;
    memcpy(data, m_buffer.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}
