#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Appends complete HTTP/1.1 replies to an output buffer, so that a connection can answer a
// batch of pipelined requests with one socket write.
class HttpReplyWriter
{
public:
    struct Reply
    {
        int status = 200;
        QByteArrayView body; // JSON
        QByteArrayView requestId;
        int retryAfterSeconds = -1;
        bool close = false; // adds Connection: close
        bool keepAliveHeader = false; // adds Connection: keep-alive (HTTP/1.0 clients)
        bool omitBody = false; // HEAD: headers with the length, no body
        bool allowPost = false; // adds Allow: POST (405)
    };

    static void append(QByteArray *out, const Reply &reply);
    static void appendContinue(QByteArray *out);
    static const char *reasonPhrase(int status);
    // {"error":{"type":...,"message":...}} with the message escaped for JSON.
    static QByteArray errorBody(QByteArrayView type, QByteArrayView message);
};
