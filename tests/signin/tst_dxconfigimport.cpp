#include "models/signin/DxConfigImport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString token = QStringLiteral("ImportTestToken0123456789");

QString securityContext(const QString &tok = token)
{
    return QStringLiteral("{\"auth_token\": \"%1\", \"auth_token_type\": \"Bearer\"}").arg(tok);
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

QByteArray configJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

QJsonObject fullConfig()
{
    return QJsonObject {
        { QStringLiteral("DX_APISERVER_PROTOCOL"), QStringLiteral("https") },
        { QStringLiteral("DX_APISERVER_HOST"), QStringLiteral("api.example.org") },
        { QStringLiteral("DX_APISERVER_PORT"), QStringLiteral("443") },
        { QStringLiteral("DX_SECURITY_CONTEXT"), securityContext() },
        { QStringLiteral("DX_PROJECT_CONTEXT_ID"),
          QStringLiteral("project-B0000000000000000000000") },
        { QStringLiteral("DX_USERNAME"), QStringLiteral("alice") },
    };
}

bool hasIssue(const QList<DxConfigIssue> &issues, const QString &field)
{
    for (const DxConfigIssue &issue : issues) {
        if (issue.field == field)
            return true;
    }
    return false;
}

// No message may quote the token back.
bool mentionsToken(const DxConfigResult &r)
{
    for (const auto &list : { r.errors, r.warnings }) {
        for (const DxConfigIssue &issue : list) {
            if (issue.message.contains(token)
                || issue.message.contains(QLatin1String("SecretInBrokenJson")))
                return true;
        }
    }
    return false;
}
} // namespace

class TestDxConfigImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

    void read_fileInHome_givesServerTokenAndUser()
    {
        QVERIFY(writeFile(defaultFile(), configJson(fullConfig())));
        const DxConfigResult r = DxConfigImport::read(QProcessEnvironment(), m_home->path());
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.serverUrl, QUrl(QStringLiteral("https://api.example.org")));
        QCOMPARE(r.token, token);
        QCOMPARE(r.userName, QStringLiteral("alice"));
        QCOMPARE(r.projectContextId, QStringLiteral("project-B0000000000000000000000"));
        QCOMPARE(r.configFile, defaultFile());
        QVERIFY(r.warnings.isEmpty());
    }

    void read_nonDefaultPortAndHttp_areKeptInTheUrl()
    {
        QJsonObject config = fullConfig();
        config.insert(QStringLiteral("DX_APISERVER_PROTOCOL"), QStringLiteral("http"));
        config.insert(QStringLiteral("DX_APISERVER_HOST"), QStringLiteral("127.0.0.1"));
        config.insert(QStringLiteral("DX_APISERVER_PORT"), 8124); // a number, as some writers do
        QVERIFY(writeFile(defaultFile(), configJson(config)));
        const DxConfigResult r = DxConfigImport::read(QProcessEnvironment(), m_home->path());
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.serverUrl, QUrl(QStringLiteral("http://127.0.0.1:8124")));
    }

    void read_dxUserConfDir_isUsedInsteadOfHome()
    {
        QTemporaryDir elsewhere;
        QVERIFY(writeFile(elsewhere.filePath(QStringLiteral("environment.json")),
                          configJson(fullConfig())));
        QProcessEnvironment env;
        env.insert(QStringLiteral("DX_USER_CONF_DIR"), elsewhere.path());
        const DxConfigResult r = DxConfigImport::read(env, m_home->path());
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.token, token);
        QCOMPARE(QFileInfo(r.configFile).absolutePath(),
                 QFileInfo(elsewhere.path()).absoluteFilePath());
    }

    void read_environmentVariables_overrideTheFile()
    {
        QVERIFY(writeFile(defaultFile(), configJson(fullConfig())));
        QProcessEnvironment env;
        env.insert(QStringLiteral("DX_APISERVER_HOST"), QStringLiteral("override.example.org"));
        env.insert(QStringLiteral("DX_APISERVER_PORT"), QStringLiteral("8443"));
        env.insert(QStringLiteral("DX_SECURITY_CONTEXT"),
                   securityContext(QStringLiteral("EnvToken42")));
        env.insert(QStringLiteral("DX_USERNAME"), QStringLiteral("bob"));
        const DxConfigResult r = DxConfigImport::read(env, m_home->path());
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.serverUrl, QUrl(QStringLiteral("https://override.example.org:8443")));
        QCOMPARE(r.token, QStringLiteral("EnvToken42"));
        QCOMPARE(r.userName, QStringLiteral("bob"));
    }

    void read_noFileButTokenInEnvironment_worksWithDefaultsAndWarns()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DX_SECURITY_CONTEXT"), securityContext());
        const DxConfigResult r = DxConfigImport::read(env, m_home->path());
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.serverUrl, QUrl(QStringLiteral("https://api.dnanexus.com")));
        QVERIFY(hasIssue(r.warnings, QStringLiteral("environment.json")));
        QVERIFY(hasIssue(r.warnings, QStringLiteral("DX_APISERVER_HOST")));
    }

    void read_missingFile_isAnErrorNamingTheFile()
    {
        const DxConfigResult r = DxConfigImport::read(QProcessEnvironment(), m_home->path());
        QVERIFY(!r.ok());
        QVERIFY(hasIssue(r.errors, QStringLiteral("environment.json")));
        QVERIFY(r.errorText().contains(defaultFile()));
        QVERIFY(r.token.isEmpty());
    }

    void read_malformedJson_isAnError()
    {
        QVERIFY(writeFile(defaultFile(), "{\"DX_SECURITY_CONTEXT\": \"SecretInBrokenJson\", "));
        const DxConfigResult r = DxConfigImport::read(QProcessEnvironment(), m_home->path());
        QVERIFY(!r.ok());
        QVERIFY(hasIssue(r.errors, QStringLiteral("environment.json")));
        QVERIFY(r.errorText().contains(QLatin1String("not a JSON object")));
        QVERIFY(r.token.isEmpty());
        QVERIFY(!mentionsToken(r));
    }

    void read_jsonArray_isAnError()
    {
        QVERIFY(writeFile(defaultFile(), "[1, 2]"));
        const DxConfigResult r = DxConfigImport::read(QProcessEnvironment(), m_home->path());
        QVERIFY(!r.ok());
        QVERIFY(hasIssue(r.errors, QStringLiteral("environment.json")));
    }

    void read_missingToken_isAnErrorNamingTheField()
    {
        QJsonObject config = fullConfig();
        config.remove(QStringLiteral("DX_SECURITY_CONTEXT"));
        QVERIFY(writeFile(defaultFile(), configJson(config)));
        const DxConfigResult r = DxConfigImport::read(QProcessEnvironment(), m_home->path());
        QVERIFY(!r.ok());
        QVERIFY(hasIssue(r.errors, QStringLiteral("DX_SECURITY_CONTEXT")));
        QVERIFY(r.errorText().contains(QLatin1String("No token")));
        QVERIFY(!r.serverUrl.isValid());
    }

    void read_securityContextWithoutAuthToken_isAnError()
    {
        QJsonObject config = fullConfig();
        config.insert(QStringLiteral("DX_SECURITY_CONTEXT"),
                      QStringLiteral("{\"auth_token_type\": \"Bearer\"}"));
        QVERIFY(writeFile(defaultFile(), configJson(config)));
        const DxConfigResult r = DxConfigImport::read(QProcessEnvironment(), m_home->path());
        QVERIFY(!r.ok());
        QVERIFY(r.errorText().contains(QLatin1String("auth_token")));
    }

    void read_securityContextNotJson_isAnErrorThatDoesNotQuoteIt()
    {
        QJsonObject config = fullConfig();
        config.insert(QStringLiteral("DX_SECURITY_CONTEXT"),
                      QStringLiteral("auth_token=%1").arg(token));
        QVERIFY(writeFile(defaultFile(), configJson(config)));
        const DxConfigResult r = DxConfigImport::read(QProcessEnvironment(), m_home->path());
        QVERIFY(!r.ok());
        QVERIFY(hasIssue(r.errors, QStringLiteral("DX_SECURITY_CONTEXT")));
        QVERIFY(r.errorText().contains(QLatin1String("not a JSON object")));
        QVERIFY(r.token.isEmpty());
        QVERIFY(!mentionsToken(r));
    }

    void read_unsupportedTokenType_isAnError()
    {
        QJsonObject config = fullConfig();
        config.insert(
            QStringLiteral("DX_SECURITY_CONTEXT"),
            QStringLiteral("{\"auth_token\": \"%1\", \"auth_token_type\": \"Basic\"}").arg(token));
        QVERIFY(writeFile(defaultFile(), configJson(config)));
        const DxConfigResult r = DxConfigImport::read(QProcessEnvironment(), m_home->path());
        QVERIFY(!r.ok());
        QVERIFY(r.errorText().contains(QLatin1String("Bearer")));
        QVERIFY(!mentionsToken(r));
    }

    void read_badPortOrProtocol_isAnErrorNamingTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("port not a number") << "DX_APISERVER_PORT"
                                           << "https";
        QTest::newRow("port out of range") << "DX_APISERVER_PORT"
                                           << "70000";
        QTest::newRow("protocol ftp") << "DX_APISERVER_PROTOCOL"
                                      << "ftp";
        QTest::newRow("host with a space") << "DX_APISERVER_HOST"
                                           << "bad host";
    }

    void read_badPortOrProtocol_isAnErrorNamingTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QJsonObject config = fullConfig();
        config.insert(field, value);
        QVERIFY(writeFile(defaultFile(), configJson(config)));
        const DxConfigResult r = DxConfigImport::read(QProcessEnvironment(), m_home->path());
        QVERIFY(!r.ok());
        QVERIFY2(hasIssue(r.errors, field), qPrintable(r.errorText()));
        QVERIFY(r.token.isEmpty()); // half a result is not handed out
    }

    void read_valueNotAString_isAnErrorNamingTheField()
    {
        QJsonObject config = fullConfig();
        config.insert(QStringLiteral("DX_APISERVER_HOST"), 12);
        QVERIFY(writeFile(defaultFile(), configJson(config)));
        const DxConfigResult r = DxConfigImport::read(QProcessEnvironment(), m_home->path());
        QVERIFY(!r.ok());
        QVERIFY(hasIssue(r.errors, QStringLiteral("DX_APISERVER_HOST")));
    }

    void suggestedProfileName_isUniqueAmongExistingProfiles()
    {
        DxConfigResult r;
        r.serverUrl = QUrl(QStringLiteral("https://api.dnanexus.com"));
        r.userName = QStringLiteral("alice");
        QCOMPARE(DxConfigImport::suggestedProfileName(r, {}),
                 QStringLiteral("alice on api.dnanexus.com"));
        Profile taken;
        taken.name = QStringLiteral("Alice on api.dnanexus.com");
        QCOMPARE(DxConfigImport::suggestedProfileName(r, { taken }),
                 QStringLiteral("alice on api.dnanexus.com (2)"));
        r.userName.clear();
        QCOMPARE(DxConfigImport::suggestedProfileName(r, {}), QStringLiteral("api.dnanexus.com"));
    }

private:
    QString defaultFile() const
    {
        return QDir(m_home->path()).filePath(QStringLiteral(".dnanexus_config/environment.json"));
    }

    std::unique_ptr<QTemporaryDir> m_home;
};

QTEST_GUILESS_MAIN(TestDxConfigImport)
#include "tst_dxconfigimport.moc"
