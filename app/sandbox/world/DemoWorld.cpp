#include "app/sandbox/world/DemoWorld.h"

#include "app/sandbox/world/Ids.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace sandbox {

namespace {

QJsonObject region(const char *id, bool phi, double storage, const QJsonObject &unarchive)
{
    return QJsonObject { { QStringLiteral("id"), QLatin1String(id) },
                         { QStringLiteral("phi"), phi },
                         { QStringLiteral("storagePricePerGB"), storage },
                         { QStringLiteral("archivedPricePerGB"), storage / 6.0 },
                         { QStringLiteral("unarchivePricePerGB"), unarchive } };
}

QJsonArray strings(std::initializer_list<const char *> list)
{
    QJsonArray array;
    for (const char *s : list)
        array.append(QLatin1String(s));
    return array;
}

QJsonObject member(const char *user, const char *level, bool billable)
{
    return QJsonObject { { QStringLiteral("user"), QLatin1String(user) },
                         { QStringLiteral("level"), QLatin1String(level) },
                         { QStringLiteral("allowBillableActivities"), billable } };
}

QJsonObject file(const QString &id, const char *folder, const char *name, qint64 size,
                 const char *state = "live")
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("folder"), QLatin1String(folder) },
                         { QStringLiteral("name"), QLatin1String(name) },
                         { QStringLiteral("size"), double(size) },
                         { QStringLiteral("archivalState"), QLatin1String(state) } };
}

QJsonArray executions(std::initializer_list<const char *> states)
{
    QJsonArray array;
    for (const char *state : states)
        array.append(QJsonObject { { QStringLiteral("state"), QLatin1String(state) } });
    return array;
}

constexpr qint64 GB = 1024LL * 1024 * 1024;
constexpr qint64 MB = 1024LL * 1024;

} // namespace

QJsonObject DemoWorld::json()
{
    QRandomGenerator random(20240601); // deterministic IDs
    auto fileId = [&random] { return ids::make(QStringLiteral("file"), random); };
    const QJsonObject aws { { QStringLiteral("Expedited"), 30.0 },
                            { QStringLiteral("Standard"), 10.0 },
                            { QStringLiteral("Bulk"), 2.5 } };
    const QJsonObject azure { { QStringLiteral("Standard"), 20.0 },
                              { QStringLiteral("Expedited"), 100.0 } };
    const QJsonArray regions { region("aws:us-east-1", true, 0.023, aws),
                               region("aws:eu-central-1", true, 0.0245, aws),
                               region("aws:ap-southeast-2", false, 0.025, aws),
                               region("aws:eu-west-2", true, 0.024, aws),
                               region("aws:eu-west-2-g", false, 0.024, aws),
                               region("azure:westus", true, 0.0208, azure),
                               region("azure:westeurope", false, 0.0212, azure),
                               region("azure:uksouth-ofh", true, 0.0226, azure) };
    const QJsonArray allRegions
        = strings({ "aws:us-east-1", "aws:eu-central-1", "aws:ap-southeast-2", "aws:eu-west-2",
                    "aws:eu-west-2-g", "azure:westus", "azure:westeurope", "azure:uksouth-ofh" });
    auto user = [](const char *handle, const char *first, const char *last) {
        return QJsonObject { { QStringLiteral("id"),
                               QString(QStringLiteral("user-") + QLatin1String(handle)) },
                             { QStringLiteral("token"),
                               QString(QStringLiteral("sandbox-token-") + QLatin1String(handle)) },
                             { QStringLiteral("first"), QLatin1String(first) },
                             { QStringLiteral("last"), QLatin1String(last) } };
    };
    QJsonObject alice = user("alice", "Alice", "Admin");
    alice.insert(QStringLiteral("permittedRegions"), allRegions);
    alice.insert(QStringLiteral("defaultRegion"), QStringLiteral("aws:us-east-1"));
    alice.insert(QStringLiteral("seesPricing"), true);
    alice.insert(QStringLiteral("archiveLicense"), true);
    alice.insert(QStringLiteral("sponsorshipFeatures"), true);
    QJsonObject bob = user("bob", "Bob", "Builder");
    bob.insert(QStringLiteral("permittedRegions"),
               strings({ "aws:us-east-1", "aws:eu-central-1" }));
    bob.insert(QStringLiteral("defaultRegion"), QStringLiteral("aws:eu-central-1"));
    bob.insert(QStringLiteral("seesPricing"), false);
    QJsonObject carol = user("carol", "Carol", "Clinic");
    carol.insert(QStringLiteral("permittedRegions"),
                 strings({ "azure:westus", "azure:westeurope" }));
    carol.insert(QStringLiteral("defaultRegion"), QStringLiteral("azure:westeurope"));
    carol.insert(QStringLiteral("atSpendingLimit"), true);
    QJsonObject dave = user("dave", "Dave", "Data");
    dave.insert(QStringLiteral("permittedRegions"), strings({ "aws:ap-southeast-2" }));
    dave.insert(QStringLiteral("defaultRegion"), QStringLiteral("aws:ap-southeast-2"));
    dave.insert(QStringLiteral("billTo"), QStringLiteral("org-genomics"));

    auto org = [](const char *handle, const char *name, const QJsonArray &regions,
                  const char *defaultRegion, const QJsonArray &members) {
        return QJsonObject { { QStringLiteral("id"),
                               QString(QStringLiteral("org-") + QLatin1String(handle)) },
                             { QStringLiteral("name"), QLatin1String(name) },
                             { QStringLiteral("permittedRegions"), regions },
                             { QStringLiteral("defaultRegion"), QLatin1String(defaultRegion) },
                             { QStringLiteral("archiveLicense"), true },
                             { QStringLiteral("members"), members } };
    };
    QJsonObject genomics = org(
        "genomics", "Genomics Core",
        strings({ "aws:us-east-1", "aws:eu-central-1", "aws:eu-west-2", "aws:ap-southeast-2" }),
        "aws:us-east-1",
        QJsonArray { member("user-alice", "ADMIN", true), member("user-bob", "MEMBER", true),
                     member("user-dave", "MEMBER", true) });
    genomics.insert(QStringLiteral("sponsorshipFeatures"), true);
    QJsonObject clinical = org(
        "clinical", "Clinical Research",
        strings({ "aws:us-east-1", "azure:westus", "azure:uksouth-ofh", "aws:eu-west-2" }),
        "azure:westus",
        QJsonArray { member("user-alice", "ADMIN", true), member("user-carol", "MEMBER", false) });
    clinical.insert(QStringLiteral("phiFeatures"), true);
    QJsonObject eurolab = org(
        "eurolab", "Euro Lab",
        strings({ "aws:eu-west-2-g", "azure:westeurope", "aws:eu-central-1" }), "azure:westeurope",
        QJsonArray { member("user-alice", "ADMIN", true), member("user-bob", "ADMIN", true) });
    eurolab.insert(QStringLiteral("atSpendingLimit"), true);
    QJsonObject partners = org(
        "partners", "Partner Network", strings({ "aws:us-east-1" }), "aws:us-east-1",
        QJsonArray { member("user-alice", "MEMBER", false), member("user-bob", "ADMIN", true) });
    partners.insert(QStringLiteral("archiveLicense"), false);

    const QString sharedBam = fileId();
    const QString sharedRef = fileId();
    const QString sharedVcf = fileId();
    auto project = [&random](const char *name, const char *billTo, const char *region,
                             const char *createdBy, const QJsonObject &members) {
        return QJsonObject { { QStringLiteral("id"), ids::make(QStringLiteral("project"), random) },
                             { QStringLiteral("name"), QLatin1String(name) },
                             { QStringLiteral("billTo"), QLatin1String(billTo) },
                             { QStringLiteral("region"), QLatin1String(region) },
                             { QStringLiteral("createdBy"), QLatin1String(createdBy) },
                             { QStringLiteral("members"), members } };
    };
    auto set = [](QJsonObject o, const char *key, const QJsonValue &value) {
        o.insert(QLatin1String(key), value);
        return o;
    };
    QJsonArray projects;
    QJsonObject p = project("Tumour WGS cohort", "org-genomics", "aws:us-east-1", "user-alice",
                            { { "user-alice", "ADMINISTER" },
                              { "user-bob", "CONTRIBUTE" },
                              { "org-genomics", "VIEW" } });
    p = set(p, "summary", QStringLiteral("Whole-genome sequencing of 120 tumour/normal pairs"));
    p = set(p, "tags", strings({ "wgs", "cancer", "production" }));
    p = set(p, "properties",
            QJsonObject { { QStringLiteral("pi"), QStringLiteral("Dr. Ada") },
                          { QStringLiteral("cohort"), QStringLiteral("C-2024") } });
    p = set(p, "files",
            QJsonArray { file(sharedBam, "/reads", "tumour_01.bam", 42 * GB),
                         file(sharedRef, "/reference", "GRCh38.fa", 3 * GB),
                         file(fileId(), "/reads/old", "tumour_00.bam", 38 * GB, "archived"),
                         file(fileId(), "/results", "summary.tsv", 2 * MB) });
    p = set(p, "rootExecutions", executions({ "done", "done", "running", "failed", "idle" }));
    projects.append(p);
    p = project("Tumour WGS mirror", "org-genomics", "aws:us-east-1", "user-bob",
                { { "user-bob", "ADMINISTER" }, { "user-alice", "ADMINISTER" } });
    p = set(p, "tags", strings({ "wgs", "mirror" }));
    p = set(p, "files",
            QJsonArray { file(sharedBam, "/", "tumour_01.bam", 42 * GB),
                         file(sharedRef, "/", "GRCh38.fa", 3 * GB, "archival") });
    projects.append(p);
    p = project("Reference panels", "user-alice", "aws:us-east-1", "user-alice",
                { { "user-alice", "ADMINISTER" }, { "PUBLIC", "VIEW" } });
    p = set(p, "tags", strings({ "reference", "public" }));
    p = set(p, "sponsoredUntil", 4102444800000.0); // 2100-01-01
    p = set(p, "totalSponsoredEgressBytes", double(500 * GB));
    p = set(p, "consumedSponsoredEgressBytes", double(12 * GB));
    p = set(p, "files",
            QJsonArray { file(sharedVcf, "/panels", "1kg_phase3.vcf.gz", 15 * GB),
                         file(fileId(), "/panels", "hapmap.vcf.gz", 4 * GB) });
    projects.append(p);
    p = project("Frankfurt RNA-seq", "org-genomics", "aws:eu-central-1", "user-bob",
                { { "user-bob", "ADMINISTER" }, { "user-alice", "CONTRIBUTE" } });
    p = set(p, "tags", strings({ "rna-seq" }));
    p = set(p, "properties", QJsonObject { { QStringLiteral("assay"), QStringLiteral("RNA") } });
    p = set(p, "files",
            QJsonArray { file(fileId(), "/fastq", "s1_R1.fastq.gz", 6 * GB),
                         file(fileId(), "/fastq", "s1_R2.fastq.gz", 6 * GB, "archived"),
                         file(fileId(), "/fastq/lane2", "s2_R1.fastq.gz", 5 * GB, "archived") });
    p = set(p, "rootExecutions", executions({ "done", "terminated", "waiting_on_input" }));
    projects.append(p);
    p = project("Sydney microbiome", "org-genomics", "aws:ap-southeast-2", "user-dave",
                { { "user-dave", "ADMINISTER" }, { "user-alice", "ADMINISTER" } });
    p = set(p, "tags", strings({ "microbiome", "16s" }));
    p = set(p, "files", QJsonArray { file(fileId(), "/", "otu_table.biom", 80 * MB) });
    p = set(p, "rootExecutions", executions({ "done" }));
    projects.append(p);
    p = project("UKB imaging", "org-clinical", "aws:eu-west-2", "user-alice",
                { { "user-alice", "ADMINISTER" }, { "user-carol", "UPLOAD" } });
    p = set(p, "containsPHI", true);
    p = set(p, "downloadRestricted", true);
    p = set(p, "previewViewerRestricted", false); // previews allowed again on their own
    p = set(p, "externalUploadRestricted", true);
    p = set(p, "databaseResultsRestricted", 20);
    p = set(p, "tags", strings({ "phi", "imaging" }));
    p = set(p, "files",
            QJsonArray { file(fileId(), "/dicom", "batch1.tar", 120 * GB, "archived"),
                         file(fileId(), "/dicom", "batch2.tar", 95 * GB) });
    projects.append(p);
    p = project("London genomes", "user-alice", "aws:eu-west-2-g", "user-alice",
                { { "user-alice", "ADMINISTER" }, { "org-eurolab", "VIEW" } });
    p = set(p, "tags", strings({ "wgs" }));
    p = set(p, "files", QJsonArray { file(fileId(), "/", "cohort.vcf.gz", 9 * GB) });
    projects.append(p);
    p = project("Clinical trial CT-7", "org-clinical", "azure:westus", "user-alice",
                { { "user-alice", "ADMINISTER" }, { "org-clinical", "CONTRIBUTE" } });
    p = set(p, "containsPHI", true);
    p = set(p, "protected", true);
    p = set(p, "tags", strings({ "phi", "trial" }));
    p = set(p, "properties", QJsonObject { { QStringLiteral("trial"), QStringLiteral("CT-7") } });
    p = set(p, "files",
            QJsonArray { file(fileId(), "/raw", "visit1.csv", 12 * MB),
                         file(fileId(), "/raw", "visit2.csv", 14 * MB, "archived") });
    p = set(p, "rootExecutions", executions({ "running", "runnable", "done" }));
    projects.append(p);
    p = project("Carol's sandbox", "user-carol", "azure:westeurope", "user-carol",
                { { "user-carol", "ADMINISTER" }, { "user-alice", "VIEW" } });
    p = set(p, "tags", strings({ "scratch" }));
    p = set(p, "files", QJsonArray { file(fileId(), "/", "notes.txt", 4096) });
    projects.append(p);
    p = project("OFH pilot", "org-clinical", "azure:uksouth-ofh", "user-alice",
                { { "user-alice", "ADMINISTER" } });
    p = set(p, "tags", strings({ "pilot" }));
    p = set(p, "allowedExecutables", strings({ "app-Bjq4Q8Z0Gz3kXp1vJ9b2yF5Q" }));
    p = set(p, "files", QJsonArray { file(fileId(), "/", "cohort_def.json", 20 * 1024) });
    projects.append(p);
    p = project("Euro Lab shared", "org-eurolab", "azure:westeurope", "user-bob",
                { { "user-bob", "ADMINISTER" }, { "org-eurolab", "CONTRIBUTE" } });
    p = set(p, "tags", strings({ "shared" }));
    p = set(p, "files", QJsonArray { file(sharedVcf, "/", "1kg_phase3.vcf.gz", 15 * GB) });
    projects.append(p);
    p = project("Bob's scratch", "user-bob", "aws:eu-central-1", "user-bob",
                { { "user-bob", "ADMINISTER" } });
    projects.append(p);
    // Billed to org-genomics, which Alice administers, without her as a member: her own list
    // does not show it, the org's project list does.
    p = project("Genomics QC runs", "org-genomics", "aws:eu-central-1", "user-bob",
                { { "user-bob", "ADMINISTER" }, { "user-dave", "VIEW" } });
    p = set(p, "tags", strings({ "qc" }));
    p = set(p, "files", QJsonArray { file(fileId(), "/", "qc_summary.html", 3 * MB) });
    projects.append(p);
    p = project("Partner exchange", "org-partners", "aws:us-east-1", "user-bob",
                { { "user-bob", "ADMINISTER" }, { "org-partners", "UPLOAD" } });
    p = set(p, "tags", strings({ "exchange" }));
    projects.append(p);

    return QJsonObject { { QStringLiteral("regions"), regions },
                         { QStringLiteral("users"), QJsonArray { alice, bob, carol, dave } },
                         { QStringLiteral("orgs"),
                           QJsonArray { genomics, clinical, eurolab, partners } },
                         { QStringLiteral("projects"), projects } };
}

} // namespace sandbox
