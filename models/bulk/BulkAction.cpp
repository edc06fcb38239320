#include "models/bulk/BulkAction.h"

#include "models/browser/ProjectRow.h"
#include "models/projects/ProjectFlags.h"
#include "models/projects/ProjectRules.h"
#include "models/regions/BillToRules.h"

#include <QJsonArray>

BulkTarget BulkTarget::fromRow(const ProjectRow &row)
{
    BulkTarget t;
    t.id = row.id;
    t.name = row.name;
    t.region = row.region;
    t.billTo = row.billTo;
    t.level = row.level;
    t.notAMember = row.has(ProjectRow::NotAMember);
    t.tags = row.tags;
    // A findProjects row carries the tags only when the describe asked for them; an empty
    // list may mean "not asked", so it does not count as known.
    t.tagsKnown = !row.tags.isEmpty();
    return t;
}

static QString quoted(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        out << QLatin1Char('\'') + v + QLatin1Char('\'');
    return out.join(QStringLiteral(", "));
}

BulkAction BulkAction::withValues(Kind kind, QStringList values)
{
    BulkAction a(kind);
    a.m_values = std::move(values);
    a.m_values.removeDuplicates();
    return a;
}

BulkAction BulkAction::addTags(const QStringList &tags)
{
    return withValues(Kind::AddTags, tags);
}

BulkAction BulkAction::removeTags(const QStringList &tags)
{
    return withValues(Kind::RemoveTags, tags);
}

BulkAction BulkAction::setProperties(const QMap<QString, QString> &properties)
{
    BulkAction a(Kind::SetProperties);
    a.m_properties = properties;
    return a;
}

BulkAction BulkAction::unsetProperties(const QStringList &keys)
{
    return withValues(Kind::UnsetProperties, keys);
}

BulkAction BulkAction::setFlags(const QMap<QString, bool> &flags)
{
    BulkAction a(Kind::SetFlags);
    a.m_flags = flags;
    return a;
}

BulkAction BulkAction::invite(const QString &member, Level level)
{
    BulkAction a(Kind::Invite);
    a.m_member = member;
    a.m_level = level;
    return a;
}

BulkAction BulkAction::setMemberLevel(const QString &member, Level level)
{
    BulkAction a = invite(member, level);
    a.m_kind = Kind::SetMemberLevel;
    return a;
}

BulkAction BulkAction::changeBillTo(const BillToOption &billTo)
{
    BulkAction a(Kind::ChangeBillTo);
    a.m_billTo = billTo;
    return a;
}

BulkAction BulkAction::archiveFolder(const QString &folder, bool recurse)
{
    BulkAction a(Kind::ArchiveFolder);
    a.m_folder = folder;
    a.m_recurse = recurse;
    return a;
}

QString BulkAction::validationError() const
{
    switch (m_kind) {
    case Kind::AddTags:
    case Kind::RemoveTags:
        if (m_values.isEmpty() || m_values.contains(QString()))
            return QObject::tr("Enter at least one tag; tags may not be empty.");
        break;
    case Kind::UnsetProperties:
        if (m_values.isEmpty() || m_values.contains(QString()))
            return QObject::tr("Enter at least one property name.");
        break;
    case Kind::SetProperties:
        if (m_properties.isEmpty() || m_properties.contains(QString()))
            return QObject::tr("Enter at least one property as key=value.");
        break;
    case Kind::SetFlags:
        if (m_flags.isEmpty())
            return QObject::tr("Choose at least one flag.");
        for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it) {
            const ProjectFlag *flag = ProjectFlags::find(it.key());
            if (flag && flag->oneWay && !it.value())
                return QObject::tr("%1 can only be turned on, never off.").arg(it.key());
        }
        if (const QString order = ProjectRules::validateDownloadOrder(m_flags); !order.isEmpty())
            return order;
        break;
    case Kind::Invite:
    case Kind::SetMemberLevel:
        if (m_member.isEmpty())
            return QObject::tr("Enter a user, an org, PUBLIC or an e-mail address.");
        if (m_kind == Kind::Invite && m_level == Level::None)
            return QObject::tr("Choose a level.");
        break;
    case Kind::ChangeBillTo:
        if (m_billTo.id.isEmpty())
            return QObject::tr("Choose a billTo.");
        break;
    case Kind::ArchiveFolder:
        if (!m_folder.startsWith(QLatin1Char('/')))
            return QObject::tr("A folder starts with '/'.");
        break;
    }
    return {};
}

Level BulkAction::requiredLevel() const
{
    switch (m_kind) {
    case Kind::AddTags:
    case Kind::RemoveTags:
    case Kind::SetProperties:
    case Kind::UnsetProperties:
    case Kind::ArchiveFolder:
        return Level::Contribute;
    case Kind::SetFlags:
    case Kind::Invite:
    case Kind::SetMemberLevel:
    case Kind::ChangeBillTo:
        return Level::Administer;
    }
    return Level::Administer;
}

QString BulkAction::summary() const
{
    switch (m_kind) {
    case Kind::AddTags:
        return m_values.size() == 1 ? QObject::tr("add tag %1").arg(quoted(m_values))
                                    : QObject::tr("add tags %1").arg(quoted(m_values));
    case Kind::RemoveTags:
        return m_values.size() == 1 ? QObject::tr("remove tag %1").arg(quoted(m_values))
                                    : QObject::tr("remove tags %1").arg(quoted(m_values));
    case Kind::SetProperties: {
        QStringList pairs;
        for (auto it = m_properties.cbegin(); it != m_properties.cend(); ++it)
            pairs << it.key() + QLatin1Char('=') + it.value();
        return QObject::tr("set %1").arg(quoted(pairs));
    }
    case Kind::UnsetProperties:
        return QObject::tr("unset %1").arg(quoted(m_values));
    case Kind::SetFlags: {
        QStringList parts;
        for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it)
            parts << it.key() + QLatin1Char('=')
                    + (it.value() ? QStringLiteral("true") : QStringLiteral("false"));
        return QObject::tr("set %1").arg(parts.join(QStringLiteral(", ")));
    }
    case Kind::Invite:
        return QObject::tr("invite %1 at %2").arg(m_member, levelName(m_level));
    case Kind::SetMemberLevel:
        return m_level == Level::None
            ? QObject::tr("remove member %1").arg(m_member)
            : QObject::tr("lower %1 to %2").arg(m_member, levelName(m_level));
    case Kind::ChangeBillTo:
        return QObject::tr("bill to %1").arg(m_billTo.id);
    case Kind::ArchiveFolder:
        return m_recurse ? QObject::tr("archive folder %1 and its subfolders").arg(m_folder)
                         : QObject::tr("archive folder %1").arg(m_folder);
    }
    return {};
}

QString BulkAction::description(int projectCount) const
{
    return projectCount == 1
        ? QObject::tr("Bulk: %1 on 1 project").arg(summary())
        : QObject::tr("Bulk: %1 on %2 projects").arg(summary()).arg(projectCount);
}

BulkStep BulkAction::plan(const BulkTarget &target) const
{
    BulkStep step;
    step.projectId = target.id;
    step.projectName = target.name;
    step.subject = target.id;
    step.change = summary();
    auto skip = [&step](const QString &reason) {
        step.skipped = true;
        step.skipReason = reason;
        return step;
    };

    const Level needed = requiredLevel();
    if (target.notAMember && needed != Level::None)
        return skip(QObject::tr("You are not a member of this project (it is listed as billed "
                                "to an org you administer); this needs %1.")
                        .arg(levelName(needed)));
    if (target.level != Level::None && target.level < needed)
        return skip(QObject::tr("You have %1 access; this needs %2.")
                        .arg(levelName(target.level), levelName(needed)));

    switch (m_kind) {
    case Kind::AddTags:
    case Kind::RemoveTags: {
        QStringList tags;
        for (const QString &tag : m_values) {
            const bool has = target.tags.contains(tag);
            if (!target.tagsKnown || has == (m_kind == Kind::RemoveTags))
                tags << tag;
        }
        if (tags.isEmpty())
            return skip(m_kind == Kind::AddTags ? QObject::tr("Already has every tag.")
                                                : QObject::tr("Has none of these tags."));
        step.method
            = m_kind == Kind::AddTags ? QStringLiteral("addTags") : QStringLiteral("removeTags");
        step.input.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
        if (target.tagsKnown)
            step.change
                = (m_kind == Kind::AddTags ? QObject::tr("add %1") : QObject::tr("remove %1"))
                      .arg(quoted(tags));
        break;
    }
    case Kind::SetProperties:
    case Kind::UnsetProperties: {
        QJsonObject properties;
        for (auto it = m_properties.cbegin(); it != m_properties.cend(); ++it)
            properties.insert(it.key(), it.value());
        for (const QString &key : m_values)
            properties.insert(key, QJsonValue::Null);
        step.method = QStringLiteral("setProperties");
        step.input.insert(QStringLiteral("properties"), properties);
        break;
    }
    case Kind::SetFlags:
        step.method = QStringLiteral("update");
        for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it)
            step.input.insert(it.key(), it.value());
        break;
    case Kind::Invite:
        step.method = QStringLiteral("invite");
        step.input.insert(QStringLiteral("invitee"), m_member);
        step.input.insert(QStringLiteral("level"), levelName(m_level));
        break;
    case Kind::SetMemberLevel:
        step.method = QStringLiteral("decreasePermissions");
        step.input.insert(m_member,
                          m_level == Level::None ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(levelName(m_level)));
        break;
    case Kind::ChangeBillTo:
        if (target.billTo == m_billTo.id)
            return skip(QObject::tr("Already billed to %1.").arg(m_billTo.id));
        if (!target.region.isEmpty() && !BillToRules::isPermitted(m_billTo, target.region))
            return skip(
                QObject::tr("%1 does not permit the region %2.").arg(m_billTo.id, target.region));
        step.method = QStringLiteral("update");
        step.input.insert(QStringLiteral("billTo"), m_billTo.id);
        step.change = QObject::tr("bill to %1 instead of %2")
                          .arg(m_billTo.id,
                               target.billTo.isEmpty() ? QObject::tr("(unknown)") : target.billTo);
        break;
    case Kind::ArchiveFolder:
        step.method = QStringLiteral("archive");
        step.input.insert(QStringLiteral("folder"), m_folder);
        step.input.insert(QStringLiteral("recurse"), m_recurse);
        break;
    }
    return step;
}

QList<BulkStep> BulkAction::preview(const QList<BulkTarget> &targets) const
{
    QList<BulkStep> steps;
    steps.reserve(targets.size());
    for (const BulkTarget &t : targets)
        steps << plan(t);
    return steps;
}
