#pragma once

#include "tests/support/FakeReply.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <functional>

// A QNetworkAccessManager that never touches the network: every request is answered by a
// handler with a FakeReply, and every request is recorded.
//
//   FakeNetworkAccessManager nam;
//   nam.setHandler([](const QNetworkRequest &req, const QByteArray &body) {
//       return FakeReply::json({{"id", "project-..."}}); });      // or apiError / hang ...
//   nam.onRoute("/project/new", [](const QJsonObject &in) { return FakeReply::remoteClosed(); });
//   ApiClient client(&nam, QUrl("http://fake"));
//   ... nam.count("/project/new"), nam.requests().last().header("Authorization")
//
// Route handlers (by URL path) win over the general handler; with neither, the answer is a
// 404 ResourceNotFound error like the platform's.
struct RecordedRequest
{
    QNetworkAccessManager::Operation operation = QNetworkAccessManager::UnknownOperation;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QString path() const { return url.path(); }
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    bool hasHeader(const QByteArray &name) const;
    QJsonObject input() const; // the body parsed as a JSON object ({} if it is not one)
};

class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Handler = std::function<FakeReply(const QNetworkRequest &, const QByteArray &body)>;
    using RouteHandler = std::function<FakeReply(const QJsonObject &input)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void onRoute(const QString &path, RouteHandler handler) { m_routes.insert(path, handler); }
    // Answers the next requests on `path` with these replies in order; then the last one again.
    void onRouteSequence(const QString &path, const QList<FakeReply> &replies);

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int count(const QString &path) const; // requests seen with this URL path
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    void requestSeen(const RecordedRequest &request);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QHash<QString, RouteHandler> m_routes;
    QList<RecordedRequest> m_requests;
};
