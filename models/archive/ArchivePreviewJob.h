#pragma once

#include "api/ApiError.h"
#include "models/archive/ArchivePlan.h"
#include "models/common/LatestCall.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

class ApiClient;

// What the archive dialog shows before anything is sent (issue 14 item 9): the selected files
// with their sizes and states, which of them have another live copy under the same billTo,
// and the region's storage prices.
struct ArchivePreview
{
    QList<FileRow> selected;
    QHash<QString, QStringList> liveCopies; // file ID -> names of projects with a live copy
    QString region;
    StoragePrices prices; // unknown when the price sheet is not available to the caller
    ApiError error; // the files or their copies could not be read: nothing is known

    bool ok() const { return !error.isError(); }
    ArchivePlan plan(bool allCopies) const
    {
        return ArchivePlanning::plan(selected, liveCopies, allCopies);
    }
};

// Looks up an ArchivePreview, one call after the other:
// 1. /system/findDataObjects in the project (the folder, or the whole project for a list of
//    files), with describe, paged: sizes and archival states of the selection;
// 2. /system/findDataObjects by id across projects (archivalState live), 1000 IDs a call,
//    paged: a file's copies are the same file ID in other projects;
// 3. /system/findProjects of those projects and this one (paged), billed to the same billTo: the
//    copies that decide whether a file moves to archive storage (project-xxxx/archive) and the
//    project's region;
// 4. the billTo's describe: pricingModelsByRegion[region] (storagePricePerGB,
//    archivedPricePerGB). When it fails or lacks them the preview still succeeds, with the
//    prices unknown.
// Only copies in projects the caller may view are found: the platform says no more.
class ArchivePreviewJob : public QObject
{
    Q_OBJECT
public:
    ArchivePreviewJob(ApiClient *client, const QString &projectId, const QString &billTo,
                      QObject *parent = nullptr);

    void start(const ArchiveSelection &selection); // aborts a lookup in flight
    void abort();
    bool isRunning() const { return m_running; }
    ArchivePreview result() const { return m_preview; }

Q_SIGNALS:
    void finished(const ArchivePreview &preview); // ok() or with the error

private:
    void listSelection(const QJsonValue &starting);
    void findCopies(int chunk, const QJsonValue &starting);
    void describeProjects(const QJsonValue &starting);
    void describeBillTo();
    void fail(const ApiError &error);
    void conclude();

    ApiClient *m_client;
    QString m_projectId;
    QString m_billTo;
    ArchiveSelection m_selection;
    QList<FileRow> m_rows;
    QList<QStringList> m_chunks; // live selected IDs, 1000 a call
    QHash<QString, QSet<QString>> m_copies; // file ID -> other projects with a live copy
    QHash<QString, QString> m_names; // project ID -> name, of those under the same billTo
    ArchivePreview m_preview;
    LatestCall m_call { this };
    bool m_running = false;
};
