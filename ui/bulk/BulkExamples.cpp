#include "ui/bulk/BulkExamples.h"

#include "models/bulk/BulkRunner.h"

#include <algorithm>

namespace BulkExamples {

QList<BulkTarget> targets()
{
    struct Row
    {
        const char *id;
        const char *name;
        const char *region;
        const char *billTo;
        Level level;
    };
    static const Row rows[] = {
        { "project-GZ1bKJ0Q9pY6vVqkX4Fj2b0B", "Arctic exome 000101", "aws:us-east-1",
          "org-genomics", Level::Administer },
        { "project-GZ1bKJ0Q9pY6vVqkX4Fj2b1F", "Coastal genome 000102", "aws:eu-central-1",
          "org-genomics", Level::Administer },
        { "project-GZ1bKJ0Q9pY6vVqkX4Fj2b2G", "Deep cohort 000103", "azure:westus", "org-clinical",
          Level::Contribute },
        { "project-GZ1bKJ0Q9pY6vVqkX4Fj2b3J", "Early panel 000104", "aws:us-east-1", "user-alice",
          Level::View },
        { "project-GZ1bKJ0Q9pY6vVqkX4Fj2b4K", "Rapid atlas 000105", "aws:eu-west-2", "org-genomics",
          Level::Administer },
        { "project-GZ1bKJ0Q9pY6vVqkX4Fj2b5P", "Rare trial 000106", "aws:ap-southeast-2",
          "org-genomics", Level::Contribute },
        { "project-GZ1bKJ0Q9pY6vVqkX4Fj2b6Q", "Silent biobank 000107", "azure:westeurope",
          "org-eurolab", Level::Administer },
        { "project-GZ1bKJ0Q9pY6vVqkX4Fj2b7V", "Urban screen 000108", "aws:us-east-1",
          "org-clinical", Level::Administer },
        { "project-GZ1bKJ0Q9pY6vVqkX4Fj2b8X", "Wild survey 000109", "aws:eu-central-1",
          "user-alice", Level::View },
        { "project-GZ1bKJ0Q9pY6vVqkX4Fj2b9Y", "Young assembly 000110", "aws:us-east-1",
          "org-genomics", Level::Administer },
        { "project-GZ1bKJ0Q9pY6vVqkX4Fj2bBZ", "Ancient variants 000111", "azure:uksouth-ofh",
          "org-clinical", Level::Contribute },
        { "project-GZ1bKJ0Q9pY6vVqkX4Fj2bFb", "Pilot methylome 000112", "aws:us-east-1",
          "user-alice", Level::Administer },
    };
    QList<BulkTarget> out;
    for (const Row &r : rows) {
        BulkTarget t;
        t.id = QLatin1String(r.id);
        t.name = QLatin1String(r.name);
        t.region = QLatin1String(r.region);
        t.billTo = QLatin1String(r.billTo);
        t.level = r.level;
        out << t;
    }
    return out;
}

BulkAction action()
{
    return BulkAction::addTags({ QStringLiteral("qc"), QStringLiteral("release-2") });
}

void fillResults(BulkRunner *runner)
{
    const QList<BulkTarget> all = targets();
    const BulkAction a = action();
    QList<BulkResult> results;
    int n = 0;
    for (const BulkStep &step : a.preview(all)) {
        BulkResult r;
        r.step = step;
        r.attempts = step.skipped ? 0 : 1;
        if (step.skipped) {
            r.state = BulkResult::State::Skipped;
            r.message = step.skipReason;
        } else if (++n == 3) {
            r.state = BulkResult::State::Failed;
            r.message = QObject::tr("The server refused the request: CONTRIBUTE access required "
                                    "(PermissionDenied, request ID req-7f3a91c2).");
            r.requestId = QStringLiteral("req-7f3a91c2");
        } else {
            r.state = BulkResult::State::Done;
            r.requestId = QStringLiteral("req-%1").arg(0x5e10a0 + n, 0, 16);
        }
        results << r;
    }
    runner->setResults(results, a.description(int(all.size())));
}

QList<ActivityEntry> activity()
{
    QList<ActivityEntry> out;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-300);
    auto add = [&](int ms, const QString &subject, const QString &method, int status,
                   const QString &error, const QString &action, int retry = 0) {
        ActivityEntry e;
        e.profile = QStringLiteral("Sandbox");
        e.action = action;
        ApiAttempt &a = e.attempt;
        a.time = start.addMSecs(ms);
        a.target = subject;
        a.method = method;
        a.route = QLatin1Char('/')
            + (subject.startsWith(QLatin1String("project-")) ? QStringLiteral("project-xxxx")
                                                             : subject)
            + QLatin1Char('/') + method;
        a.httpStatus = status;
        a.errorType = error;
        a.retry = retry;
        a.durationMs = 8 + (ms / 7) % 40;
        a.requestId = QStringLiteral("req-%1").arg(0x3c00 + ms, 0, 16);
        out << e;
    };
    add(0, QStringLiteral("system"), QStringLiteral("whoami"), 200, {}, {});
    add(40, QStringLiteral("system"), QStringLiteral("findProjects"), 200, {}, {});
    add(900, QStringLiteral("project-GZ1bKJ0Q9pY6vVqkX4Fj2b0B"), QStringLiteral("describe"), 200,
        {}, {});
    const BulkAction a = action();
    const QString bulk = a.description(12);
    ActivityEntry actionRow;
    actionRow.profile = QStringLiteral("Sandbox");
    actionRow.isAction = true;
    actionRow.action = bulk;
    actionRow.attempt.time = start.addMSecs(5000);
    out << actionRow;
    int ms = 5010;
    int n = 0;
    for (const BulkStep &step : a.preview(targets())) {
        if (step.skipped)
            continue;
        ++n;
        if (n == 3) {
            add(ms, step.projectId, QStringLiteral("addTags"), 401,
                QStringLiteral("PermissionDenied"), bulk);
        } else if (n == 5) {
            add(ms, step.projectId, QStringLiteral("addTags"), 503,
                QStringLiteral("ServiceUnavailable"), bulk);
            out.last().attempt.willRetry = true;
            add(ms + 1000, step.projectId, QStringLiteral("addTags"), 200, {}, bulk, 1);
        } else {
            add(ms, step.projectId, QStringLiteral("addTags"), 200, {}, bulk);
        }
        ms += 23;
    }
    std::stable_sort(out.begin(), out.end(), [](const ActivityEntry &x, const ActivityEntry &y) {
        return x.attempt.time < y.attempt.time;
    });
    return out;
}

} // namespace BulkExamples
