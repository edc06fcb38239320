#include "app/sandbox/service/SandboxHost.h"
#include "tests/sandbox/http/HttpTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QTest>
#include <QThread>

namespace {

struct Answer
{
    int status = 0;
    QJsonObject body;
};

Answer call(HttpTestClient &client, const QByteArray &token, const QByteArray &path,
            const QJsonObject &input)
{
    const QByteArray body = QJsonDocument(input).toJson(QJsonDocument::Compact);
    client.send("POST " + path + " HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    HttpTestReply reply;
    Answer answer;
    if (client.read(&reply, 10000)) {
        answer.status = reply.status;
        answer.body = QJsonDocument::fromJson(reply.body).object();
    }
    return answer;
}

QString errorType(const Answer &a)
{
    return a.body.value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("type"))
        .toString();
}

// What one writer saw acknowledged, and what went wrong.
struct WriterLog
{
    QString project;
    QStringList tags;
    QMap<QString, QString> properties;
    QStringList summaries;
    QStringList descriptions;
    int versionConflicts = 0;
    QStringList failures;
};

void write(quint16 port, const QByteArray &token, int writer, int rounds, WriterLog *log)
{
    HttpTestClient client;
    if (!client.connectTo(port)) {
        log->failures << QStringLiteral("cannot connect");
        return;
    }
    const QByteArray project = log->project.toUtf8();
    auto check = [log](const Answer &a, const char *what) {
        if (a.status != 200)
            log->failures << QStringLiteral("%1: %2 %3")
                                 .arg(QLatin1String(what))
                                 .arg(a.status)
                                 .arg(QString::fromUtf8(QJsonDocument(a.body).toJson()));
        return a.status == 200;
    };
    for (int k = 0; k < rounds; ++k) {
        const QString tag = QStringLiteral("w%1-t%2").arg(writer).arg(k);
        if (check(call(client, token, "/" + project + "/addTags",
                       { { QStringLiteral("tags"), QJsonArray { tag } } }),
                  "addTags"))
            log->tags << tag;

        const QString key = QStringLiteral("w%1-k%2").arg(writer).arg(k);
        const QString value = QStringLiteral("v%1").arg(k);
        if (check(call(client, token, "/" + project + "/setProperties",
                       { { QStringLiteral("properties"), QJsonObject { { key, value } } } }),
                  "setProperties"))
            log->properties.insert(key, value);

        const QString summary = QStringLiteral("summary w%1 r%2").arg(writer).arg(k);
        if (check(call(client, token, "/" + project + "/update",
                       { { QStringLiteral("summary"), summary } }),
                  "update"))
            log->summaries << summary;

        // Read the version, then update with it: either it applies or it is a clean conflict.
        const Answer described = call(client, token, "/" + project + "/describe", {});
        if (!check(described, "describe"))
            continue;
        const QString description = QStringLiteral("description w%1 r%2").arg(writer).arg(k);
        const Answer versioned = call(
            client, token, "/" + project + "/update",
            { { QStringLiteral("description"), description },
              { QStringLiteral("version"), described.body.value(QStringLiteral("version")) } });
        if (versioned.status == 200)
            log->descriptions << description;
        else if (versioned.status == 422 && errorType(versioned) == QStringLiteral("InvalidState"))
            ++log->versionConflicts;
        else
            check(versioned, "update with version");
    }
}

} // namespace

// Eight clients write to the same and to different projects at once: every acknowledged
// write is there afterwards, and nobody sees a 500.
class tst_ConcurrentWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eightWriters_loseNothingAndNeverSee500()
    {
        SandboxOptions options;
        options.memory = true;
        SandboxHost host(options);
        QString error;
        QVERIFY2(host.start(&error), qPrintable(error));
        const QByteArray token = host.users().value(0).token.toUtf8();
        const quint16 port = host.port();

        HttpTestClient setup;
        QVERIFY(setup.connectTo(port));
        QStringList projects;
        for (int p = 0; p < 3; ++p) {
            const Answer created
                = call(setup, token, "/project/new",
                       { { QStringLiteral("name"), QStringLiteral("concurrent %1").arg(p) } });
            QCOMPARE(created.status, 200);
            projects << created.body.value(QStringLiteral("id")).toString();
        }

        // Writers 0-5 alternate between two projects (three each); 6 and 7 share the third.
        const int writers = 8;
        const int rounds = 15;
        QList<WriterLog> logs(writers);
        QList<QThread *> threads;
        for (int w = 0; w < writers; ++w) {
            logs[w].project = projects.at(w < 6 ? w % 2 : 2);
            WriterLog *log = &logs[w];
            threads << QThread::create(
                [port, token, w, log] { write(port, token, w, rounds, log); });
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }

        for (const WriterLog &log : logs)
            QVERIFY2(log.failures.isEmpty(), qPrintable(log.failures.join(QLatin1Char('\n'))));

        for (const QString &project : projects) {
            const Answer d = call(setup, token, "/" + project.toUtf8() + "/describe",
                                  { { QStringLiteral("properties"), true } });
            QCOMPARE(d.status, 200);
            QSet<QString> tags;
            for (const QJsonValue &t : d.body.value(QStringLiteral("tags")).toArray())
                tags.insert(t.toString());
            const QJsonObject properties = d.body.value(QStringLiteral("properties")).toObject();
            QStringList summaries;
            QStringList descriptions;
            int acknowledged = 0;
            for (const WriterLog &log : logs) {
                if (log.project != project)
                    continue;
                for (const QString &tag : log.tags)
                    QVERIFY2(tags.contains(tag), qPrintable(tag));
                for (auto it = log.properties.cbegin(); it != log.properties.cend(); ++it)
                    QCOMPARE(properties.value(it.key()).toString(), it.value());
                summaries << log.summaries;
                descriptions << log.descriptions;
                acknowledged += int(log.summaries.size() + log.descriptions.size());
            }
            QCOMPARE(tags.size(), rounds * (project == projects.at(2) ? 2 : 3));
            // The last acknowledged update wins; it must be one of them.
            QVERIFY(summaries.contains(d.body.value(QStringLiteral("summary")).toString()));
            QVERIFY(!descriptions.isEmpty());
            QVERIFY(descriptions.contains(d.body.value(QStringLiteral("description")).toString()));
            // Every acknowledged update changed the version.
            QVERIFY(d.body.value(QStringLiteral("version")).toInt() >= acknowledged);
        }
    }
};

QTEST_GUILESS_MAIN(tst_ConcurrentWriters)
#include "tst_concurrentwriters.moc"
