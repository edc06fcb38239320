#include "api/ApiClient.h"
#include "models/projects/NewProjectForm.h"
#include "tests/support/FakeNetworkAccessManager.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

namespace {

BillToOption option(const QString &id, const QStringList &regions, bool enabled = true)
{
    BillToOption o;
    o.id = id;
    o.name = id;
    o.kind
        = id.startsWith(QLatin1String("org-")) ? BillToOption::Kind::Org : BillToOption::Kind::User;
    o.permittedRegions = regions;
    o.defaultRegion = regions.value(0);
    o.enabled = enabled;
    if (!enabled) {
        o.atSpendingLimit = true;
        o.disabledReason = QStringLiteral("%1 has reached its spending limit.").arg(id);
    }
    return o;
}

} // namespace

class TestNewProjectForm : public QObject
{
    Q_OBJECT

    FakeNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_client = nullptr;

    NewProjectForm *makeForm()
    {
        auto *form = new NewProjectForm(m_client, this);
        form->setBillToOptions(
            { option(QStringLiteral("user-alice"),
                     { QStringLiteral("aws:us-east-1"), QStringLiteral("aws:eu-central-1") }),
              option(QStringLiteral("org-full"), { QStringLiteral("aws:us-east-1") }, false) });
        form->setBillTo(QStringLiteral("user-alice"));
        form->setRegion(QStringLiteral("aws:us-east-1"));
        form->setName(QStringLiteral("P1"));
        return form;
    }

private Q_SLOTS:
    void init()
    {
        m_nam = new FakeNetworkAccessManager(this);
        m_client = new ApiClient(m_nam, QUrl(QStringLiteral("http://fake")), this);
        m_client->setToken(QStringLiteral("t"));
    }
    void cleanup()
    {
        delete m_client;
        delete m_nam;
    }

    void new_emptyName_isInvalid()
    {
        NewProjectForm form(m_client);
        QVERIFY(!form.isValid());
        QVERIFY(!form.error(QStringLiteral("name")).isEmpty());
        QVERIFY(!form.submit());
        QCOMPARE(m_nam->requests().size(), 0);
    }
    void requestInput_defaultsLeftOut_choicesIncluded()
    {
        NewProjectForm *form = makeForm();
        QCOMPARE(form->requestInput(),
                 QJsonObject({ { QStringLiteral("name"), QStringLiteral("P1") },
                               { QStringLiteral("billTo"), QStringLiteral("user-alice") },
                               { QStringLiteral("region"), QStringLiteral("aws:us-east-1") } }));
        form->setFlag(QStringLiteral("restricted"), true);
        form->setTags({ QStringLiteral("a"), QStringLiteral(" a "), QStringLiteral("b") });
        form->setProperties({ { QStringLiteral("k"), QStringLiteral("v") }, { {}, {} } });
        const QJsonObject in = form->requestInput();
        QCOMPARE(in.value(QStringLiteral("restricted")).toBool(), true);
        QCOMPARE(in.value(QStringLiteral("tags")).toArray().size(), 2);
        QCOMPARE(in.value(QStringLiteral("properties")).toObject().value(QStringLiteral("k")),
                 QJsonValue(QStringLiteral("v")));
        QVERIFY(form->isValid());
    }
    void downloadRestricted_turnsPreviewsOff_whichMayBeAllowedAgain()
    {
        NewProjectForm *form = makeForm();
        form->setFlag(QStringLiteral("downloadRestricted"), true);
        QVERIFY(form->flag(QStringLiteral("previewViewerRestricted")));
        // The server follows by itself: only downloadRestricted is sent.
        QVERIFY(!form->requestInput().contains(QStringLiteral("previewViewerRestricted")));
        form->setFlag(QStringLiteral("previewViewerRestricted"), false);
        QCOMPARE(form->requestInput().value(QStringLiteral("previewViewerRestricted")),
                 QJsonValue(false));
        QVERIFY(form->isValid());
        form->setFlag(QStringLiteral("downloadRestricted"), false);
        form->setFlag(QStringLiteral("previewViewerRestricted"), true);
        QVERIFY(!form->isValid());
        QVERIFY(form->error(QStringLiteral("previewViewerRestricted"))
                    .contains(QStringLiteral("Download restricted")));
        form->setDatabaseResultsRestricted(0);
        QVERIFY(!form->error(QStringLiteral("databaseResultsRestricted")).isEmpty());
        form->setDatabaseResultsRestricted(30);
        QCOMPARE(form->requestInput().value(QStringLiteral("databaseResultsRestricted")),
                 QJsonValue(30));
        form->setDatabaseResultsRestricted(std::nullopt);
        QVERIFY(!form->requestInput().contains(QStringLiteral("databaseResultsRestricted")));
        form->setFlag(QStringLiteral("externalUploadRestricted"), true);
        QCOMPARE(form->requestInput().value(QStringLiteral("externalUploadRestricted")),
                 QJsonValue(true));
    }
    void controlCharacterInName_isNamedBesideName()
    {
        NewProjectForm *form = makeForm();
        form->setName(QStringLiteral("a\nb"));
        QVERIFY(form->error(QStringLiteral("name")).contains(QStringLiteral("position 2")));
    }
    void duplicatePropertyKey_isInvalid()
    {
        NewProjectForm *form = makeForm();
        form->setProperties({ { QStringLiteral("k"), QStringLiteral("1") },
                              { QStringLiteral("k"), QStringLiteral("2") } });
        QVERIFY(!form->error(QStringLiteral("properties")).isEmpty());
    }
    void billToAtSpendingLimit_isExplainedBeforeSubmitting()
    {
        NewProjectForm *form = makeForm();
        form->setBillTo(QStringLiteral("org-full"));
        QVERIFY(form->error(QStringLiteral("billTo")).contains(QStringLiteral("spending limit")));
        QVERIFY(!form->submit());
    }
    void regionNotPermitted_isInvalid()
    {
        NewProjectForm *form = makeForm();
        form->setRegion(QStringLiteral("azure:westus"));
        QVERIFY(!form->error(QStringLiteral("region")).isEmpty());
    }
    void containsPhi_withoutPhiBillTo_saysBillToIsMissing()
    {
        NewProjectForm *form = makeForm();
        form->setFlag(QStringLiteral("containsPHI"), true);
        QVERIFY(form->error(QStringLiteral("containsPHI")).contains(QStringLiteral("user-alice")));
    }
    void submit_success_emitsCreated()
    {
        m_nam->onRoute(QStringLiteral("/project/new"), [](const QJsonObject &in) {
            return in.value(QStringLiteral("name")) == QLatin1String("P1")
                ? FakeReply::json({ { QStringLiteral("id"), QStringLiteral("project-1") } })
                : FakeReply::apiError(422, QStringLiteral("InvalidInput"), QStringLiteral("x"));
        });
        NewProjectForm *form = makeForm();
        QSignalSpy created(form, &NewProjectForm::created);
        QVERIFY(form->submit());
        QVERIFY(form->isBusy());
        QVERIFY(created.wait(3000));
        QCOMPARE(created.first().first().toString(), QStringLiteral("project-1"));
        QCOMPARE(form->state(), NewProjectForm::State::Created);
    }
    void submit_refusalNamingField_keepsInputAndShowsItBesideField()
    {
        m_nam->onRoute(QStringLiteral("/project/new"), [](const QJsonObject &) {
            return FakeReply::apiError(401, QStringLiteral("PermissionDenied"),
                                       QStringLiteral("region: aws:us-east-1 is not among the "
                                                      "permittedRegions of user-alice"));
        });
        NewProjectForm *form = makeForm();
        QSignalSpy refused(form, &NewProjectForm::refused);
        QVERIFY(form->submit());
        QVERIFY(refused.wait(3000));
        QCOMPARE(form->state(), NewProjectForm::State::Editing);
        QVERIFY(form->error(QStringLiteral("region")).contains(QStringLiteral("permittedRegions")));
        QCOMPARE(form->name(), QStringLiteral("P1"));
        QCOMPARE(form->region(), QStringLiteral("aws:us-east-1"));
        form->setRegion(QStringLiteral("aws:eu-central-1")); // editing the field clears it
        QVERIFY(form->isValid());
    }
    void lostReply_projectFound_reportsItWithoutResending()
    {
        m_nam->onRoute(QStringLiteral("/project/new"),
                       [](const QJsonObject &) { return FakeReply::remoteClosed(); });
        QJsonObject search;
        m_nam->onRoute(QStringLiteral("/system/findProjects"), [&search](const QJsonObject &in) {
            search = in;
            return FakeReply::json(
                { { QStringLiteral("results"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("id"), QStringLiteral("project-9") },
                                      { QStringLiteral("level"), QStringLiteral("ADMINISTER") },
                                      { QStringLiteral("describe"),
                                        QJsonObject { { QStringLiteral("created"), 1000 } } } } } },
                  { QStringLiteral("next"), QJsonValue::Null } });
        });
        NewProjectForm *form = makeForm();
        QSignalSpy created(form, &NewProjectForm::created);
        QVERIFY(form->submit());
        QVERIFY(created.wait(5000));
        QCOMPARE(m_nam->count(QStringLiteral("/project/new")), 1);
        QCOMPARE(search.value(QStringLiteral("name")).toString(), QStringLiteral("P1"));
        QCOMPARE(search.value(QStringLiteral("level")).toString(), QStringLiteral("ADMINISTER"));
        QVERIFY(
            search.value(QStringLiteral("created")).toObject().contains(QStringLiteral("after")));
        QVERIFY(form->foundBySearch());
        QVERIFY(form->statusMessage().contains(QStringLiteral("project-9")));
    }
    void lostReply_nothingFound_saysProbablyNotCreated()
    {
        m_nam->onRoute(QStringLiteral("/project/new"),
                       [](const QJsonObject &) { return FakeReply::remoteClosed(); });
        m_nam->onRoute(QStringLiteral("/system/findProjects"), [](const QJsonObject &) {
            return FakeReply::json({ { QStringLiteral("results"), QJsonArray() },
                                     { QStringLiteral("next"), QJsonValue::Null } });
        });
        NewProjectForm *form = makeForm();
        QVERIFY(form->submit());
        QTRY_COMPARE_WITH_TIMEOUT(form->state(), NewProjectForm::State::Unknown, 5000);
        QCOMPARE(m_nam->count(QStringLiteral("/project/new")), 1);
        QVERIFY(form->statusMessage().contains(QStringLiteral("probably not created")));
        QVERIFY(form->isValid()); // the user may submit again
    }
    void unclearReply_isNeverResent_andTheFormSaysWhatItFound_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("500") << 0;
        QTest::newRow("502 html") << 1;
        QTest::newRow("200 unreadable") << 2;
        QTest::newRow("200 truncated") << 3;
        QTest::newRow("503") << 4;
    }
    void unclearReply_isNeverResent_andTheFormSaysWhatItFound()
    {
        // A 500 was resent 6 times (7 projects); an unreadable 200 said "Unreadable reply" and
        // offered Create again with no hint that the project may exist.
        QFETCH(int, kind);
        m_nam->onRoute(QStringLiteral("/project/new"), [kind](const QJsonObject &) {
            switch (kind) {
            case 0:
                return FakeReply::apiError(500, QStringLiteral("InternalError"), {});
            case 1:
                return FakeReply::raw(502, "text/html", "<html>bad gateway</html>");
            case 2:
                return FakeReply::raw(200, "application/json", "{\"id\": \"proj");
            case 3:
                return FakeReply::truncated("{\"id\"");
            default:
                return FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"), {})
                    .withHeader("Retry-After", "0");
            }
        });
        m_nam->onRoute(QStringLiteral("/system/findProjects"), [](const QJsonObject &) {
            return FakeReply::json(
                { { QStringLiteral("results"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("id"), QStringLiteral("project-7") },
                                      { QStringLiteral("describe"),
                                        QJsonObject { { QStringLiteral("created"), 5 } } } } } },
                  { QStringLiteral("next"), QJsonValue::Null } });
        });
        NewProjectForm *form = makeForm();
        QSignalSpy created(form, &NewProjectForm::created);
        QVERIFY(form->submit());
        QVERIFY(created.wait(5000));
        QCOMPARE(m_nam->count(QStringLiteral("/project/new")), 1);
        QCOMPARE(m_nam->count(QStringLiteral("/system/findProjects")), 1);
        QCOMPARE(form->state(), NewProjectForm::State::Created);
        QVERIFY(form->foundBySearch());
        QVERIFY2(form->statusMessage().contains(QStringLiteral("project-7")),
                 qPrintable(form->statusMessage()));
        QVERIFY(!form->statusMessage().contains(QStringLiteral("Unreadable")));
    }

    void serverError_nothingFound_saysItWasProbablyNotCreated()
    {
        m_nam->onRoute(QStringLiteral("/project/new"), [](const QJsonObject &) {
            return FakeReply::apiError(500, QStringLiteral("InternalError"), {});
        });
        m_nam->onRoute(QStringLiteral("/system/findProjects"), [](const QJsonObject &) {
            return FakeReply::json({ { QStringLiteral("results"), QJsonArray() },
                                     { QStringLiteral("next"), QJsonValue::Null } });
        });
        NewProjectForm *form = makeForm();
        QVERIFY(form->submit());
        QTRY_COMPARE_WITH_TIMEOUT(form->state(), NewProjectForm::State::Unknown, 5000);
        QCOMPARE(m_nam->count(QStringLiteral("/project/new")), 1);
        QVERIFY2(form->statusMessage().contains(QStringLiteral("HTTP 500")),
                 qPrintable(form->statusMessage()));
        QVERIFY(form->statusMessage().contains(QStringLiteral("probably not created")));
    }
};

QTEST_GUILESS_MAIN(TestNewProjectForm)
#include "tst_newprojectform.moc"
