#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of a request that must reach the server at most once. Qt's HTTP layer resends a
// request by itself when a connection drops before any reply byte (a stale keep-alive
// connection, a server that closes after reading): it rewinds the upload device with reset().
// This device cannot be rewound, so Qt gives up with ContentReSendError instead of sending a
// second copy. Sent with QNetworkRequest::DoNotBufferUploadDataAttribute and a Content-Length,
// so that Qt reads from it directly rather than from a rewindable copy.
class SendOnceBody : public QIODevice
{
    Q_OBJECT
public:
    explicit SendOnceBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};
