// Cancel (the dialog goes away) while its call is in flight or waiting to be resent: the
// call reports to no one, so nothing reaches the dialog's widgets while they are deleted.
// Before, ~NewProjectForm -> ApiCall::abort -> onFailed -> NewProjectDialog::refresh ->
// QLabel::setText on a deleted label crashed; EditProjectForm and TagsPropertiesForm too.
#include "api/ApiClient.h"
#include "models/projects/EditProjectForm.h"
#include "models/projects/NewProjectForm.h"
#include "models/projects/TagsPropertiesForm.h"
#include "tests/support/FakeNetworkAccessManager.h"
#include "tests/support/WidgetLookup.h"
#include "ui/projects/EditProjectDialog.h"
#include "ui/projects/NewProjectDialog.h"
#include "ui/projects/TagsPropertiesDialog.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

Q_DECLARE_METATYPE(FakeReply)

namespace {
const QString projectId = QStringLiteral("project-B0123456789BFGJKPQVXYZbf");

QJsonObject describe()
{
    return { { QStringLiteral("id"), projectId },
             { QStringLiteral("class"), QStringLiteral("project") },
             { QStringLiteral("name"), QStringLiteral("P") },
             { QStringLiteral("summary"), QString() },
             { QStringLiteral("description"), QString() },
             { QStringLiteral("version"), 3 },
             { QStringLiteral("region"), QStringLiteral("aws:us-east-1") },
             { QStringLiteral("billTo"), QStringLiteral("user-alice") },
             { QStringLiteral("level"), QStringLiteral("ADMINISTER") },
             { QStringLiteral("tags"), QJsonArray() },
             { QStringLiteral("properties"), QJsonObject() } };
}
} // namespace

class TestCancelPending : public QObject
{
    Q_OBJECT

    FakeNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_client = nullptr;

    // Clicks Cancel and deletes the dialog, as its opener does; then waits past any retry.
    static void cancelAndDelete(QDialog *dialog)
    {
        QPointer<QDialog> guard(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        delete dialog;
        QVERIFY(guard.isNull());
        QTest::qWait(50);
    }

private Q_SLOTS:
    void init()
    {
        m_nam = new FakeNetworkAccessManager(this);
        m_client = new ApiClient(m_nam, QUrl(QStringLiteral("http://api.test")), this);
        m_client->setToken(QStringLiteral("t"));
    }
    void cleanup()
    {
        delete m_client;
        delete m_nam;
    }

    void answers_data()
    {
        QTest::addColumn<FakeReply>("reply");
        QTest::newRow("pending") << FakeReply::hang();
        // 429 is waited out on every route, 503 on those that are safe to resend.
        QTest::newRow("retrying 429")
            << FakeReply::apiError(429, QStringLiteral("RateLimitConditional"), {})
                   .withHeader("Retry-After", "30");
        QTest::newRow("retrying 503")
            << FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"), {})
                   .withHeader("Retry-After", "30");
    }

    void newProject_cancelWhileTheCallIsPendingOrRetrying_data() { answers_data(); }
    void newProject_cancelWhileTheCallIsPendingOrRetrying()
    {
        QFETCH(FakeReply, reply);
        m_nam->setHandler([reply](const QNetworkRequest &, const QByteArray &) { return reply; });
        auto *dialog = new NewProjectDialog(m_client, {}, RegionCatalog());
        dialog->show();
        QTest::keyClicks(child<QLineEdit>(dialog, "name"), QStringLiteral("P1"));
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QTRY_COMPARE(m_nam->count(QStringLiteral("/project/new")), 1);
        QTest::qWait(20); // the reply, if any, has come: a 429 waits for its retry
        QVERIFY(dialog->findChild<NewProjectForm *>()->isBusy());
        cancelAndDelete(dialog);
    }

    void editProject_cancelWhileTheCallIsPendingOrRetrying_data() { answers_data(); }
    void editProject_cancelWhileTheCallIsPendingOrRetrying()
    {
        QFETCH(FakeReply, reply);
        m_nam->setHandler([reply](const QNetworkRequest &, const QByteArray &) { return reply; });
        auto *dialog = new EditProjectDialog(m_client, describe(), {}, RegionCatalog());
        dialog->show();
        dialog->form()->setValue(QStringLiteral("summary"), QStringLiteral("new summary"));
        QVERIFY(dialog->form()->submit());
        QTRY_COMPARE(m_nam->requests().size(), 1);
        QTest::qWait(20);
        QVERIFY(dialog->form()->isBusy());
        cancelAndDelete(dialog);
    }

    void tagsProperties_cancelWhileTheCallIsPendingOrRetrying_data() { answers_data(); }
    void tagsProperties_cancelWhileTheCallIsPendingOrRetrying()
    {
        QFETCH(FakeReply, reply);
        m_nam->setHandler([reply](const QNetworkRequest &, const QByteArray &) { return reply; });
        auto *dialog = new TagsPropertiesDialog(m_client, describe());
        dialog->show();
        QVERIFY(dialog->form()->addTag(QStringLiteral("t1")).isEmpty());
        QVERIFY(dialog->form()->apply());
        QTRY_COMPARE(m_nam->requests().size(), 1);
        QTest::qWait(20);
        QVERIFY(dialog->form()->isBusy());
        cancelAndDelete(dialog);
    }
};

QTEST_MAIN(TestCancelPending)
#include "tst_cancelpending.moc"
