#pragma once

#include "api/Level.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

struct ProjectRow;

// One `properties` term of the filter bar: `key` (the property is set, any value) or
// `key=value` (the property has exactly that value).
struct PropertyFilter
{
    QString key;
    std::optional<QString> value;

    bool operator==(const PropertyFilter &other) const
    {
        return key == other.key && value == other.value;
    }
};

struct PropertyFilterParse
{
    std::optional<PropertyFilter> filter;
    QString error; // names the rule that the text breaks; empty when filter is set
};

// Parses one term as typed in the filter bar. The first '=' splits key and value, so a value
// may itself contain '='; key and value are trimmed.
PropertyFilterParse parsePropertyFilter(const QString &text);

// The filter bar's state as a value. Everything here goes to the server in the findProjects
// input, except several regions: findProjects takes one `region`, and one listing per region
// cannot be merged into one paged list with one cursor, so with two or more regions no
// `region` is sent and the list keeps only the rows whose region is selected
// (acceptsRow()). The quick text filter is not part of the query: it acts on loaded rows.
struct ProjectQuery
{
    // Contains: the name holds the text, whatever the case. The platform's glob (`*`, `?`) is
    // case-sensitive and has no character classes, so it is sent as a regexp with flag "i".
    enum class NameMode { Contains, Exact, Glob, Regexp };

    QString name; // empty: any name
    NameMode nameMode = NameMode::Contains;
    // The caller's minimum level. Level::None sends nothing, and the server then applies its
    // own default (CONTRIBUTE); the browser starts at VIEW to show every visible project.
    Level minLevel = Level::View;
    QStringList regions; // empty: any region
    QString billTo; // empty: any billTo
    QStringList tags; // all of them must be present
    QList<PropertyFilter> properties;
    std::optional<bool> containsPHI;
    std::optional<bool> externalUploadRestricted; // dx find projects --external-upload-restricted
    std::optional<qint64> createdAfter; // ms since the epoch
    std::optional<qint64> createdBefore;
    // Empty: the caller's own projects (/system/findProjects). An org ID: the projects billed
    // to that org, for its admins, members of them or not (/org-xxxx/findProjects), which
    // has no minimum level, billTo or externalUploadRestricted filter.
    QString org;

    // The subject of the search call: "system" or the org.
    QString searchSubject() const { return org.isEmpty() ? QStringLiteral("system") : org; }

    bool operator==(const ProjectQuery &other) const;
    bool operator!=(const ProjectQuery &other) const { return !(*this == other); }

    // Empty when the query can be sent; else a sentence for the filter bar.
    QString validate() const;
    // The part of the filter the server cannot apply (several regions).
    bool needsClientFilter() const { return regions.size() > 1; }
    bool acceptsRow(const ProjectRow &row) const;

    QJsonObject toJson() const;
    static ProjectQuery fromJson(const QJsonObject &json);

    // The describe fields that the list's columns show; asked for with every page.
    static QStringList describeFields();
};

// The findProjects input for a query, without `limit` and `starting` (the paging model adds
// those). Pure: the same query always gives the same input.
QJsonObject toFindProjectsInput(const ProjectQuery &query);

Q_DECLARE_METATYPE(ProjectQuery)
