#include "app/sandbox/http/HttpRequestParser.h"

#include <cstring>

namespace {

// RFC 9110 tchar, as a table: the parser checks every character of method and header names.
struct TokenTable
{
    bool allowed[256] = {};
    constexpr TokenTable()
    {
        for (int c = '0'; c <= '9'; ++c)
            allowed[c] = true;
        for (int c = 'a'; c <= 'z'; ++c)
            allowed[c] = allowed[c - 'a' + 'A'] = true;
        for (const char *p = "!#$%&'*+-.^_`|~"; *p; ++p)
            allowed[static_cast<unsigned char>(*p)] = true;
    }
};
constexpr TokenTable tokenTable;

bool isTokenChar(unsigned char c)
{
    return tokenTable.allowed[c];
}

bool equalsIgnoringCase(QByteArrayView a, const char *lowerCase)
{
    const qsizetype n = qsizetype(std::strlen(lowerCase));
    if (a.size() != n)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lowerCase[i])
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView v)
{
    qsizetype begin = 0;
    qsizetype end = v.size();
    while (begin < end && (v[begin] == ' ' || v[begin] == '\t'))
        ++begin;
    while (end > begin && (v[end - 1] == ' ' || v[end - 1] == '\t'))
        --end;
    return v.sliced(begin, end - begin);
}

// Calls f(token) for each comma-separated element of a header value.
template<typename F> void forEachListElement(QByteArrayView value, F f)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (i == value.size() || value[i] == ',') {
            const QByteArrayView element = trimmed(value.sliced(start, i - start));
            if (!element.isEmpty())
                f(element);
            start = i + 1;
        }
    }
}

bool parseRequestLine(QByteArrayView line, HttpRequestHead *head, HttpParseError *error)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace == firstSpace) {
        *error = { 400, "The request line must be: METHOD SP target SP HTTP-version." };
        return false;
    }
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    for (char c : method) {
        if (!isTokenChar(uchar(c))) {
            *error = { 400, "The request method is not a token." };
            return false;
        }
    }
    if (target.isEmpty()) {
        *error = { 400, "The request target is empty." };
        return false;
    }
    for (char c : target) {
        if (uchar(c) <= ' ' || uchar(c) == 0x7f) {
            *error = { 400, "The request target contains a space or a control character." };
            return false;
        }
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || version[5] < '0'
        || version[5] > '9' || version[7] < '0' || version[7] > '9') {
        *error = { 400, "The request line does not end with a valid HTTP version." };
        return false;
    }
    if (version[5] != '1') {
        *error = { 505, "Only HTTP/1.0 and HTTP/1.1 are supported." };
        return false;
    }
    head->method = method;
    head->minorVersion = version[7] - '0';

    QByteArrayView path = target;
    if (path.startsWith("http://") || path.startsWith("https://")) {
        // absolute-form (proxies): keep only the path
        const qsizetype authorityStart = path.indexOf("//") + 2;
        const qsizetype slash = path.sliced(authorityStart).indexOf('/');
        path = slash < 0 ? QByteArrayView("/") : path.sliced(authorityStart + slash);
    }
    const qsizetype query = path.indexOf('?');
    if (query >= 0)
        path = path.first(query);
    head->path = path;
    return true;
}

bool parseContentLength(QByteArrayView value, qint64 *result)
{
    if (value.isEmpty() || value.size() > 18)
        return false;
    qint64 n = 0;
    for (char c : value) {
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    *result = n;
    return true;
}

bool parseHeader(QByteArrayView line, HttpRequestHead *head, HttpParseError *error)
{
    if (line[0] == ' ' || line[0] == '\t') {
        *error = { 400, "Obsolete header line folding is not accepted." };
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        *error = { 400, "A header line has no name followed by a colon." };
        return false;
    }
    const QByteArrayView name = line.first(colon);
    for (char c : name) {
        if (!isTokenChar(uchar(c))) {
            *error = { 400, "A header name contains a character that is not allowed." };
            return false;
        }
    }
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    for (char c : value) {
        if ((uchar(c) < ' ' && c != '\t') || uchar(c) == 0x7f) {
            *error = { 400, "A header value contains a control character." };
            return false;
        }
    }

    switch (name.size()) {
    case 6:
        if (equalsIgnoringCase(name, "expect")) {
            if (!equalsIgnoringCase(value, "100-continue")) {
                *error = { 417, "Only the expectation 100-continue is supported." };
                return false;
            }
            head->expectContinue = true;
        }
        break;
    case 10:
        if (equalsIgnoringCase(name, "connection")) {
            forEachListElement(value, [head](QByteArrayView token) {
                if (equalsIgnoringCase(token, "close"))
                    head->connectionClose = true;
                else if (equalsIgnoringCase(token, "keep-alive"))
                    head->connectionKeepAlive = true;
            });
        }
        break;
    case 13:
        if (equalsIgnoringCase(name, "authorization"))
            head->authorization = value;
        break;
    case 14:
        if (equalsIgnoringCase(name, "content-length")) {
            qint64 length = 0;
            if (!parseContentLength(value, &length)) {
                *error = { 400, "Content-Length is not a non-negative decimal number." };
                return false;
            }
            if (head->contentLength >= 0 && head->contentLength != length) {
                *error = { 400, "Content-Length is given twice with different values." };
                return false;
            }
            head->contentLength = length;
        }
        break;
    case 17:
        if (equalsIgnoringCase(name, "transfer-encoding"))
            head->transferEncoding = true;
        break;
    default:
        break;
    }
    return true;
}

} // namespace

HttpRequestParser::Result HttpRequestParser::parse(QByteArrayView input, qsizetype maxHeadSize,
                                                   HttpRequestHead *head, HttpParseError *error)
{
    *head = HttpRequestHead();
    const char *const begin = input.data();
    const qsizetype available = qMin(input.size(), maxHeadSize);
    qsizetype pos = 0;
    bool requestLineSeen = false;
    while (pos < available) {
        const void *nl = std::memchr(begin + pos, '\n', size_t(available - pos));
        if (!nl)
            break;
        const qsizetype lineEnd = static_cast<const char *>(nl) - begin;
        qsizetype contentEnd = lineEnd;
        if (contentEnd > pos && begin[contentEnd - 1] == '\r')
            --contentEnd;
        const QByteArrayView line(begin + pos, contentEnd - pos);
        pos = lineEnd + 1;
        if (!requestLineSeen) {
            if (line.isEmpty())
                continue; // empty lines before the request line are ignored
            if (!parseRequestLine(line, head, error))
                return Result::Error;
            requestLineSeen = true;
            continue;
        }
        if (line.isEmpty()) {
            head->headSize = pos;
            return Result::Complete;
        }
        if (!parseHeader(line, head, error))
            return Result::Error;
    }
    if (input.size() >= maxHeadSize) {
        *error = { 431, "The request line and headers exceed the size limit." };
        return Result::Error;
    }
    return Result::NeedMore;
}
