#include "models/signin/MemoryCredentialStore.h"

#include <QTest>
#include <optional>

namespace {
// Runs one asynchronous store operation to its answer.
template<typename Op> std::optional<CredentialResult> await(Op op)
{
    std::optional<CredentialResult> answer;
    QObject context;
    op(&context, [&answer](const CredentialResult &r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 2000))
        return std::nullopt;
    return answer;
}
} // namespace

class TestMemoryCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void write_thenRead_returnsTheSecret()
    {
        MemoryCredentialStore store;
        auto written = await([&](QObject *c, auto done) {
            store.write(QStringLiteral("p1"), QStringLiteral("s3cret"), c, done);
        });
        QVERIFY(written && written->ok());
        auto read
            = await([&](QObject *c, auto done) { store.read(QStringLiteral("p1"), c, done); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->secret, QStringLiteral("s3cret"));
    }

    void read_unknownKey_isNotFound()
    {
        MemoryCredentialStore store;
        auto read
            = await([&](QObject *c, auto done) { store.read(QStringLiteral("nope"), c, done); });
        QVERIFY(read);
        QCOMPARE(read->status, CredentialResult::Status::NotFound);
        QVERIFY(read->secret.isEmpty());
    }

    void remove_thenRead_isNotFound()
    {
        MemoryCredentialStore store;
        await([&](QObject *c, auto done) {
            store.write(QStringLiteral("p1"), QStringLiteral("x"), c, done);
        });
        auto removed
            = await([&](QObject *c, auto done) { store.remove(QStringLiteral("p1"), c, done); });
        QVERIFY(removed && removed->ok());
        QVERIFY(!store.contains(QStringLiteral("p1")));
        auto read
            = await([&](QObject *c, auto done) { store.read(QStringLiteral("p1"), c, done); });
        QCOMPARE(read->status, CredentialResult::Status::NotFound);
    }

    void answer_isNeverSynchronous()
    {
        MemoryCredentialStore store;
        bool called = false;
        store.read(QStringLiteral("p1"), this,
                   [&called](const CredentialResult &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void contextDestroyed_callbackIsNotCalled()
    {
        MemoryCredentialStore store;
        bool called = false;
        auto *context = new QObject;
        store.read(QStringLiteral("p1"), context,
                   [&called](const CredentialResult &) { called = true; });
        delete context;
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void simulatedNoBackend_writeFailsWithTheSentenceAndStoresNothing()
    {
        MemoryCredentialStore store;
        store.simulateFailure(CredentialResult::Status::NoBackend);
        auto written = await([&](QObject *c, auto done) {
            store.write(QStringLiteral("p1"), QStringLiteral("x"), c, done);
        });
        QVERIFY(written);
        QCOMPARE(written->status, CredentialResult::Status::NoBackend);
        QVERIFY(written->message.contains(QLatin1String("No keychain is available")));
        QVERIFY(written->message.contains(QLatin1String("plain text")));
        QCOMPARE(store.count(), 0);
    }

    void simulatedAccessDenied_readFails()
    {
        MemoryCredentialStore store;
        await([&](QObject *c, auto done) {
            store.write(QStringLiteral("p1"), QStringLiteral("x"), c, done);
        });
        store.simulateFailure(CredentialResult::Status::AccessDenied);
        auto read
            = await([&](QObject *c, auto done) { store.read(QStringLiteral("p1"), c, done); });
        QCOMPARE(read->status, CredentialResult::Status::AccessDenied);
        QVERIFY(read->secret.isEmpty());
        QVERIFY(!read->message.isEmpty());
        store.simulateFailure(CredentialResult::Status::Ok);
        read = await([&](QObject *c, auto done) { store.read(QStringLiteral("p1"), c, done); });
        QVERIFY(read->ok());
    }
};

QTEST_GUILESS_MAIN(TestMemoryCredentialStore)
#include "tst_memorycredentialstore.moc"
