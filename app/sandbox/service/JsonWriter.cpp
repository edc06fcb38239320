#include "app/sandbox/service/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace sandbox {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out.append(',');
    m_first = false;
}

void JsonWriter::open(char c)
{
    separate();
    m_out.append(c);
    m_first = true;
}

void JsonWriter::close(char c)
{
    m_out.append(c);
    m_first = false;
}

void JsonWriter::key(const char *name)
{
    separate();
    m_out.append('"').append(name).append("\":");
    m_afterKey = true;
}

void JsonWriter::key(const QString &name)
{
    separate();
    string(name);
    m_out.append(':');
    m_afterKey = true;
}

void JsonWriter::string(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    // Fast path, one pass: printable ASCII without quotes or backslashes is copied straight in
    // while it is checked (names, IDs and regions nearly always are); anything else starts
    // again on the escaping path. This runs about ten times per project of a findProjects page.
    const qsizetype at = m_out.size();
    const qsizetype length = text.size();
    m_out.resize(at + length + 2);
    char *out = m_out.data() + at;
    *out++ = '"';
    const QChar *in = text.constData();
    qsizetype i = 0;
    for (; i < length; ++i) {
        const char16_t u = in[i].unicode();
        if (u < 0x20 || u >= 0x7f || u == u'"' || u == u'\\')
            break;
        out[i] = char(u);
    }
    if (i == length) {
        out[length] = '"';
        return;
    }
    m_out.resize(at);
    m_out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (char ch : utf8) {
        const unsigned char c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        default:
            if (c < 0x20) {
                const char escaped[] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
                m_out.append(escaped, 6);
            } else {
                m_out.append(ch);
            }
        }
    }
    m_out.append('"');
}

void JsonWriter::value(const QString &text)
{
    separate();
    string(text);
}

void JsonWriter::value(const char *ascii)
{
    separate();
    m_out.append('"').append(ascii).append('"');
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number))
        m_out.append("null");
    else if (number == std::floor(number) && std::fabs(number) < 9e15)
        m_out.append(QByteArray::number(qint64(number)));
    else
        m_out.append(QByteArray::number(number, 'g', 15));
}

void JsonWriter::null()
{
    separate();
    m_out.append("null");
}

void JsonWriter::value(const QStringList &list)
{
    beginArray();
    for (const QString &item : list)
        value(item);
    endArray();
}

void JsonWriter::value(const QJsonValue &any)
{
    if (any.isObject())
        raw(QJsonDocument(any.toObject()).toJson(QJsonDocument::Compact));
    else if (any.isArray())
        raw(QJsonDocument(any.toArray()).toJson(QJsonDocument::Compact));
    else if (any.isString())
        value(any.toString());
    else if (any.isBool())
        value(any.toBool());
    else if (any.isDouble())
        value(any.toDouble());
    else
        null();
}

void JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
}

} // namespace sandbox
