#include "ui/widgets/RequestPreview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
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
    void copyCommand_single_putsTheDxCommandOnClipboard()
    {
        RequestPreview p;
        QPushButton *button = p.findChild<QPushButton *>(QStringLiteral("copyCommandButton"));
        QVERIFY(button);
        QCOMPARE(button, p.copyCommandButton());
        p.setRequest(QStringLiteral("/project-xxxx/update"),
                     { { QStringLiteral("name"), QStringLiteral("New name") } });
        QSignalSpy spy(&p, &RequestPreview::commandCopied);
        p.setExpanded(true);
        p.show();
        // Shown under the JSON, so the user sees what they copy.
        QVERIFY(p.commandEdit()->isVisible());
        QVERIFY(p.commandEdit()->y() > p.textEdit()->y());
        QCOMPARE(p.commandText(),
                 QStringLiteral("dx update project project-xxxx --name 'New name'"));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("dx update project project-xxxx --name 'New name'"));
        QCOMPARE(spy.count(), 1);
        // The JSON copy is unchanged by the command.
        QVERIFY(p.text().startsWith(QStringLiteral("POST /project-xxxx/update")));
    }
    void copyCommand_classRoute_splitsSubjectAndMethod()
    {
        RequestPreview p;
        p.setRequest(QStringLiteral("/project/new"),
                     { { QStringLiteral("name"), QStringLiteral("x") },
                       { QStringLiteral("summary"), QStringLiteral("s") } });
        QCOMPARE(p.commandText(),
                 QStringLiteral("dx api project new '{\"name\":\"x\",\"summary\":\"s\"}'"));
    }
    void copyCommand_several_oneCommandPerLine()
    {
        RequestPreview p;
        p.setRequests({ { QStringLiteral("/project-a/addTags"),
                          { { QStringLiteral("tags"), QJsonArray { QStringLiteral("qc") } } } },
                        { QStringLiteral("/project-a/removeTags"),
                          { { QStringLiteral("tags"), QJsonArray { QStringLiteral("old") } } } },
                        { QStringLiteral("/project-a/leave"), {} } });
        p.setExpanded(true);
        p.show();
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(p.copyCommandButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("dx tag project-a qc\ndx untag project-a old\n"
                                "dx api project-a leave"));
    }
    void placeholder_disablesCopyCommandAndClearsIt()
    {
        RequestPreview p;
        QVERIFY(!p.copyCommandButton()->isEnabled()); // nothing to send yet
        p.setRequest(QStringLiteral("/project-a/leave"), {});
        QVERIFY(p.copyCommandButton()->isEnabled());
        p.setPlaceholder(QStringLiteral("Nothing to send"));
        QVERIFY(!p.copyCommandButton()->isEnabled());
        QCOMPARE(p.commandText(), QString());
        p.setRequests({});
        QVERIFY(!p.copyCommandButton()->isEnabled());
        // A route that is not "/subject/method" has no command, so neither has the list.
        p.setRequests(
            { { QStringLiteral("/project-a/leave"), {} }, { QStringLiteral("odd"), {} } });
        QVERIFY(!p.copyCommandButton()->isEnabled());
        QCOMPARE(p.commandText(), QString());
    }
    void copyCommand_mnemonic_copies()
    {
        RequestPreview p;
        QVERIFY(p.copyCommandButton()->text().contains(QLatin1Char('&')));
        p.setRequest(QStringLiteral("/project-a/leave"), {});
        p.setExpanded(true);
        p.show();
        p.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&p));
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(&p, Qt::Key_Y, Qt::AltModifier);
        // A mnemonic animates the click: it lands a moment later.
        QTRY_COMPARE(QGuiApplication::clipboard()->text(),
                     QStringLiteral("dx api project-a leave"));
    }
};

QTEST_MAIN(TestRequestPreview)
#include "tst_requestpreview.moc"
