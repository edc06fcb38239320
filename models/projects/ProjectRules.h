#pragma once

#include "models/projects/ProjectFields.h"
#include "models/regions/BillToRules.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// The project rules of the DNAnexus API (project/new, project-xxxx/update) as pure functions,
// shared by every administration form. Each returns an empty string when the input is acceptable,
// else one sentence for beside the field. The server checks the same rules again.
namespace ProjectRules {

// Not empty; no character in \x00-\x1F (names the character and its position, counted from 1).
QString validateProjectName(const QString &name);

// A tag must not be empty (spaces around it are trimmed before the check).
QString validateTag(const QString &tag);
// Trimmed, empty ones dropped, duplicates dropped keeping the first; order kept.
QStringList normaliseTags(const QStringList &tags);
// Tags typed in one line, separated by commas or new lines, normalised.
QStringList parseTagList(const QString &text);

// Property names must not be empty nor repeat another row's name; any string is a valid value
// (the empty string too), so values have no rule of their own.
QString validatePropertyKey(const QString &key, const QStringList &otherKeys = {});

// The setProperties input taking `before` to `after`: new and changed keys with their value,
// removed keys with null. Empty when nothing changed.
QJsonObject propertiesDiff(const QMap<QString, QString> &before,
                           const QMap<QString, QString> &after);
QMap<QString, QString> propertiesFromJson(const QJsonObject &properties);

// containsPHI only goes false -> true.
QString validatePhiChange(bool wasPhi, bool wantsPhi);
// Why a PHI project is not possible with this billTo and region (which of the two is missing);
// empty when possible or when only the server knows the region's PHI support.
QString phiProblem(const BillToOption &billTo, const RegionInfo &region);

// downloadRestricted and previewViewerRestricted, in the platform's order: turning downloads
// off turns previews and viewers off too; previews may then be allowed again on their own;
// downloads may be allowed again only once previews are (in the same update or earlier).
// previewViewerRestricted after downloadRestricted went from `wasDownload` to `download`.
bool followDownloadRestricted(bool wasDownload, bool download, bool preview);
// Why this pair cannot be sent (previewViewerRestricted on while downloadRestricted is off);
// empty when it can.
QString validateDownloadOrder(bool downloadRestricted, bool previewViewerRestricted);
// The same order for one update sent to many projects ("flag": value, absent: left as it is):
// downloads allowed again without previews too would be refused wherever previews are
// restricted, which downloads restricted before implies.
QString validateDownloadOrder(const QMap<QString, bool> &flags);
// databaseResultsRestricted: no limit (nullopt), or a whole number of at least 1.
QString validateDatabaseResultsRestricted(const std::optional<qint64> &limit);

// allowedExecutables as typed: IDs separated by commas, spaces or new lines, or "any" (or
// nothing) for no restriction.
struct ExecutableList
{
    bool any = true;
    QStringList ids; // when !any; duplicates removed
    QString error; // empty when valid
    QJsonValue toJson() const; // null for any, else the array
};
ExecutableList parseAllowedExecutables(const QString &text);
QString formatAllowedExecutables(const std::optional<QStringList> &ids); // "any" or "a, b"
bool isExecutableId(const QString &id); // app-, applet-, workflow-, globalworkflow-

// The /project-xxxx/update input: exactly the fields that differ, plus `version` when >= 0.
QJsonObject updateInput(const ProjectFields &base, const ProjectFields &edited,
                        qint64 version = -1);
// The same differences, for people.
QList<FieldChange> diff(const ProjectFields &base, const ProjectFields &edited);
// The fields the server changed since `base`, and whether the user also changed each.
QList<ServerChange> serverChanges(const ProjectFields &base, const ProjectFields &server,
                                  const ProjectFields &edited);
// The user's changes (edited vs base) applied on top of the server's state.
ProjectFields rebase(const ProjectFields &base, const ProjectFields &server,
                     const ProjectFields &edited);

} // namespace ProjectRules
