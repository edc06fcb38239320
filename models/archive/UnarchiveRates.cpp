#include "models/archive/UnarchiveRates.h"

#include "models/archive/ArchiveRules.h"
#include "models/regions/RegionCatalog.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("UnarchiveRates", text);
}
} // namespace

namespace UnarchiveRates {

QStringList all()
{
    return { QStringLiteral("Expedited"), QStringLiteral("Standard"), QStringLiteral("Bulk") };
}

QString restoreTime(const QString &region, const QString &rate)
{
    const QString cloud = RegionCatalog::cloudOf(region);
    if (cloud == QLatin1String("AWS")) {
        // docs.aws.amazon.com/AmazonS3/latest/userguide/restoring-objects-retrieval-options.html:
        // from S3 Glacier Flexible Retrieval, Expedited typically 1-5 minutes, Standard 3-5
        // hours, Bulk 5-12 hours.
        if (rate == QLatin1String("Expedited"))
            return tr("typically 1–5 minutes");
        if (rate == QLatin1String("Standard"))
            return tr("typically 3–5 hours");
        if (rate == QLatin1String("Bulk"))
            return tr("typically 5–12 hours");
    }
    if (cloud == QLatin1String("Azure")) {
        // learn.microsoft.com/azure/storage/blobs/archive-rehydrate-overview: Standard priority
        // may take up to 15 hours; High priority may finish in under an hour for a blob under
        // 10 GB.
        if (rate == QLatin1String("Expedited"))
            return tr("under 1 hour for files under 10 GB");
        if (rate == QLatin1String("Standard"))
            return tr("up to 15 hours");
    }
    return tr("not documented");
}

QString restoreTimeSource(const QString &region)
{
    const QString cloud = RegionCatalog::cloudOf(region);
    if (cloud == QLatin1String("AWS"))
        return tr("Restore times are Amazon's typical times for S3 Glacier, where DNAnexus keeps "
                  "archived files; DNAnexus publishes no times per rate, and a large request can "
                  "take longer.");
    if (cloud == QLatin1String("Azure"))
        return tr("Restore times are Microsoft's for rehydrating Azure's archive tier, where "
                  "DNAnexus keeps archived files; DNAnexus publishes no times per rate, and a "
                  "large request can take longer.");
    return tr("Neither DNAnexus nor this region's cloud documents restore times per rate.");
}

QString whyMissing(const QString &region, const QString &rate)
{
    if (ArchiveRules::unarchiveRates(region).contains(rate))
        return {};
    const QString cloud = RegionCatalog::cloudOf(region);
    if (cloud == QLatin1String("Azure"))
        return tr("Azure has no %1 rate: its archive tier offers only Standard and high-priority "
                  "(Expedited) restores.")
            .arg(rate);
    return tr("The %1 rate is offered on AWS and Azure regions only; %2 takes Standard.")
        .arg(rate, region);
}

} // namespace UnarchiveRates
