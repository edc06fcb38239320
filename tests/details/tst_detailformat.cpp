#include "api/ApiClient.h"
#include "models/details/ProjectDetails.h"
#include "ui/details/DetailFormat.h"

#include <QNetworkAccessManager>
#include <QTest>

class TestDetailFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levelMeaning_explainsEveryLevel_andNothingForUnknown()
    {
        for (const char *level : { "VIEW", "UPLOAD", "CONTRIBUTE", "ADMINISTER" })
            QVERIFY2(!DetailFormat::levelMeaning(QLatin1String(level)).isEmpty(), level);
        QVERIFY(DetailFormat::levelMeaning(QStringLiteral("OWNER")).isEmpty());
    }

    void memberNames_andKinds()
    {
        QCOMPARE(DetailFormat::memberName(QStringLiteral("PUBLIC")),
                 QStringLiteral("Everyone (PUBLIC)"));
        QCOMPARE(DetailFormat::memberName(QStringLiteral("user-a")), QStringLiteral("user-a"));
        QCOMPARE(DetailFormat::memberKind(QStringLiteral("user-a")), QStringLiteral("User"));
        QCOMPARE(DetailFormat::memberKind(QStringLiteral("org-a")), QStringLiteral("Organization"));
        QCOMPARE(DetailFormat::memberKind(QStringLiteral("PUBLIC")), QStringLiteral("Everyone"));
        QVERIFY(DetailFormat::memberKind(QStringLiteral("team-a")).isEmpty());
    }

    void toInteger_keepsLargeByteCounts()
    {
        QCOMPARE(DetailFormat::toInteger(QJsonValue(5497558138880.0)), Q_INT64_C(5497558138880));
        QCOMPARE(DetailFormat::toInteger(QJsonValue()), Q_INT64_C(0));
    }

    void hasDefaultFields_onlyForAFullDescribe()
    {
        QNetworkAccessManager nam;
        ApiClient client(&nam, QUrl(QStringLiteral("http://unused")));
        ProjectDetails details(&client);
        const QString id = QStringLiteral("project-AAAAAAAAAAAAAAAAAAAAAAAA");
        details.setDescribe(id, { { QLatin1String("id"), id } });
        QVERIFY(!DetailFormat::hasDefaultFields(details));
        details.setDescribe(id,
                            { { QLatin1String("id"), id },
                              { QLatin1String("created"), 1 },
                              { QLatin1String("billTo"), QLatin1String("user-a") } });
        QVERIFY(DetailFormat::hasDefaultFields(details));
    }
};

QTEST_MAIN(TestDetailFormat)
#include "tst_detailformat.moc"
