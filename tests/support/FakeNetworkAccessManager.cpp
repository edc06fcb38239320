#include "tests/support/FakeNetworkAccessManager.h"

#include "tests/support/FakeNetworkReply.h"

#include <QJsonDocument>
#include <memory>

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonObject RecordedRequest::input() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

void FakeNetworkAccessManager::onRouteSequence(const QString &path, const QList<FakeReply> &replies)
{
    Q_ASSERT(!replies.isEmpty());
    auto next = std::make_shared<int>(0);
    onRoute(path, [replies, next](const QJsonObject &) {
        const int i = qMin(*next, int(replies.size()) - 1);
        ++*next;
        return replies.at(i);
    });
}

int FakeNetworkAccessManager::count(const QString &path) const
{
    int n = 0;
    for (const auto &r : m_requests) {
        if (r.path() == path)
            ++n;
    }
    return n;
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    RecordedRequest recorded;
    recorded.operation = op;
    recorded.url = request.url();
    const auto names = request.rawHeaderList();
    for (const QByteArray &name : names)
        recorded.headers.append({ name, request.rawHeader(name) });
    // Known headers set through setHeader() are not raw headers until sent; record them too.
    const QVariant contentType = request.header(QNetworkRequest::ContentTypeHeader);
    if (contentType.isValid() && !recorded.hasHeader("Content-Type"))
        recorded.headers.append({ "Content-Type", contentType.toByteArray() });
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);
    Q_EMIT requestSeen(recorded);

    FakeReply reply;
    const auto route = m_routes.constFind(recorded.path());
    if (route != m_routes.constEnd())
        reply = (*route)(recorded.input());
    else if (m_handler)
        reply = m_handler(request, recorded.body);
    else
        reply = FakeReply::apiError(404, QStringLiteral("ResourceNotFound"),
                                    QStringLiteral("The route does not exist"));
    return new FakeNetworkReply(op, request, reply, this);
}
