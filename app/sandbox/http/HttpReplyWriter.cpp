#include "app/sandbox/http/HttpReplyWriter.h"

namespace {

void appendNumber(QByteArray *out, qint64 n)
{
    char digits[24];
    int len = 0;
    if (n < 0) {
        out->append('-');
        n = -n;
    }
    do {
        digits[len++] = char('0' + n % 10);
        n /= 10;
    } while (n > 0);
    while (len > 0)
        out->append(digits[--len]);
}

} // namespace

const char *HttpReplyWriter::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

void HttpReplyWriter::append(QByteArray *out, const Reply &reply)
{
    out->reserve(out->size() + 200 + reply.body.size());
    out->append("HTTP/1.1 ");
    appendNumber(out, reply.status);
    out->append(' ');
    out->append(reasonPhrase(reply.status));
    // nosniff: a browser pointed at the sandbox must take every reply as the JSON it is.
    out->append("\r\nContent-Type: application/json\r\nX-Content-Type-Options: nosniff"
                "\r\nContent-Length: ");
    appendNumber(out, reply.body.size());
    out->append("\r\nX-Request-Id: ");
    out->append(reply.requestId);
    if (reply.retryAfterSeconds >= 0) {
        out->append("\r\nRetry-After: ");
        appendNumber(out, reply.retryAfterSeconds);
    }
    if (reply.allowPost)
        out->append("\r\nAllow: POST");
    if (reply.close)
        out->append("\r\nConnection: close");
    else if (reply.keepAliveHeader)
        out->append("\r\nConnection: keep-alive");
    out->append("\r\n\r\n");
    if (!reply.omitBody)
        out->append(reply.body);
}

void HttpReplyWriter::appendContinue(QByteArray *out)
{
    out->append("HTTP/1.1 100 Continue\r\n\r\n");
}

QByteArray HttpReplyWriter::errorBody(QByteArrayView type, QByteArrayView message)
{
    QByteArray body;
    body.reserve(40 + type.size() + message.size());
    body.append("{\"error\":{\"type\":\"");
    body.append(type);
    body.append("\",\"message\":\"");
    static const char hex[] = "0123456789abcdef";
    for (char c : message) {
        if (c == '"' || c == '\\') {
            body.append('\\');
            body.append(c);
        } else if (uchar(c) < 0x20) {
            body.append("\\u00");
            body.append(hex[(uchar(c) >> 4) & 0xf]);
            body.append(hex[uchar(c) & 0xf]);
        } else {
            body.append(c);
        }
    }
    body.append("\"}}");
    return body;
}
