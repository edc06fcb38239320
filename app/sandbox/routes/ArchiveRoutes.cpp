// archive and unarchive (DNAnexus API, project-xxxx/archive and project-xxxx/unarchive).
#include "app/sandbox/routes/FileSelection.h"
#include "app/sandbox/routes/Rules.h"
#include "app/sandbox/service/Call.h"
#include "app/sandbox/service/Failure.h"
#include "app/sandbox/service/Input.h"

#include <cmath>

namespace sandbox {

using namespace sandbox::input;

namespace {

struct CopyRef
{
    Project *project;
    int index;
};

void checkLicense(const Call &call, const Project &p)
{
    const Account *billTo = call.world.account(p.billTo);
    if (!billTo || !billTo->archiveLicense)
        failPermissionDenied(QStringLiteral("the billTo ") + p.billTo
                             + QStringLiteral(" has no licence for the Archive Service"));
}

// Every copy of the file in projects with the same billTo.
QList<CopyRef> copiesUnderBillTo(Call &call, const QString &fileId, const QString &billTo)
{
    QList<CopyRef> copies;
    for (const QString &id : call.world.copiesOf(fileId)) {
        Project *other = call.world.project(id);
        if (!other || other->billTo != billTo)
            continue;
        for (int i = 0; i < other->files.size(); ++i) {
            if (other->files.at(i).id == fileId)
                copies.append(CopyRef { other, i });
        }
    }
    return copies;
}

FileCopy &fileOf(Call &call, const CopyRef &ref)
{
    if (!call.changes.projects.contains(ref.project->id)) {
        call.changes.projects.insert(ref.project->id);
        FileSelection::settle(*ref.project, call.now);
    }
    return ref.project->files[ref.index];
}

Body archive(Call &call)
{
    Project &p = rules::project(call, Level::Contribute);
    checkLicense(call, p);
    const bool allCopies = boolOr(call.input, QStringLiteral("allCopies"), false);
    if (allCopies && !rules::administers(call.world, call.caller, p.billTo))
        failPermissionDenied(QStringLiteral("allCopies: you must be an ADMIN of the project's "
                                            "billTo org ")
                             + p.billTo);
    const QList<int> selected = FileSelection::select(call.input, p);
    call.changes.projects.insert(p.id);
    FileSelection::settle(p, call.now);
    int count = 0;
    QStringList fileIds;
    for (int index : selected) {
        FileCopy &file = p.files[index];
        if (file.archivalState == QLatin1String("live")) {
            file.archivalState = QStringLiteral("archival");
            ++count;
        }
        if (!fileIds.contains(file.id))
            fileIds.append(file.id);
    }
    // The last copy requested (or allCopies) archives every copy under the billTo.
    for (const QString &fileId : fileIds) {
        const QList<CopyRef> copies = copiesUnderBillTo(call, fileId, p.billTo);
        bool allRequested = true;
        for (const CopyRef &ref : copies) {
            const QString state = ref.project->files.at(ref.index).stateAt(call.now);
            allRequested = allRequested
                && (state == QLatin1String("archival") || state == QLatin1String("archived"));
        }
        if (!allCopies && !allRequested)
            continue;
        for (const CopyRef &ref : copies) {
            FileCopy &file = fileOf(call, ref);
            if (file.archivalState != QLatin1String("unarchiving"))
                file.archivalState = QStringLiteral("archived");
        }
    }
    return QJsonObject { { QStringLiteral("id"), p.id }, { QStringLiteral("count"), count } };
}

Body unarchive(Call &call)
{
    Project &p = rules::project(call, Level::Contribute);
    checkLicense(call, p);
    const std::optional<QString> rateInput = optEnum(
        call.input, QStringLiteral("rate"),
        { QStringLiteral("Expedited"), QStringLiteral("Standard"), QStringLiteral("Bulk") });
    const bool dryRun = boolOr(call.input, QStringLiteral("dryRun"), false);
    const QList<int> selected = FileSelection::select(call.input, p);
    const Region region = call.world.regions.value(p.region);
    const QString rate = rateInput.value_or(QStringLiteral("Standard"));
    if (!region.unarchivePricePerGB.contains(rate))
        failInvalidInput(
            QStringLiteral("rate: ") + rate + QStringLiteral(" is not offered in ") + p.region
            + QStringLiteral("; valid rates: ")
            + QStringList(region.unarchivePricePerGB.keys()).join(QStringLiteral(", ")));
    // Only archived copies are restored, counted and charged. An "archival" copy is still in
    // live storage: unarchive cancels its archival request, at no cost ("Yes (Cancel
    // archive)" in the states table of documentation.dnanexus.com/user/objects/archiving-files).
    QList<int> candidates;
    QList<int> cancelled;
    qint64 bytes = 0;
    for (int index : selected) {
        const QString state = p.files.at(index).stateAt(call.now);
        if (state == QLatin1String("archived")) {
            candidates.append(index);
            bytes += p.files.at(index).size;
        } else if (state == QLatin1String("archival")) {
            cancelled.append(index);
        }
    }
    const double gb = double(bytes) / rules::BytesPerGB;
    const double cost = std::round(gb * region.unarchivePricePerGB.value(rate) * 1000.0) / 1000.0;
    QJsonObject result { { QStringLiteral("files"), int(candidates.size()) },
                         { QStringLiteral("size"), std::ceil(gb) },
                         { QStringLiteral("sizeBytes"), double(bytes) },
                         { QStringLiteral("cost"), cost },
                         { QStringLiteral("rate"), rate } };
    if (dryRun)
        return result;
    call.changes.projects.insert(p.id);
    FileSelection::settle(p, call.now);
    for (int index : cancelled)
        p.files[index].archivalState = QStringLiteral("live");
    for (int index : candidates) {
        FileCopy &file = p.files[index];
        file.archivalState = QStringLiteral("unarchiving");
        file.liveAt = call.now + call.options.unarchiveDelayMs;
        // The other copies return to "archival": archiving was requested for them.
        for (const CopyRef &ref : copiesUnderBillTo(call, file.id, p.billTo)) {
            if (ref.project == &p && ref.index == index)
                continue;
            FileCopy &other = fileOf(call, ref);
            if (other.archivalState == QLatin1String("archived"))
                other.archivalState = QStringLiteral("archival");
        }
    }
    result.insert(QStringLiteral("id"), p.id);
    return result;
}

} // namespace

void addArchiveRoutes(RouteTable &table)
{
    table.add(QStringLiteral("project-*"), QStringLiteral("archive"), &archive);
    table.add(QStringLiteral("project-*"), QStringLiteral("unarchive"), &unarchive);
}

} // namespace sandbox
