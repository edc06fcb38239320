#include "models/details/ExecutionCounts.h"
#include "tests/archive/ArchiveWorld.h"
#include "tests/support/FakeNetworkAccessManager.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace ArchiveWorld;

class TestExecutionCounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void load_sandbox_countsByState()
    {
        Fixture f;
        QVERIFY(f.start());
        ExecutionCounts counts(f.client.get());
        QSignalSpy changed(&counts, &ExecutionCounts::changed);
        counts.load(QLatin1String(BigId));
        QTRY_COMPARE_WITH_TIMEOUT(counts.status(), ExecutionCounts::Status::Loaded, 5000);
        QCOMPARE(counts.counts().value(QStringLiteral("done")), 2);
        QCOMPARE(counts.counts().value(QStringLiteral("running")), 1);
        QCOMPARE(counts.total(), 4);
        QCOMPARE(ExecutionCounts::orderedStates(counts.counts()),
                 (QStringList { QStringLiteral("running"), QStringLiteral("done"),
                                QStringLiteral("failed") }));
    }
    void load_routeMissing_unsupported()
    {
        FakeNetworkAccessManager nam; // answers every route with 404 ResourceNotFound
        ApiClient client(&nam, QUrl(QStringLiteral("http://fake")));
        ExecutionCounts counts(&client);
        counts.load(QLatin1String(BigId));
        QTRY_COMPARE_WITH_TIMEOUT(counts.status(), ExecutionCounts::Status::Unsupported, 5000);
    }
    void load_otherError_isErrorNotUnsupported()
    {
        Fixture f;
        QVERIFY(f.start(QStringLiteral("wrong-token")));
        ExecutionCounts counts(f.client.get());
        counts.load(QLatin1String(BigId));
        QTRY_COMPARE_WITH_TIMEOUT(counts.status(), ExecutionCounts::Status::Error, 5000);
    }
};

QTEST_GUILESS_MAIN(TestExecutionCounts)
#include "tst_executioncounts.moc"
