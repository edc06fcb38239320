#pragma once

#include "tests/support/FakeReply.h"

#include <QNetworkReply>

// The QNetworkReply that FakeNetworkAccessManager hands out: plays one FakeReply
// asynchronously (like a real reply, never before the caller could connect).
class FakeNetworkReply : public QNetworkReply
{
    Q_OBJECT
public:
    FakeNetworkReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                     const FakeReply &reply, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void respond();
    void fail(QNetworkReply::NetworkError error, const QString &text);

    FakeReply m_reply;
    QByteArray m_buffer;
    qint64 m_offset = 0;
};
