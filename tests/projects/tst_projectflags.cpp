// ProjectFlags: the one table of project flags, and the places that read it.
#include "models/browser/ProjectColumns.h"
#include "models/common/CommandLine.h"
#include "models/projects/NewProjectForm.h"
#include "models/projects/ProjectFields.h"
#include "models/projects/ProjectFlags.h"

#include <QJsonObject>
#include <QSet>
#include <QTest>

class TestProjectFlags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_hasEachFlagOnce_withALabelAndAnExplanation()
    {
        QCOMPARE(ProjectFlags::keys(),
                 QStringList({ "protected", "restricted", "downloadRestricted",
                               "previewViewerRestricted", "externalUploadRestricted",
                               "databaseUIViewOnly", "containsPHI" }));
        QSet<QString> labels;
        for (const ProjectFlag &flag : ProjectFlags::all()) {
            QVERIFY2(!flag.label.isEmpty() && !flag.toolTip.isEmpty(), qPrintable(flag.key));
            QVERIFY2(!flag.whenOn.isEmpty() && !flag.whenOff.isEmpty(), qPrintable(flag.key));
            QCOMPARE(flag.levelToChange, Level::Administer);
            labels.insert(flag.label);
        }
        QCOMPARE(labels.size(), ProjectFlags::all().size());
        QCOMPARE(ProjectFlags::label(QStringLiteral("databaseUIViewOnly")),
                 QStringLiteral("Database UI view only"));
        QCOMPARE(ProjectFlags::label(QStringLiteral("name")), QStringLiteral("name"));
        QVERIFY(!ProjectFlags::find(QStringLiteral("name")));
    }

    void onlyContainsPHI_isOneWay()
    {
        for (const ProjectFlag &flag : ProjectFlags::all())
            QCOMPARE(flag.oneWay, flag.key == QLatin1String("containsPHI"));
    }

    void columns_useTheTablesLabelsAndTooltips()
    {
        for (const int column :
             { ProjectColumns::Protected, ProjectColumns::Restricted,
               ProjectColumns::DownloadRestricted, ProjectColumns::ContainsPHI }) {
            const ProjectFlag *flag = ProjectFlags::find(ProjectColumns::key(column));
            QVERIFY(flag);
            QCOMPARE(ProjectColumns::title(column), flag->label);
            QCOMPARE(ProjectColumns::toolTip(column), flag->toolTip);
        }
    }

    void forms_listEveryFlag()
    {
        QCOMPARE(NewProjectForm::flagNames(), ProjectFlags::keys());
        for (const QString &key : ProjectFlags::keys()) {
            QVERIFY(NewProjectForm::fieldNames().contains(key));
            QVERIFY(ProjectFields::updateFieldNames().contains(key));
        }
    }

    void commands_useTheTablesDxOptions()
    {
        const QJsonObject create { { QStringLiteral("name"), QStringLiteral("p") },
                                   { QStringLiteral("containsPHI"), true },
                                   { QStringLiteral("databaseUIViewOnly"), true } };
        QCOMPARE(CommandLine::forCall(QStringLiteral("project"), QStringLiteral("new"), create),
                 QStringLiteral("dx new project p --database-ui-view-only --phi"));
        const QJsonObject update { { QStringLiteral("downloadRestricted"), true },
                                   { QStringLiteral("protected"), false } };
        QCOMPARE(CommandLine::forCall(QStringLiteral("project-B0123456789BFGJKPQVXYZbf"),
                                      QStringLiteral("update"), update),
                 QStringLiteral("dx update project project-B0123456789BFGJKPQVXYZbf "
                                "--download-restricted true --protected false"));
    }
};

QTEST_GUILESS_MAIN(TestProjectFlags)
#include "tst_projectflags.moc"
