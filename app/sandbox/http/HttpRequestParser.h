#pragma once

#include <QByteArrayView>

// What the HTTP layer needs from a request line and its headers. The views point into the
// connection's input buffer and are valid only until that buffer changes.
struct HttpRequestHead
{
    QByteArrayView method;
    QByteArrayView path; // the target without a query string or an absolute-form prefix
    QByteArrayView authorization;
    int minorVersion = 1; // HTTP/1.<minorVersion>
    qint64 contentLength = -1; // -1: no Content-Length header
    bool transferEncoding = false;
    bool connectionClose = false;
    bool connectionKeepAlive = false;
    bool expectContinue = false;
    qsizetype headSize = 0; // bytes up to and including the empty line
};

// A request the parser refuses: the HTTP status and a message that says what is wrong. The
// connection is closed after replying because the framing of what follows is unknown.
struct HttpParseError
{
    int status = 400;
    const char *message = "";
};

// Parses the request line and headers in place, without allocating. Tolerates bare LF line
// ends and leading empty lines (RFC 9112 section 2.2); refuses obsolete line folding.
class HttpRequestParser
{
public:
    enum class Result { NeedMore, Complete, Error };

    static Result parse(QByteArrayView input, qsizetype maxHeadSize, HttpRequestHead *head,
                        HttpParseError *error);
};
