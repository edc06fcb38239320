#pragma once

#include "app/sandbox/routes/ProjectDescriber.h"
#include "app/sandbox/service/Call.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <optional>

namespace sandbox {

// The filters of /system/findProjects (DNAnexus API, system/findProjects), parsed once per request.
class FindProjectsQuery
{
public:
    // Throws InvalidInput naming the field.
    explicit FindProjectsQuery(const QJsonObject &input);
    bool matches(const World &world, const Project &project, const QString &userId,
                 Level level) const;

    Level minimumLevel = Level::Contribute;
    bool describe = false;
    DescribeOptions describeOptions;
    int limit = 1000;
    std::optional<ProjectKey> starting;
    QString billedTo; // set by /org-xxxx/findProjects: only projects billed to that org
    bool withPublic = false; // results carry "public" (org-xxxx/findProjects)

    static QString cursorFor(const ProjectKey &key);
    // The `created` bounds (inclusive), for findProjectsPage to seek to instead of scanning.
    std::optional<qint64> createdAfter() const { return m_createdAfter; }
    std::optional<qint64> createdBefore() const { return m_createdBefore; }

private:
    QStringList m_ids;
    std::optional<QString> m_name;
    std::optional<QString> m_glob;
    std::optional<QRegularExpression> m_namePattern;
    QStringList m_tags;
    bool m_anyTag = false; // $or instead of $and
    QList<QJsonObject> m_properties; // each must match ($and)
    std::optional<bool> m_explicit;
    std::optional<bool> m_public;
    std::optional<bool> m_containsPHI;
    std::optional<bool> m_externalUploadRestricted;
    QStringList m_billTo;
    QStringList m_region;
    std::optional<qint64> m_createdAfter;
    std::optional<qint64> m_createdBefore;
};

// One page of results of `query` for the caller: {"results": [{id, level, public?,
// describe?}], "next": cursor or null}, in World::projectOrder.
Body findProjectsPage(Call &call, const FindProjectsQuery &query);

// Whether the whole text matches a glob of "*" (any run) and "?" (one character). Much faster
// than a regular expression, which matters when scanning 100,000 names.
bool globMatches(QStringView glob, QStringView text);

} // namespace sandbox
