#include "models/browser/ProjectQuery.h"
#include "models/browser/ProjectRow.h"

#include <QJsonDocument>
#include <QTest>

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// The input without the describe part, which every query carries unchanged.
QJsonObject withoutDescribe(QJsonObject input)
{
    input.remove(QLatin1String("describe"));
    return input;
}
} // namespace

class TestProjectQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toFindProjectsInput_eachFilter_givesExactInput_data()
    {
        QTest::addColumn<ProjectQuery>("query");
        QTest::addColumn<QJsonObject>("expected");

        ProjectQuery q;
        QTest::newRow("defaults: VIEW only") << q << parse(R"({"level":"VIEW"})");

        q = {};
        q.minLevel = Level::None;
        QTest::newRow("level none: server default") << q << parse("{}");

        q = {};
        q.minLevel = Level::Administer;
        QTest::newRow("level administer") << q << parse(R"({"level":"ADMINISTER"})");

        q = {};
        q.name = QStringLiteral("Tumour (v2)");
        QTest::newRow("name contains: any case, metacharacters escaped")
            << q
            << QJsonObject { { QStringLiteral("level"), QStringLiteral("VIEW") },
                             { QStringLiteral("name"),
                               QJsonObject {
                                   { QStringLiteral("regexp"), QStringLiteral("Tumour \\(v2\\)") },
                                   { QStringLiteral("flags"), QStringLiteral("i") } } } };

        q = {};
        q.nameMode = ProjectQuery::NameMode::Exact;
        q.name = QStringLiteral("My project");
        QTest::newRow("name exact") << q << parse(R"({"level":"VIEW","name":"My project"})");

        q.nameMode = ProjectQuery::NameMode::Glob;
        q.name = QStringLiteral("rna*-?");
        QTest::newRow("name glob") << q << parse(R"({"level":"VIEW","name":{"glob":"rna*-?"}})");

        q.nameMode = ProjectQuery::NameMode::Regexp;
        q.name = QStringLiteral("^rna[0-9]+$");
        QTest::newRow("name regexp")
            << q << parse(R"({"level":"VIEW","name":{"regexp":"^rna[0-9]+$"}})");

        q = {};
        q.regions = QStringList { QStringLiteral("aws:eu-central-1") };
        QTest::newRow("one region is sent")
            << q << parse(R"({"level":"VIEW","region":"aws:eu-central-1"})");

        q.regions.append(QStringLiteral("azure:westus"));
        QTest::newRow("several regions are not sent") << q << parse(R"({"level":"VIEW"})");

        q = {};
        q.billTo = QStringLiteral("org-genomics");
        QTest::newRow("billTo") << q << parse(R"({"level":"VIEW","billTo":"org-genomics"})");

        q = {};
        q.tags = QStringList { QStringLiteral("rna"), QStringLiteral("2024") };
        QTest::newRow("tags all of")
            << q << parse(R"({"level":"VIEW","tags":{"$and":["rna","2024"]}})");

        q = {};
        q.properties = { PropertyFilter { QStringLiteral("owner"), std::nullopt },
                         PropertyFilter { QStringLiteral("stage"), QStringLiteral("final") } };
        QTest::newRow("properties key and key=value")
            << q << parse(R"({"level":"VIEW","properties":{"owner":true,"stage":"final"}})");

        q = {};
        q.containsPHI = true;
        QTest::newRow("PHI yes") << q << parse(R"({"level":"VIEW","containsPHI":true})");
        q.containsPHI = false;
        QTest::newRow("PHI no") << q << parse(R"({"level":"VIEW","containsPHI":false})");
        q.containsPHI.reset();
        q.externalUploadRestricted = true;
        QTest::newRow("uploads inside only")
            << q << parse(R"({"level":"VIEW","externalUploadRestricted":true})");
        q.externalUploadRestricted = false;
        QTest::newRow("uploads from outside too")
            << q << parse(R"({"level":"VIEW","externalUploadRestricted":false})");

        q = {};
        q.createdAfter = 1700000000000;
        QTest::newRow("created after")
            << q << parse(R"({"level":"VIEW","created":{"after":1700000000000}})");
        q.createdBefore = 1800000000000;
        QTest::newRow("created between")
            << q
            << parse(
                   R"({"level":"VIEW","created":{"after":1700000000000,"before":1800000000000}})");
        q.createdAfter.reset();
        QTest::newRow("created before")
            << q << parse(R"({"level":"VIEW","created":{"before":1800000000000}})");
    }
    void toFindProjectsInput_eachFilter_givesExactInput()
    {
        QFETCH(ProjectQuery, query);
        QFETCH(QJsonObject, expected);
        QCOMPARE(withoutDescribe(toFindProjectsInput(query)), expected);
    }

    void toFindProjectsInput_always_asksTheColumnsDescribeFields()
    {
        const QJsonObject fields = toFindProjectsInput(ProjectQuery())
                                       .value(QLatin1String("describe"))
                                       .toObject()
                                       .value(QLatin1String("fields"))
                                       .toObject();
        for (const char *field :
             { "name", "region", "billTo", "created", "modified", "dataUsage", "storageCost",
               "tags", "protected", "restricted", "downloadRestricted", "containsPHI",
               "pendingTransfer", "sponsoredUntil" }) {
            QVERIFY2(fields.value(QLatin1String(field)) == QJsonValue(true), field);
        }
        QCOMPARE(fields.size(), ProjectQuery::describeFields().size());
    }

    void toFindProjectsInput_neverCarriesPaging()
    {
        const QJsonObject input = toFindProjectsInput(ProjectQuery());
        QVERIFY(!input.contains(QLatin1String("limit")));
        QVERIFY(!input.contains(QLatin1String("starting")));
    }

    void parsePropertyFilter_valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("hasValue");
        QTest::addColumn<QString>("value");
        QTest::newRow("key") << "owner"
                             << "owner" << false << QString();
        QTest::newRow("key=value") << "stage=final"
                                   << "stage" << true << "final";
        QTest::newRow("trimmed") << "  stage = final  "
                                 << "stage" << true << "final";
        QTest::newRow("value with =") << "expr=a=b"
                                      << "expr" << true << "a=b";
        QTest::newRow("spaces inside") << "long key=two words"
                                       << "long key" << true << "two words";
    }
    void parsePropertyFilter_valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(bool, hasValue);
        QFETCH(QString, value);
        const PropertyFilterParse parsed = parsePropertyFilter(text);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QVERIFY(parsed.filter.has_value());
        QCOMPARE(parsed.filter->key, key);
        QCOMPARE(parsed.filter->value.has_value(), hasValue);
        if (hasValue)
            QCOMPARE(*parsed.filter->value, value);
    }

    void parsePropertyFilter_invalid_namesTheRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("empty") << ""
                               << "needs a key";
        QTest::newRow("blank") << "   "
                               << "needs a key";
        QTest::newRow("no key") << "=final"
                                << "key before '=' must not be empty";
        QTest::newRow("no value") << "stage="
                                  << "value after '=' is empty";
    }
    void parsePropertyFilter_invalid_namesTheRule()
    {
        QFETCH(QString, text);
        QFETCH(QString, errorPart);
        const PropertyFilterParse parsed = parsePropertyFilter(text);
        QVERIFY(!parsed.filter.has_value());
        QVERIFY2(parsed.error.contains(errorPart), qPrintable(parsed.error));
    }

    void validate_badQueries_explainWhy_data()
    {
        QTest::addColumn<ProjectQuery>("query");
        QTest::addColumn<QString>("errorPart");
        ProjectQuery q;
        q.nameMode = ProjectQuery::NameMode::Regexp;
        q.name = QStringLiteral("(unclosed");
        QTest::newRow("bad regexp") << q << "not a valid regular expression";
        q = {};
        q.nameMode = ProjectQuery::NameMode::Glob;
        QTest::newRow("empty glob") << q << "name pattern";
        q = {};
        q.properties = { PropertyFilter { QStringLiteral("a"), std::nullopt },
                         PropertyFilter { QStringLiteral("a"), QStringLiteral("x") } };
        QTest::newRow("same key twice") << q << "filtered twice";
        q = {};
        q.createdAfter = 2000;
        q.createdBefore = 1000;
        QTest::newRow("after later than before") << q << "must not be later";
        q = {};
        q.tags = QStringList { QStringLiteral(" ") };
        QTest::newRow("blank tag") << q << "tag filter must not be empty";
    }
    void validate_badQueries_explainWhy()
    {
        QFETCH(ProjectQuery, query);
        QFETCH(QString, errorPart);
        QVERIFY2(query.validate().contains(errorPart), qPrintable(query.validate()));
    }

    void validate_goodQuery_isEmpty()
    {
        ProjectQuery q;
        q.name = QStringLiteral("^a.*");
        q.nameMode = ProjectQuery::NameMode::Regexp;
        q.createdAfter = 1000;
        q.createdBefore = 1000;
        QCOMPARE(q.validate(), QString());
    }

    void acceptsRow_severalRegions_keepsOnlyThoseRegions()
    {
        ProjectQuery q;
        ProjectRow row;
        row.region = QStringLiteral("aws:us-east-1");
        QVERIFY(q.acceptsRow(row));
        q.regions = QStringList { QStringLiteral("azure:westus") };
        QVERIFY(q.acceptsRow(row)); // one region: the server filtered already
        q.regions.append(QStringLiteral("aws:eu-central-1"));
        QVERIFY(!q.acceptsRow(row));
        q.regions.append(QStringLiteral("aws:us-east-1"));
        QVERIFY(q.acceptsRow(row));
    }

    void json_roundTrip_keepsEveryField()
    {
        ProjectQuery q;
        q.name = QStringLiteral("rna*");
        q.nameMode = ProjectQuery::NameMode::Glob;
        q.minLevel = Level::Contribute;
        q.regions = QStringList { QStringLiteral("aws:us-east-1"), QStringLiteral("azure:westus") };
        q.billTo = QStringLiteral("org-x");
        q.tags = QStringList { QStringLiteral("t1") };
        q.properties = { PropertyFilter { QStringLiteral("k"), std::nullopt },
                         PropertyFilter { QStringLiteral("k2"), QStringLiteral("v") } };
        q.containsPHI = false;
        q.externalUploadRestricted = true;
        q.org = QStringLiteral("org-lab");
        q.createdAfter = 1;
        q.createdBefore = 1700000000123;
        QCOMPARE(ProjectQuery::fromJson(q.toJson()), q);
        ProjectQuery none;
        none.minLevel = Level::None;
        QCOMPARE(ProjectQuery::fromJson(none.toJson()), none);
    }

    void orgScope_searchesTheOrg_withoutTheFiltersItHasNot()
    {
        ProjectQuery q;
        QCOMPARE(q.searchSubject(), QStringLiteral("system"));
        q.org = QStringLiteral("org-lab");
        q.minLevel = Level::Administer;
        q.billTo = QStringLiteral("org-other");
        q.externalUploadRestricted = true;
        q.containsPHI = false;
        q.tags = QStringList { QStringLiteral("t") };
        QCOMPARE(q.searchSubject(), QStringLiteral("org-lab"));
        const QJsonObject input = toFindProjectsInput(q);
        QVERIFY(!input.contains(QStringLiteral("level")));
        QVERIFY(!input.contains(QStringLiteral("billTo")));
        QVERIFY(!input.contains(QStringLiteral("externalUploadRestricted")));
        QCOMPARE(input.value(QStringLiteral("containsPHI")), QJsonValue(false));
        QVERIFY(input.contains(QStringLiteral("tags")));
        QVERIFY(input.contains(QStringLiteral("describe")));
        QCOMPARE(ProjectQuery::fromJson(q.toJson()).org, QStringLiteral("org-lab"));
        QJsonObject bad = q.toJson();
        bad.insert(QStringLiteral("org"), QStringLiteral("user-x"));
        QVERIFY(ProjectQuery::fromJson(bad).org.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProjectQuery)
#include "tst_projectquery.moc"
