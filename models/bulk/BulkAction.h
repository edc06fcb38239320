#pragma once

#include "api/Level.h"
#include "models/regions/BillToOption.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

struct ProjectRow;

// A selected project as a bulk action sees it. `level` Level::None means "not known": the
// server then decides. `tagsKnown` tells whether `tags` is the project's full tag list.
struct BulkTarget
{
    QString id;
    QString name;
    QString region;
    QString billTo;
    Level level = Level::None;
    QStringList tags;
    bool tagsKnown = false;
    // Listed from an org's projects without the user as a member: known to have no level.
    bool notAMember = false;

    static BulkTarget fromRow(const ProjectRow &row);
};

// What one project of a bulk action will get: one API call, or a reason to skip it.
struct BulkStep
{
    QString projectId;
    QString projectName;
    QString change; // for people: "add tag 'qc'"
    bool skipped = false;
    QString skipReason; // set when skipped
    QString subject; // the call: subject, method, input
    QString method;
    QJsonObject input;
};

// One bulk action (add tags, set flags, change billTo...) as a value: it plans one call per
// project, and says which projects it skips and why, before anything is sent.
class BulkAction
{
public:
    enum class Kind {
        AddTags,
        RemoveTags,
        SetProperties,
        UnsetProperties,
        SetFlags,
        Invite,
        SetMemberLevel,
        ChangeBillTo,
        ArchiveFolder,
    };

    static BulkAction addTags(const QStringList &tags);
    static BulkAction removeTags(const QStringList &tags);
    static BulkAction setProperties(const QMap<QString, QString> &properties);
    static BulkAction unsetProperties(const QStringList &keys);
    // flags: ProjectFlags keys; a one-way flag (containsPHI) can only be turned on.
    static BulkAction setFlags(const QMap<QString, bool> &flags);
    // Raises `member` to `level` (invite never lowers a level).
    static BulkAction invite(const QString &member, Level level);
    // Lowers `member` to `level`, or removes them with Level::None.
    static BulkAction setMemberLevel(const QString &member, Level level);
    static BulkAction changeBillTo(const BillToOption &billTo);
    static BulkAction archiveFolder(const QString &folder, bool recurse = true);

    Kind kind() const { return m_kind; }
    // Empty when the action can be run; else what is missing ("Enter at least one tag").
    QString validationError() const;
    // The project level the call needs.
    Level requiredLevel() const;
    // What the user did, for the activity log: "Bulk: add tag 'qc' to 200 projects".
    QString description(int projectCount) const;
    // The change in a few words, without the projects: "add tag 'qc'".
    QString summary() const;

    BulkStep plan(const BulkTarget &target) const;
    QList<BulkStep> preview(const QList<BulkTarget> &targets) const;

private:
    explicit BulkAction(Kind kind)
        : m_kind(kind)
    { }
    // Tags, or property keys, each once.
    static BulkAction withValues(Kind kind, QStringList values);

    Kind m_kind = Kind::AddTags;
    QStringList m_values; // tags, or property keys to unset
    QMap<QString, QString> m_properties;
    QMap<QString, bool> m_flags;
    QString m_member;
    Level m_level = Level::None;
    BillToOption m_billTo;
    QString m_folder;
    bool m_recurse = true;
};
