#include "models/archive/ArchivePlan.h"

#include "models/common/DataSize.h"
#include "models/common/Money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ArchivePlanning", text, nullptr, n);
}

bool inFolder(const QString &fileFolder, const QString &folder, bool recurse)
{
    if (fileFolder == folder)
        return true;
    if (!recurse)
        return false;
    const QString prefix = folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/');
    return fileFolder.startsWith(prefix);
}

QString files(int n)
{
    return n == 1 ? tr("1 file") : tr("%1 files").arg(QLocale().toString(n));
}

} // namespace

namespace ArchivePlanning {

QList<FileRow> selectedRows(const ArchiveSelection &selection, const QList<FileRow> &rows)
{
    QList<FileRow> out;
    if (selection.usesFolder()) {
        for (const FileRow &row : rows) {
            if (inFolder(row.folder, selection.folder, selection.recurse))
                out.append(row);
        }
        return out;
    }
    const QSet<QString> wanted(selection.files.cbegin(), selection.files.cend());
    for (const FileRow &row : rows) {
        if (wanted.contains(row.id))
            out.append(row);
    }
    return out;
}

ArchivePlan plan(const QList<FileRow> &selected, const QHash<QString, QStringList> &liveCopies,
                 bool allCopies)
{
    ArchivePlan p;
    p.selected = int(selected.size());
    QSet<QString> elsewhere;
    for (const FileRow &row : selected) {
        if (row.archivalState != QLatin1String("live")) {
            ++p.untouched;
            continue;
        }
        ++p.tagged;
        p.taggedBytes += row.size;
        const QStringList others = liveCopies.value(row.id);
        if (!allCopies && !others.isEmpty()) {
            ++p.staysLive;
            p.staysLiveBytes += row.size;
            for (const QString &project : others)
                elsewhere.insert(project);
        } else {
            ++p.archived;
            p.archivedBytes += row.size;
        }
    }
    p.liveElsewhere = QStringList(elsewhere.cbegin(), elsewhere.cend());
    std::sort(p.liveElsewhere.begin(), p.liveElsewhere.end());
    return p;
}

StoragePrices storagePrices(const QJsonObject &regionPricing)
{
    StoragePrices prices;
    prices.livePerGBMonth = regionPricing.value(QStringLiteral("storagePricePerGB")).toDouble(-1);
    prices.archivedPerGBMonth
        = regionPricing.value(QStringLiteral("archivedPricePerGB")).toDouble(-1);
    return prices;
}

double monthlySaving(const ArchivePlan &plan, const StoragePrices &prices)
{
    if (!prices.known())
        return 0;
    return plan.archivedBytes / DataSize::bytesPerGB
        * (prices.livePerGBMonth - prices.archivedPerGBMonth);
}

QString summary(const ArchivePlan &plan, const StoragePrices &prices, const QString &region)
{
    QStringList out;
    if (plan.tagged == 0) {
        out << tr("None of the %1 selected is live: there is nothing to archive.")
                   .arg(files(plan.selected));
        return out.join(QLatin1Char(' '));
    }
    out << tr("Archives %1 (%2).").arg(files(plan.tagged), DataSize::format(plan.taggedBytes));
    // One file "moves", "stays", "is"; several "move", "stay", "are".
    if (plan.untouched > 0)
        out << (plan.untouched == 1 ? tr("1 file already archived or requested is left as it is.")
                                    : tr("%1 already archived or requested are left as they are.")
                                          .arg(files(plan.untouched)));
    if (plan.archived > 0)
        out << (plan.archived == 1 ? tr("%1 (%2) moves to archive storage.")
                                   : tr("%1 (%2) move to archive storage."))
                   .arg(files(plan.archived), DataSize::format(plan.archivedBytes));
    if (plan.staysLive > 0)
        out << (plan.staysLive == 1
                    ? tr("%1 (%2) stays in live storage, billed as live, because a copy in %3 "
                         "is live: it is only tagged for archival.")
                    : tr("%1 (%2) stay in live storage, billed as live, because a copy in %3 "
                         "is live: they are only tagged for archival."))
                   .arg(files(plan.staysLive), DataSize::format(plan.staysLiveBytes),
                        plan.liveElsewhere.join(QStringLiteral(", ")));
    if (!prices.known())
        out << tr("The price sheet of %1 is not available to you, so the saving is not known.")
                   .arg(region);
    else
        out << tr("Saves %1 (%2 at %3 instead of %4).")
                   .arg(Money::amount(monthlySaving(plan, prices), Money::Per::Month),
                        DataSize::format(plan.archivedBytes),
                        Money::price(prices.archivedPerGBMonth, Money::Per::GBMonth),
                        Money::price(prices.livePerGBMonth, Money::Per::GBMonth));
    return out.join(QLatin1Char(' '));
}

} // namespace ArchivePlanning
