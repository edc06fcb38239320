// /project-xxxx/updateSponsorship (DNAnexus API).
#include "app/sandbox/routes/Rules.h"
#include "app/sandbox/service/Call.h"
#include "app/sandbox/service/Failure.h"
#include "app/sandbox/service/Input.h"

#include <QJsonArray>

namespace sandbox {

using namespace sandbox::input;

namespace {

// "Archived" for sponsorship: the project holds files and every one of them is archived.
bool isArchived(const Project &p, qint64 now)
{
    if (p.files.isEmpty())
        return false;
    for (const FileCopy &file : p.files) {
        if (file.stateAt(now) != QLatin1String("archived"))
            return false;
    }
    return true;
}

Body updateSponsorship(Call &call)
{
    const Project &p = rules::project(call, Level::Administer);
    const QJsonObject &in = call.input;
    const bool untilGiven = in.contains(QStringLiteral("sponsoredUntil"));
    std::optional<qint64> until;
    if (untilGiven && !in.value(QStringLiteral("sponsoredUntil")).isNull()) {
        until = optInt(in, QStringLiteral("sponsoredUntil"));
        if (!until)
            failInvalidInput(QStringLiteral("sponsoredUntil: must be a timestamp or null"));
    }
    std::optional<qint64> egress;
    if (in.contains(QStringLiteral("totalSponsoredEgressBytes"))) {
        const QJsonValue value = in.value(QStringLiteral("totalSponsoredEgressBytes"));
        const double d = value.toDouble(-1);
        // The range check comes before the cast: a double beyond qint64 does not convert.
        if (!value.isDouble() || d < 0 || d > 9007199254740992.0 || d != double(qint64(d)))
            failInvalidInput(QStringLiteral("totalSponsoredEgressBytes: must be a non-negative "
                                            "integer"));
        egress = qint64(d);
    }
    if (call.caller.billTo != p.billTo)
        failPermissionDenied(QStringLiteral("the user's billTo (") + call.caller.billTo
                             + QStringLiteral(") must match the billTo of the project (") + p.billTo
                             + QLatin1Char(')'));
    const bool starts = until && *until > call.now;
    if (starts) {
        const Account *billTo = call.world.account(p.billTo);
        if (!billTo || !billTo->sponsorshipFeatures)
            failPermissionDenied(QStringLiteral("sponsoredUntil: the billTo ") + p.billTo
                                 + QStringLiteral(" does not have data sponsorship features "
                                                  "enabled"));
    }
    if (!p.pendingTransfer.isEmpty())
        failInvalidState(QStringLiteral("the project has a pending transfer to ")
                         + p.pendingTransfer);
    if (isArchived(p, call.now))
        failInvalidState(QStringLiteral("the project is archived"));
    if (starts && !p.sponsoredAt(call.now)) {
        QJsonArray already;
        for (const FileCopy &file : p.files) {
            const QString other = rules::sponsoringProject(call.world, file.id, p.id, call.now);
            if (!other.isEmpty())
                already.append(QJsonObject { { QStringLiteral("id"), file.id },
                                             { QStringLiteral("project"), other } });
        }
        if (!already.isEmpty())
            failInvalidState(QStringLiteral("%1 data object(s) are already third-party sponsored "
                                            "in another project; remove them from one of the "
                                            "projects first")
                                 .arg(already.size()),
                             QJsonObject { { QStringLiteral("alreadySponsored"), already } });
    }
    Project &w = rules::projectForWrite(call, Level::Administer);
    if (untilGiven)
        w.sponsoredUntil = starts ? *until : 0;
    if (egress)
        w.totalSponsoredEgressBytes = *egress;
    w.touch(call.now);
    return QJsonObject { { QStringLiteral("id"), w.id } };
}

} // namespace

void addSponsorshipRoutes(RouteTable &table)
{
    table.add(QStringLiteral("project-*"), QStringLiteral("updateSponsorship"), &updateSponsorship);
}

} // namespace sandbox
