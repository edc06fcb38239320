// JsonWriter: the sandbox's replies are written as text, so every string must come out as
// valid JSON that reads back as itself, on the plain fast path and the escaping path alike.
#include "app/sandbox/service/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using sandbox::JsonWriter;

class TestJsonWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void strings_readBackAsThemselves_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << QStringLiteral("project-B0123 aws:us-east-1")
                               << QByteArray("\"project-B0123 aws:us-east-1\"");
        QTest::newRow("empty") << QString() << QByteArray("\"\"");
        QTest::newRow("quote") << QStringLiteral("a\"b") << QByteArray("\"a\\\"b\"");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QByteArray("\"a\\\\b\"");
        QTest::newRow("newline and tab")
            << QStringLiteral("a\nb\tc\r") << QByteArray("\"a\\nb\\tc\\r\"");
        QTest::newRow("control") << QString(QChar(1)) << QByteArray("\"\\u0001\"");
        QTest::newRow("late escape") << QStringLiteral("long plain text then a quote\"")
                                     << QByteArray("\"long plain text then a quote\\\"\"");
        QTest::newRow("non-ASCII") << QStringLiteral("caf\u00e9 \U0001F600")
                                   << QStringLiteral("\"caf\u00e9 \U0001F600\"").toUtf8();
        QTest::newRow("DEL") << QString(QChar(0x7f)) << QByteArray("\"\x7f\"");
    }
    void strings_readBackAsThemselves()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, written);
        JsonWriter out;
        out.beginArray();
        out.value(QStringLiteral("before"));
        out.value(text);
        out.key(text); // not valid in an array, but written by the same routine
        out.endArray();
        const QByteArray json = out.take();
        QCOMPARE(json, QByteArray("[\"before\",") + written + ',' + written + ":]");

        JsonWriter object;
        object.beginObject();
        object.key(text);
        object.value(text);
        object.endObject();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(object.take(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(text).toString(), text);
    }

    void manyStrings_growTheBuffer_andStayInOrder()
    {
        JsonWriter out; // no reserve: the fast path grows the buffer itself
        out.beginArray();
        QJsonArray expected;
        for (int i = 0; i < 2000; ++i) {
            const QString text
                = i % 7 == 0 ? QStringLiteral("q\"%1").arg(i) : QStringLiteral("name %1").arg(i);
            out.value(text);
            expected.append(text);
        }
        out.endArray();
        QCOMPARE(QJsonDocument::fromJson(out.take()).array(), expected);
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
