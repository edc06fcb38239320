#include "app/sandbox/world/Generator.h"

#include "app/sandbox/world/Ids.h"
#include "app/sandbox/world/World.h"

#include <QRandomGenerator>

namespace sandbox {

namespace {

const char *const Adjectives[] = { "Arctic", "Coastal", "Deep", "Early", "Rapid",   "Rare",
                                   "Silent", "Urban",   "Wild", "Young", "Ancient", "Pilot" };
const char *const Nouns[] = { "exome",   "genome", "cohort", "panel",    "atlas",    "trial",
                              "biobank", "screen", "survey", "assembly", "variants", "methylome" };
const char *const Tags[] = { "wgs", "wes",    "rna-seq",      "pilot",   "production", "archive",
                             "qc",  "cancer", "rare-disease", "imaging", "shared",     "scratch" };
const char *const Folders[] = { "/", "/raw", "/raw/batch1", "/results", "/reference", "/qc" };
const char *const States[] = { "done", "done", "done", "failed", "running", "terminated" };

template<typename T, std::size_t N> const T &pick(const T (&array)[N], QRandomGenerator &random)
{
    return array[random.bounded(int(N))];
}

} // namespace

void Generator::addProjects(World &world, int count, QRandomGenerator &random, qint64 now)
{
    if (world.userOrder.isEmpty() || count <= 0)
        return;
    const QString admin = world.userOrder.first();
    QStringList billTos { admin };
    for (const QString &org : qAsConst(world.orgOrder)) {
        const OrgMember *member = world.membership(org, admin);
        if (member && (member->admin || member->allowBillableActivities))
            billTos.append(org);
    }
    const qint64 twoYears = 2LL * 365 * 24 * 3600 * 1000;
    for (int i = 0; i < count; ++i) {
        Project p;
        do {
            p.id = ids::make(QStringLiteral("project"), random);
        } while (world.project(p.id));
        p.name
            = QStringLiteral("%1 %2 %3")
                  .arg(QLatin1String(pick(Adjectives, random)), QLatin1String(pick(Nouns, random)))
                  .arg(i + 1, 6, 10, QLatin1Char('0'));
        const Account *billTo = world.account(billTos.at(random.bounded(int(billTos.size()))));
        if (!billTo || billTo->permittedRegions.isEmpty())
            continue;
        p.billTo = billTo->id;
        p.region
            = billTo->permittedRegions.at(random.bounded(int(billTo->permittedRegions.size())));
        p.createdBy = admin;
        p.created = now - qint64(random.generateDouble() * double(twoYears));
        p.modified = p.created + qint64(random.generateDouble() * double(now - p.created));
        p.members.insert(admin, Level::Administer);
        if (random.bounded(4) == 0 && world.userOrder.size() > 1)
            p.members.insert(
                world.userOrder.at(1 + random.bounded(int(world.userOrder.size()) - 1)),
                Level::Contribute);
        if (random.bounded(50) == 0)
            p.members.insert(QStringLiteral("PUBLIC"), Level::View);
        const int tagCount = random.bounded(4);
        for (int t = 0; t < tagCount; ++t) {
            const QString tag = QLatin1String(pick(Tags, random));
            if (!p.tags.contains(tag))
                p.tags.append(tag);
        }
        p.properties.insert(QStringLiteral("batch"), QString::number(i % 100));
        if (random.bounded(3) == 0)
            p.properties.insert(QStringLiteral("owner"), QLatin1String(pick(Nouns, random)));
        p.summary = QStringLiteral("Generated project %1").arg(i + 1);
        const int files = random.bounded(4);
        for (int f = 0; f < files; ++f) {
            FileCopy file;
            file.id = ids::make(QStringLiteral("file"), random);
            file.folder = QLatin1String(pick(Folders, random));
            file.name = QStringLiteral("sample_%1.dat").arg(f + 1);
            file.size = qint64(random.bounded(1 << 30)) * (1 + random.bounded(8));
            file.created = p.created;
            if (random.bounded(10) == 0)
                file.archivalState = QStringLiteral("archived");
            p.files.append(file);
        }
        if (random.bounded(3) == 0) {
            RootExecution execution;
            execution.id = ids::make(QStringLiteral("job"), random);
            execution.state = QLatin1String(pick(States, random));
            execution.created = p.created;
            p.rootExecutions.append(execution);
        }
        world.insertProject(std::move(p));
    }
}

} // namespace sandbox
