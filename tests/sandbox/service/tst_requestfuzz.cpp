// A bounded, deterministic fuzz test (issue 17): random request heads through the parser,
// random inputs through every route, random bytes through the whole server over sockets.
// About 20,000 cases in a few seconds; DXC_FUZZ_SEED and DXC_FUZZ_SCALE (a factor on the case
// counts) reproduce or widen a run. Failures print the seed and the case.
#include "app/sandbox/http/HttpRequestParser.h"
#include "app/sandbox/service/SandboxHost.h"
#include "tests/sandbox/SandboxFixture.h"

#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <cmath>

namespace {

quint32 seedFromEnvironment()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("DXC_FUZZ_SEED").toUInt(&ok);
    return ok ? seed : 17u;
}

int scaled(int cases)
{
    bool ok = false;
    const double scale = qEnvironmentVariable("DXC_FUZZ_SCALE").toDouble(&ok);
    return ok && scale > 0 ? int(cases * scale) : cases;
}

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    { }

    int below(int n) { return int(m_random.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

    QString cursor()
    {
        const QList<QByteArray> numbers { "0",           "1", "-1", "2147483647", "-2147483648",
                                          "99999999999", "",  "x",  "3",          "1000" };
        QByteArray raw = pick(numbers) + ':' + pick(numbers);
        if (chance(30))
            raw = pick(numbers) + ":project-" + QByteArray(24, 'B');
        if (chance(10))
            raw += ":" + pick(numbers);
        return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding));
    }

    QString text()
    {
        static const QList<QString> words { QString(),
                                            QStringLiteral("VIEW"),
                                            QStringLiteral("UPLOAD"),
                                            QStringLiteral("CONTRIBUTE"),
                                            QStringLiteral("ADMINISTER"),
                                            QStringLiteral("NONE"),
                                            QStringLiteral("PUBLIC"),
                                            QStringLiteral("/"),
                                            QStringLiteral("/data"),
                                            QStringLiteral("//"),
                                            QStringLiteral("/data/"),
                                            QStringLiteral("data"),
                                            QStringLiteral("user-ann"),
                                            QStringLiteral("user-ben"),
                                            QStringLiteral("user-dora"),
                                            QStringLiteral("user-nobody"),
                                            QStringLiteral("org-lab"),
                                            QStringLiteral("org-clinic"),
                                            QStringLiteral("org-broke"),
                                            QStringLiteral("ann@sandbox.example"),
                                            QStringLiteral("aws:us-east-1"),
                                            QStringLiteral("azure:westus"),
                                            QStringLiteral("aws:nowhere"),
                                            QStringLiteral("Standard"),
                                            QStringLiteral("Bulk"),
                                            QStringLiteral("live"),
                                            QStringLiteral("archived"),
                                            QStringLiteral("any"),
                                            QStringLiteral("file"),
                                            QStringLiteral("applet-x"),
                                            QStringLiteral("app-x"),
                                            QStringLiteral("*"),
                                            QStringLiteral("(a+)+$"),
                                            QStringLiteral("["),
                                            fixture::Main,
                                            fixture::Shared,
                                            fixture::Phi,
                                            fixture::Public,
                                            fixture::FileA,
                                            fixture::FileC,
                                            QStringLiteral("project-BBBBBBBBBBBBBBBBBBBBBBBB"),
                                            QString(300, QLatin1Char('x')),
                                            QString(QChar(0)),
                                            QStringLiteral("a\nb"),
                                            QString::fromUtf8("\xF0\x9F\x98\x80 \xC3\xA9") };
        switch (below(4)) {
        case 0:
            return cursor();
        case 1: {
            QString random;
            const int length = below(12);
            for (int i = 0; i < length; ++i)
                random.append(QChar(char16_t(chance(80) ? 0x20 + below(0x5f) : below(0x3000))));
            return random;
        }
        default:
            return pick(words);
        }
    }

    QJsonValue number()
    {
        static const QList<double> numbers { 0,
                                             1,
                                             -1,
                                             2,
                                             1000,
                                             1001,
                                             1e300,
                                             -1e300,
                                             1.5,
                                             2147483648.0,
                                             -9223372036854775808.0,
                                             9007199254740993.0,
                                             4102444800000.0 };
        return pick(numbers);
    }

    QJsonValue value(int depth = 0)
    {
        switch (below(depth >= 2 ? 4 : 6)) {
        case 0:
            return QJsonValue::Null;
        case 1:
            return chance(50);
        case 2:
            return number();
        case 3:
            return text();
        case 4: {
            QJsonArray array;
            const int n = below(5);
            for (int i = 0; i < n; ++i)
                array.append(chance(70) ? QJsonValue(text()) : value(depth + 1));
            return array;
        }
        default:
            return object(depth + 1);
        }
    }

    QJsonObject object(int depth = 0)
    {
        static const QList<QString> keys { QStringLiteral("name"),
                                           QStringLiteral("summary"),
                                           QStringLiteral("description"),
                                           QStringLiteral("tags"),
                                           QStringLiteral("properties"),
                                           QStringLiteral("starting"),
                                           QStringLiteral("limit"),
                                           QStringLiteral("scope"),
                                           QStringLiteral("project"),
                                           QStringLiteral("folder"),
                                           QStringLiteral("files"),
                                           QStringLiteral("recurse"),
                                           QStringLiteral("invitee"),
                                           QStringLiteral("level"),
                                           QStringLiteral("billTo"),
                                           QStringLiteral("region"),
                                           QStringLiteral("containsPHI"),
                                           QStringLiteral("protected"),
                                           QStringLiteral("restricted"),
                                           QStringLiteral("version"),
                                           QStringLiteral("describe"),
                                           QStringLiteral("fields"),
                                           QStringLiteral("rate"),
                                           QStringLiteral("dryRun"),
                                           QStringLiteral("allCopies"),
                                           QStringLiteral("sponsoredUntil"),
                                           QStringLiteral("totalSponsoredEgressBytes"),
                                           QStringLiteral("allowedExecutables"),
                                           QStringLiteral("class"),
                                           QStringLiteral("archivalState"),
                                           QStringLiteral("created"),
                                           QStringLiteral("after"),
                                           QStringLiteral("before"),
                                           QStringLiteral("terminateJobs"),
                                           QStringLiteral("defaultRegion"),
                                           QStringLiteral("only"),
                                           QStringLiteral("$and"),
                                           QStringLiteral("$or"),
                                           QStringLiteral("glob"),
                                           QStringLiteral("regexp"),
                                           QStringLiteral("flags"),
                                           QStringLiteral("user-ann"),
                                           QStringLiteral("user-ben"),
                                           QStringLiteral("org-lab"),
                                           QStringLiteral("PUBLIC"),
                                           QStringLiteral("explicitPermission"),
                                           QStringLiteral("public"),
                                           QStringLiteral("suppressEmailNotification"),
                                           QStringLiteral("permissions") };
        QJsonObject o;
        const int n = below(6);
        for (int i = 0; i < n; ++i)
            o.insert(chance(90) ? pick(keys) : text(), value(depth));
        return o;
    }

    // Serialized JSON, sometimes damaged or given escapes a serializer would not write.
    // An input for the route of `path`: paged routes get cursors and limits more often.
    QJsonObject inputFor(const QString &path)
    {
        QJsonObject o = object();
        if (path.startsWith(QLatin1String("/system/find")) && chance(70))
            o.insert(QStringLiteral("starting"), chance(80) ? QJsonValue(cursor()) : value());
        if (path.startsWith(QLatin1String("/system/find")) && chance(40))
            o.insert(QStringLiteral("limit"), chance(50) ? QJsonValue(1 + below(3)) : number());
        if (path == QLatin1String("/system/findDataObjects") && chance(50)) {
            static const QList<QString> projects { fixture::Main, fixture::Public,
                                                   fixture::Shared };
            o.insert(QStringLiteral("scope"),
                     QJsonObject { { QStringLiteral("project"), pick(projects) } });
        }
        return o;
    }

    QByteArray body(const QJsonObject &input)
    {
        QByteArray json = QJsonDocument(input).toJson(QJsonDocument::Compact);
        if (chance(85))
            return json;
        static const QList<QByteArray> inserts {
            "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u0000",  "\\", "\"",  "{",
            "]",       "\xff",    "\xed\xa0\x80",   "1e999999", "-",  "null"
        };
        const int edits = 1 + below(3);
        for (int e = 0; e < edits && !json.isEmpty(); ++e) {
            const int at = below(int(json.size()));
            switch (below(3)) {
            case 0:
                json.insert(at, pick(inserts));
                break;
            case 1:
                json.remove(at, 1 + below(4));
                break;
            default:
                json[at] = char(below(256));
                break;
            }
        }
        return json;
    }

    QByteArray requestHead()
    {
        static const QList<QByteArray> methods { "POST", "GET", "HEAD", "P\x01ST", "", "post" };
        static const QList<QByteArray> targets { "/system/whoami", "/",    "*",    "http://h/p?q",
                                                 "https://h",      "/a b", "/%00", "" };
        static const QList<QByteArray> versions { "HTTP/1.1",  "HTTP/1.0", "HTTP/2.0", "HTTP/1.",
                                                  "HTTP/1.10", "http/1.1", "" };
        static const QList<QByteArray> good { "Host: x", "Content-Length: 0", "Content-Length: 5",
                                              "Connection: keep-alive",
                                              "Authorization: Bearer tok-ann" };
        static const QList<QByteArray> headers {
            "Content-Length: -1",
            "Content-Length: 99999999999999999999",
            "Content-Length: 17000000",
            "Content-Length: 1, 2",
            "Transfer-Encoding: chunked",
            "Expect: 100-continue",
            "Expect: something",
            "Connection: close",
            "Connection: keep-alive, close",
            "Authorization: Bearer tok-ann",
            " folded: line",
            "NoColon",
            ": empty name",
            "Bad Name: x",
            "X: \x01",
            "X: \x7f",
            QByteArray(70000, 'h'),
        };
        static const QList<QByteArray> ends { "\r\n", "\n", "\r", "" };
        QByteArray head;
        if (chance(10))
            head += pick(ends);
        // Mostly well-formed parts, so that the parser gets past the first line.
        auto either = [this](const QList<QByteArray> &list) -> QByteArray {
            return chance(75) ? list.first() : pick(list);
        };
        head += either(methods) + (chance(95) ? " " : "  ") + either(targets) + " "
            + either(versions);
        head += either(ends);
        const int n = below(5);
        for (int i = 0; i < n; ++i) {
            const QByteArray &header = chance(70) ? pick(good) : pick(headers);
            if (header.size() > 1000 && !chance(5))
                continue;
            head += header + either(ends);
        }
        if (chance(80))
            head += chance(80) ? QByteArray("\r\n") : QByteArray("\n");
        if (chance(30))
            head += "{}";
        if (chance(10) && !head.isEmpty())
            head.truncate(below(int(head.size())));
        if (chance(10) && !head.isEmpty())
            head[below(int(head.size()))] = char(below(256));
        return head;
    }

private:
    QRandomGenerator m_random;
};

bool within(QByteArrayView part, QByteArrayView whole)
{
    return part.isEmpty()
        || (part.data() >= whole.data()
            && part.data() + part.size() <= whole.data() + whole.size());
}

} // namespace

class tst_RequestFuzz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qInfo("seed %u (DXC_FUZZ_SEED to change)", m_seed); }

    void parser_randomHeads()
    {
        Generator g(m_seed);
        QMap<int, int> outcomes;
        const int cases = scaled(8000);
        for (int i = 0; i < cases; ++i) {
            const QByteArray input = g.requestHead();
            const qsizetype maxHead = g.chance(20) ? 64 : 64 * 1024;
            HttpRequestHead head;
            HttpParseError error;
            const auto result = HttpRequestParser::parse(input, maxHead, &head, &error);
            const QByteArray where
                = "case " + QByteArray::number(i) + ": " + input.left(200).toPercentEncoding();
            switch (result) {
            case HttpRequestParser::Result::Complete:
                QVERIFY2(head.headSize > 0 && head.headSize <= input.size(), where.constData());
                QVERIFY2(head.headSize <= maxHead, where.constData());
                QVERIFY2(within(head.method, input)
                             && (within(head.path, input) || head.path == QByteArrayView("/"))
                             && within(head.authorization, input),
                         where.constData());
                QVERIFY2(head.contentLength >= -1, where.constData());
                QVERIFY2(head.minorVersion >= 0 && head.minorVersion <= 9, where.constData());
                break;
            case HttpRequestParser::Result::Error:
                QVERIFY2(error.status >= 400 && error.status <= 505 && *error.message,
                         where.constData());
                break;
            case HttpRequestParser::Result::NeedMore:
                QVERIFY2(input.size() < maxHead, where.constData());
                break;
            }
            ++outcomes[int(result)];
            HttpRequestHead again;
            QCOMPARE(HttpRequestParser::parse(input, maxHead, &again, &error), result);
        }
        qInfo("%d heads: %d need more, %d complete, %d refused", cases,
              outcomes.value(int(HttpRequestParser::Result::NeedMore)),
              outcomes.value(int(HttpRequestParser::Result::Complete)),
              outcomes.value(int(HttpRequestParser::Result::Error)));
    }

    void routes_randomInputs()
    {
        Generator g(m_seed + 1);
        Sandbox sandbox;
        QVERIFY2(sandbox.opened, qPrintable(sandbox.error));
        const QList<QString> system {
            QStringLiteral("whoami"),          QStringLiteral("findProjects"),
            QStringLiteral("findDataObjects"), QStringLiteral("listProjectTags"),
            QStringLiteral("findOrgs"),        QStringLiteral("nope")
        };
        const QList<QString> project { QStringLiteral("describe"),
                                       QStringLiteral("update"),
                                       QStringLiteral("destroy"),
                                       QStringLiteral("addTags"),
                                       QStringLiteral("removeTags"),
                                       QStringLiteral("setProperties"),
                                       QStringLiteral("countRootExecutions"),
                                       QStringLiteral("invite"),
                                       QStringLiteral("decreasePermissions"),
                                       QStringLiteral("leave"),
                                       QStringLiteral("transfer"),
                                       QStringLiteral("acceptTransfer"),
                                       QStringLiteral("archive"),
                                       QStringLiteral("unarchive"),
                                       QStringLiteral("updateSponsorship"),
                                       QStringLiteral("listFolder") };
        const QList<QString> projects { fixture::Main, fixture::Shared, fixture::Phi,
                                        fixture::Public,
                                        QStringLiteral("project-BBBBBBBBBBBBBBBBBBBBBBBB") };
        const QList<QString> accounts { QStringLiteral("user-ann"), QStringLiteral("user-dora"),
                                        QStringLiteral("org-lab"), QStringLiteral("org-nope") };
        const QList<QString> tokens { QStringLiteral("tok-ann"),    QStringLiteral("tok-ben"),
                                      QStringLiteral("tok-carl"),   QStringLiteral("tok-dora"),
                                      QStringLiteral("tok-nobody"), QString() };
        const QList<int> allowed { 200, 400, 401, 403, 404, 422 };
        QMap<int, int> statuses;
        const int cases = scaled(10000);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < cases; ++i) {
            QString path;
            switch (g.below(10)) {
            case 0:
            case 1:
                path = QStringLiteral("/system/") + g.pick(system);
                break;
            case 2:
                path = QStringLiteral("/project/new");
                break;
            case 3: {
                const QString account = g.pick(accounts);
                path = QLatin1Char('/') + account
                    + (g.chance(50) ? QStringLiteral("/describe") : QStringLiteral("/update"));
                break;
            }
            case 4:
                if (g.chance(50)) {
                    path = QLatin1Char('/') + g.text() + QLatin1Char('/') + g.text();
                    break;
                }
                Q_FALLTHROUGH();
            default:
                path = QLatin1Char('/') + g.pick(projects) + QLatin1Char('/') + g.pick(project);
                break;
            }
            const QByteArray body = g.body(g.inputFor(path));
            const QString token = g.pick(tokens);
            const QByteArray auth = token.isEmpty() ? QByteArray() : "Bearer " + token.toUtf8();
            const ServiceReply reply = sandbox.service->handle(path.toUtf8(), auth, body);
            const QByteArray where = "case " + QByteArray::number(i) + ": " + path.toUtf8() + " "
                + token.toUtf8() + " " + body.left(300) + " -> " + QByteArray::number(reply.status)
                + " " + reply.body.left(300);
            QVERIFY2(allowed.contains(reply.status), where.constData());
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
            QVERIFY2(parseError.error == QJsonParseError::NoError && document.isObject(),
                     where.constData());
            if (reply.status != 200) {
                const QJsonObject error
                    = document.object().value(QStringLiteral("error")).toObject();
                QVERIFY2(!error.value(QStringLiteral("type")).toString().isEmpty(),
                         where.constData());
                QVERIFY2(!error.value(QStringLiteral("message")).toString().isEmpty(),
                         where.constData());
            }
            ++statuses[reply.status];
        }
        // Still whole: the data it holds reads back.
        QCOMPARE(sandbox.call(QStringLiteral("/system/whoami")).status, 200);
        QCOMPARE(sandbox.call(QStringLiteral("/system/findProjects")).status, 200);
        QString summary;
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            summary += QStringLiteral(" %1: %2").arg(it.key()).arg(it.value());
        qInfo("%d route calls in %lld ms;%s", cases, timer.elapsed(), qPrintable(summary));
    }

    void server_randomBytes()
    {
        Generator g(m_seed + 2);
        SandboxOptions options;
        options.memory = true;
        SandboxHost host(options);
        QString error;
        QVERIFY2(host.start(&error), qPrintable(error));
        const QByteArray token = host.users().value(0).token.toUtf8();
        const int cases = scaled(2000);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < cases; ++i) {
            QByteArray bytes = g.requestHead();
            if (g.chance(50)) {
                // A valid head with a random body, so that the bytes reach the routes.
                const QByteArray body = g.body(g.object());
                bytes = "POST /"
                    + (g.chance(50) ? QByteArray("system/findProjects") : QByteArray("project/new"))
                    + " HTTP/1.1\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
            }
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, host.port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write(bytes);
            socket.waitForBytesWritten(1000);
            socket.abort();
        }
        QTcpSocket check;
        check.connectToHost(QHostAddress::LocalHost, host.port());
        QVERIFY(check.waitForConnected(5000));
        check.write("POST /system/whoami HTTP/1.1\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Length: 0\r\n\r\n");
        QByteArray answer;
        QElapsedTimer wait;
        wait.start();
        while (!answer.contains("\r\n\r\n{") && wait.elapsed() < 10000) {
            if (check.waitForReadyRead(1000))
                answer += check.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.left(200));
        qInfo("%d random connections in %lld ms; the server still answers", cases, timer.elapsed());
    }

private:
    quint32 m_seed = seedFromEnvironment();
};

QTEST_GUILESS_MAIN(tst_RequestFuzz)
#include "tst_requestfuzz.moc"
