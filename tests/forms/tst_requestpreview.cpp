#include "RequestPreview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

class TestRequestPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void new_isCollapsedWithObjectNames()
    {
        RequestPreview p;
        QCOMPARE(p.objectName(), QStringLiteral("requestPreview"));
        QVERIFY(p.findChild<QToolButton *>(QStringLiteral("requestPreviewToggle")));
        QVERIFY(p.findChild<QPlainTextEdit *>(QStringLiteral("requestPreviewText")));
        QVERIFY(p.findChild<QPushButton *>(QStringLiteral("requestPreviewCopy")));
        p.show();
        QVERIFY(!p.isExpanded());
        QVERIFY(!p.textEdit()->isVisible());
    }
    void toggle_click_showsText()
    {
        RequestPreview p;
        p.show();
        QTest::mouseClick(p.toggleButton(), Qt::LeftButton);
        QVERIFY(p.isExpanded());
        QVERIFY(p.textEdit()->isVisible());
        QCOMPARE(p.toggleButton()->text(), QStringLiteral("Hide request"));
    }
    void setRequest_showsMethodRouteAndIndentedBody()
    {
        RequestPreview p;
        p.setRequest(
            QStringLiteral("/project-xxxx/update"),
            { { QStringLiteral("name"), QStringLiteral("A") }, { QStringLiteral("version"), 3 } });
        const QString t = p.text();
        QVERIFY(t.startsWith(QStringLiteral("POST /project-xxxx/update\n{\n")));
        QVERIFY(t.contains(QStringLiteral("    \"name\": \"A\"")));
        QVERIFY(t.contains(QStringLiteral("\"version\": 3")));
        QVERIFY(t.endsWith(QLatin1Char('}')));
        QVERIFY(p.textEdit()->isReadOnly());
    }
    void setRequests_several_showsEachInOrder()
    {
        RequestPreview p;
        p.setRequests({ { QStringLiteral("/project-a/addTags"), {} },
                        { QStringLiteral("/project-a/removeTags"), {} } });
        const QString t = p.text();
        QVERIFY(t.indexOf(QStringLiteral("addTags")) < t.indexOf(QStringLiteral("removeTags")));
    }
    void placeholder_disablesCopy()
    {
        RequestPreview p;
        p.setPlaceholder(QStringLiteral("Nothing to send"));
        QCOMPARE(p.text(), QStringLiteral("Nothing to send"));
        QVERIFY(!p.copyButton()->isEnabled());
    }
    void copy_putsTextOnClipboard()
    {
        RequestPreview p;
        p.setRequest(QStringLiteral("/project/new"),
                     { { QStringLiteral("name"), QStringLiteral("x") } });
        QSignalSpy spy(&p, &RequestPreview::copied);
        p.setExpanded(true);
        p.show();
        QTest::mouseClick(p.copyButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toString(), p.text());
        QCOMPARE(QGuiApplication::clipboard()->text(), p.text());
    }
};

QTEST_MAIN(TestRequestPreview)
#include "tst_requestpreview.moc"
