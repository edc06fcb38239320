#include "models/archive/ArchiveRules.h"

#include "models/regions/RegionCatalog.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

namespace ArchiveRules {

QString selectionProblem(const ArchiveSelection &selection)
{
    if (!selection.files.isEmpty() && selection.usesFolder())
        return QStringLiteral("Choose either files or a folder, not both.");
    if (selection.files.isEmpty() && !selection.usesFolder())
        return QStringLiteral("Choose files or a folder.");
    if (selection.usesFolder() && !selection.folder.startsWith(QLatin1Char('/')))
        return QStringLiteral("A folder is a path starting with /.");
    return {};
}

QList<QStringList> batches(const QStringList &ids, int size)
{
    QList<QStringList> out;
    if (size < 1)
        return out;
    QSet<QString> seen;
    QStringList current;
    for (const QString &id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        current.append(id);
        if (current.size() == size) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

AllCopiesCheck allCopies(const QString &userId, const QString &billTo, const QString &orgLevel)
{
    if (billTo.isEmpty())
        return { false, QStringLiteral("The project's billTo is not known yet.") };
    if (billTo.startsWith(QLatin1String("user-"))) {
        if (billTo == userId)
            return { true, {} };
        return { false,
                 QStringLiteral("Only %1, who pays for this project, may archive all "
                                "copies.")
                     .arg(billTo) };
    }
    if (orgLevel == QLatin1String("ADMIN"))
        return { true, {} };
    return { false,
             QStringLiteral("Archiving all copies needs an ADMIN of %1, the project's "
                            "billTo; you are %2.")
                 .arg(billTo,
                      orgLevel.isEmpty() ? QStringLiteral("not a member")
                                         : QStringLiteral("a ") + orgLevel) };
}

QStringList unarchiveRates(const QString &region)
{
    const QString cloud = RegionCatalog::cloudOf(region);
    if (cloud == QLatin1String("AWS"))
        return { QStringLiteral("Expedited"), QStringLiteral("Standard"), QStringLiteral("Bulk") };
    if (cloud == QLatin1String("Azure"))
        return { QStringLiteral("Expedited"), QStringLiteral("Standard") };
    return { QStringLiteral("Standard") };
}

QJsonObject selectionInput(const ArchiveSelection &selection)
{
    QJsonObject input;
    if (selection.usesFolder()) {
        input.insert(QStringLiteral("folder"), selection.folder);
        input.insert(QStringLiteral("recurse"), selection.recurse);
    } else {
        input.insert(QStringLiteral("files"), QJsonArray::fromStringList(selection.files));
    }
    return input;
}

QJsonObject archiveInput(const ArchiveSelection &selection, bool allCopies)
{
    QJsonObject input = selectionInput(selection);
    if (allCopies)
        input.insert(QStringLiteral("allCopies"), true);
    return input;
}

QJsonObject unarchiveInput(const ArchiveSelection &selection, const QString &rate, bool dryRun)
{
    QJsonObject input = selectionInput(selection);
    if (!rate.isEmpty())
        input.insert(QStringLiteral("rate"), rate);
    if (dryRun)
        input.insert(QStringLiteral("dryRun"), true);
    return input;
}

UnarchiveQuote quoteFrom(const QString &rate, const QJsonObject &result)
{
    UnarchiveQuote quote;
    quote.rate = rate;
    quote.files = result.value(QStringLiteral("files")).toInt();
    quote.sizeGB = result.value(QStringLiteral("size")).toDouble();
    quote.sizeBytes = result.value(QStringLiteral("sizeBytes")).toDouble(-1);
    quote.costMillidollars = result.value(QStringLiteral("cost")).toDouble();
    return quote;
}

QString failureMessage(const ApiError &error)
{
    const QString server = error.message.isEmpty()
        ? QString()
        : QStringLiteral(" (") + error.message + QLatin1Char(')');
    switch (error.type) {
    case ApiError::Type::PermissionDenied:
        return QStringLiteral("Not allowed: archiving needs CONTRIBUTE access and a licence for "
                              "the Archive Service on the project's billTo")
            + server + QLatin1Char('.');
    case ApiError::Type::ResourceNotFound:
        return QStringLiteral("A file or folder does not exist in this project") + server
            + QStringLiteral("; nothing in this request was changed.");
    case ApiError::Type::InvalidInput:
        return QStringLiteral("The server refused the input") + server + QLatin1Char('.');
    default:
        return error.userMessage();
    }
}

} // namespace ArchiveRules
