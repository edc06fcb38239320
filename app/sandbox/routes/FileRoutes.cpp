// /project-xxxx/listFolder and /system/findDataObjects (files only).
#include "app/sandbox/routes/FileSelection.h"
#include "app/sandbox/routes/Rules.h"
#include "app/sandbox/service/Call.h"
#include "app/sandbox/service/Failure.h"
#include "app/sandbox/service/Input.h"

#include <QJsonArray>
#include <QSet>

namespace sandbox {

using namespace sandbox::input;

namespace {

QString normalizedFolder(const QJsonObject &in, const QString &key)
{
    QString folder = optString(in, key).value_or(QStringLiteral("/"));
    if (!folder.startsWith(QLatin1Char('/')))
        failInvalidInput(key + QStringLiteral(": must be a path starting with /"));
    if (folder.size() > 1 && folder.endsWith(QLatin1Char('/')))
        folder.chop(1);
    return folder;
}

bool describeFlag(const QJsonObject &in)
{
    const QJsonValue value = in.value(QStringLiteral("describe"));
    if (value.isUndefined())
        return false;
    if (value.isObject())
        return true;
    if (!value.isBool())
        failInvalidInput(QStringLiteral("describe: must be a boolean or a mapping"));
    return value.toBool();
}

// Cursor of findDataObjects: "<project index>:<file index>" of the next result, base64url.
struct Cursor
{
    int project = 0;
    int file = 0;
};

// Both indexes are checked here, before they index anything: a cursor is client input. An index
// beyond the end (the listing shrank since the previous page) ends the listing.
Cursor parseCursor(const QJsonValue &starting, qsizetype projectCount)
{
    Cursor cursor;
    if (starting.isUndefined() || starting.isNull())
        return cursor;
    const QString rule = QStringLiteral("starting: must be the next value of a previous reply");
    if (!starting.isString())
        failInvalidInput(rule);
    const auto decoded = QByteArray::fromBase64Encoding(
        starting.toString().toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QList<QByteArray> parts = decoded.decoded.split(':');
    bool ok1 = false, ok2 = false;
    if (decoded && parts.size() == 2) {
        cursor.project = parts.at(0).toInt(&ok1);
        cursor.file = parts.at(1).toInt(&ok2);
    }
    if (!ok1 || !ok2 || cursor.project < 0 || cursor.file < 0)
        failInvalidInput(rule);
    cursor.project = int(qMin<qsizetype>(cursor.project, projectCount));
    return cursor;
}

Body listFolder(Call &call)
{
    const Project &p = rules::project(call, Level::View);
    const QString folder = normalizedFolder(call.input, QStringLiteral("folder"));
    const QString only
        = optEnum(call.input, QStringLiteral("only"),
                  { QStringLiteral("folders"), QStringLiteral("objects"), QStringLiteral("all") })
              .value_or(QStringLiteral("all"));
    const bool describe = describeFlag(call.input);
    const QStringList folders = p.allFolders();
    if (!folders.contains(folder))
        failNotFound(QStringLiteral("folder: ") + quoted(folder)
                     + QStringLiteral(" does not exist in ") + p.id);
    QJsonObject result;
    if (only != QLatin1String("objects")) {
        QJsonArray subfolders;
        for (const QString &candidate : folders) {
            if (candidate != folder && FileSelection::inFolder(candidate, folder, true)
                && candidate.lastIndexOf(QLatin1Char('/'))
                    == (folder == QLatin1String("/") ? 0 : folder.size()))
                subfolders.append(candidate);
        }
        result.insert(QStringLiteral("folders"), subfolders);
    }
    if (only != QLatin1String("folders")) {
        QJsonArray objects;
        for (const FileCopy &file : p.files) {
            if (file.folder != folder)
                continue;
            QJsonObject object { { QStringLiteral("id"), file.id } };
            if (describe)
                object.insert(QStringLiteral("describe"),
                              FileSelection::describe(p, file, call.now));
            objects.append(object);
        }
        result.insert(QStringLiteral("objects"), objects);
    }
    return result;
}

Body findDataObjects(Call &call)
{
    const QJsonObject &in = call.input;
    const QString dataClass
        = optString(in, QStringLiteral("class")).value_or(QStringLiteral("file"));
    const bool describe = describeFlag(in);
    const std::optional<QString> state
        = optEnum(in, QStringLiteral("archivalState"),
                  { QStringLiteral("live"), QStringLiteral("archival"), QStringLiteral("archived"),
                    QStringLiteral("unarchiving"), QStringLiteral("any") });
    // id: only these objects (their copies in every project the caller may view, or in the
    // scope's project), as the platform's findDataObjects offers it.
    std::optional<QSet<QString>> ids;
    if (const std::optional<QStringList> given = optStringList(in, QStringLiteral("id")))
        ids = QSet<QString>(given->cbegin(), given->cend());
    int limit = 1000;
    if (const std::optional<qint64> given = optInt(in, QStringLiteral("limit"))) {
        if (*given < 1 || *given > 1000)
            failInvalidInput(QStringLiteral("limit: must be an integer from 1 to 1000"));
        limit = int(*given);
    }
    const std::optional<QJsonObject> scope = optObject(in, QStringLiteral("scope"));
    QString folder = QStringLiteral("/");
    bool recurse = true;
    QStringList projects;
    if (scope) {
        const std::optional<QString> project = optString(*scope, QStringLiteral("project"));
        if (!project)
            failInvalidInput(QStringLiteral("scope.project: required, a project ID"));
        Call scoped { call.world, call.changes, call.options, call.caller,
                      *project,   in,           call.now,     call.random };
        rules::project(scoped, Level::View);
        folder = normalizedFolder(*scope, QStringLiteral("folder"));
        recurse = boolOr(*scope, QStringLiteral("recurse"), true);
        projects.append(*project);
    } else {
        for (const ProjectKey &key : call.world.projectOrder())
            projects.append(key.id);
    }
    const Cursor cursor = parseCursor(in.value(QStringLiteral("starting")), projects.size());
    const int startProject = cursor.project;
    const int startFile = cursor.file;
    QJsonArray results;
    QJsonValue next = QJsonValue::Null;
    if (dataClass == QLatin1String("file")) {
        for (int pi = startProject; pi < projects.size() && next.isNull(); ++pi) {
            const Project *p = call.world.project(projects.at(pi));
            if (!p || (!scope && call.world.levelOf(*p, call.caller.id) < Level::View))
                continue;
            for (int fi = pi == startProject ? startFile : 0; fi < p->files.size(); ++fi) {
                const FileCopy &file = p->files.at(fi);
                if (!FileSelection::inFolder(file.folder, folder, recurse))
                    continue;
                if (ids && !ids->contains(file.id))
                    continue;
                if (state && *state != QLatin1String("any") && file.stateAt(call.now) != *state)
                    continue;
                if (results.size() == limit) {
                    next = QString::fromLatin1(
                        QByteArray(QByteArray::number(pi) + ':' + QByteArray::number(fi))
                            .toBase64(QByteArray::Base64UrlEncoding));
                    break;
                }
                QJsonObject result { { QStringLiteral("project"), p->id },
                                     { QStringLiteral("id"), file.id } };
                if (describe)
                    result.insert(QStringLiteral("describe"),
                                  FileSelection::describe(*p, file, call.now));
                results.append(result);
            }
        }
    }
    return QJsonObject { { QStringLiteral("results"), results }, { QStringLiteral("next"), next } };
}

} // namespace

void addFileRoutes(RouteTable &table)
{
    table.add(QStringLiteral("project-*"), QStringLiteral("listFolder"), &listFolder);
    table.add(QStringLiteral("system"), QStringLiteral("findDataObjects"), &findDataObjects);
}

} // namespace sandbox
