#pragma once

#include "app/sandbox/http/HttpRequestParser.h"

#include <QByteArray>
#include <QObject>

class HttpServer;
class QTcpSocket;
class QTimer;

// One client connection: reads requests, answers them in order, closes on error or on request.
// A request must arrive within the server's deadlines (408 and close otherwise).
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    // refuse: the server is at its connection cap; answer 503 with Retry-After and close.
    HttpConnection(QTcpSocket *socket, HttpServer *server, bool refuse = false);
    ~HttpConnection() override;

    // Called by the server's idle sweep; closes after enough sweeps without input.
    void idleTick(int maxIdleTicks);

private:
    void onReadyRead();
    void processInput();
    // true when it stopped with requests left because the client does not read its replies.
    bool answerBufferedRequests();
    bool throttled() const;
    // false when the connection must be closed after the replies written so far.
    bool handleRequest(const HttpRequestHead &head, qsizetype bodyStart);
    void appendError(int status, QByteArrayView type, QByteArrayView message, bool close,
                     bool allowPost = false, bool omitBody = false);
    void compactInput();
    // Half-closes after the last reply and discards late input for a while, so that the
    // client reads the reply instead of a connection reset.
    void startClosing();
    void onBytesWritten();
    void writeOutput();
    // Starts, keeps or stops the deadline for what the connection waits for now.
    void updateDeadline();
    void onDeadline();

    enum class Phase { None, Head, Body };

    QTcpSocket *m_socket;
    HttpServer *m_server;
    QByteArray m_in;
    qsizetype m_pos = 0; // start of the request being read
    qsizetype m_needTotal = 0; // bytes from m_pos needed before parsing again
    bool m_continueSent = false;
    bool m_closing = false;
    bool m_halfClosed = false;
    bool m_processing = false; // flush() may emit bytesWritten synchronously
    int m_idleTicks = 0;
    QByteArray m_out;
    QTimer *m_lingerTimer = nullptr;
    QTimer *m_deadlineTimer = nullptr;
    Phase m_phase = Phase::None;
    quint64 m_requests = 0; // requests answered; a new request gets a new deadline
    quint64 m_deadlineRequest = 0;
    bool m_refused = false;
};
