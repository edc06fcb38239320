#include "models/projects/TagsPropertiesForm.h"

#include "api/ApiClient.h"
#include "models/projects/ProjectRules.h"

#include <QJsonArray>

TagsPropertiesForm::TagsPropertiesForm(ApiClient *client, const QString &projectId,
                                       const QStringList &tags, const QJsonObject &properties,
                                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectId(projectId)
    , m_baseTags(tags)
    , m_tags(tags)
    , m_baseProperties(ProjectRules::propertiesFromJson(properties))
{
    for (auto it = m_baseProperties.begin(); it != m_baseProperties.end(); ++it)
        m_rows << qMakePair(it.key(), it.value());
}

QString TagsPropertiesForm::addTag(const QString &tag)
{
    const QString error = ProjectRules::validateTag(tag);
    if (!error.isEmpty())
        return error;
    const QString t = tag.trimmed();
    if (!m_tags.contains(t)) {
        m_tags << t;
        m_status.clear();
        Q_EMIT changed();
    }
    return {};
}

void TagsPropertiesForm::removeTag(const QString &tag)
{
    if (m_tags.removeAll(tag) > 0) {
        m_status.clear();
        Q_EMIT changed();
    }
}

void TagsPropertiesForm::setPropertyRows(const QList<QPair<QString, QString>> &rows)
{
    if (rows == m_rows)
        return;
    m_rows = rows;
    m_status.clear();
    Q_EMIT changed();
}

QStringList TagsPropertiesForm::tagsToAdd() const
{
    QStringList out;
    for (const QString &t : m_tags) {
        if (!m_baseTags.contains(t))
            out << t;
    }
    return out;
}

QStringList TagsPropertiesForm::tagsToRemove() const
{
    QStringList out;
    for (const QString &t : m_baseTags) {
        if (!m_tags.contains(t))
            out << t;
    }
    return out;
}

QString TagsPropertiesForm::propertiesError() const
{
    QStringList keys;
    for (const auto &row : m_rows) {
        const QString e = ProjectRules::validatePropertyKey(row.first, keys);
        if (!e.isEmpty())
            return e;
        keys << row.first;
    }
    return {};
}

QString TagsPropertiesForm::shownPropertiesError() const
{
    const QString field = QStringLiteral("properties");
    QStringList keys;
    for (const auto &row : m_rows) {
        const QString e = m_left.shown(field, ProjectRules::validatePropertyKey(row.first, keys),
                                       row.first.isEmpty());
        if (!e.isEmpty())
            return e;
        keys << row.first;
    }
    return {};
}

void TagsPropertiesForm::markPropertiesLeft()
{
    if (m_left.markLeft(QStringLiteral("properties")))
        Q_EMIT changed();
}

QJsonObject TagsPropertiesForm::propertiesInput() const
{
    QMap<QString, QString> edited;
    for (const auto &row : m_rows) {
        if (!row.first.isEmpty())
            edited.insert(row.first, row.second);
    }
    return ProjectRules::propertiesDiff(m_baseProperties, edited);
}

QList<QPair<QString, QJsonObject>> TagsPropertiesForm::requests() const
{
    QList<QPair<QString, QJsonObject>> out;
    const QString prefix = QLatin1Char('/') + m_projectId + QLatin1Char('/');
    if (!tagsToAdd().isEmpty())
        out << qMakePair(
            prefix + QStringLiteral("addTags"),
            QJsonObject { { QStringLiteral("tags"), QJsonArray::fromStringList(tagsToAdd()) } });
    if (!tagsToRemove().isEmpty())
        out << qMakePair(
            prefix + QStringLiteral("removeTags"),
            QJsonObject { { QStringLiteral("tags"), QJsonArray::fromStringList(tagsToRemove()) } });
    const QJsonObject properties = propertiesInput();
    if (!properties.isEmpty())
        out << qMakePair(prefix + QStringLiteral("setProperties"),
                         QJsonObject { { QStringLiteral("properties"), properties } });
    return out;
}

QStringList TagsPropertiesForm::diffLines() const
{
    QStringList out;
    for (const QString &t : tagsToAdd())
        out << tr("+ tag %1").arg(t);
    for (const QString &t : tagsToRemove())
        out << tr("- tag %1").arg(t);
    const QJsonObject p = propertiesInput();
    for (auto it = p.begin(); it != p.end(); ++it) {
        const auto old = m_baseProperties.constFind(it.key());
        if (it.value().isNull())
            out << tr("%1: \"%2\" -> removed").arg(it.key(), old.value());
        else if (old == m_baseProperties.constEnd())
            out << tr("%1: new \"%2\"").arg(it.key(), it.value().toString());
        else
            out << tr("%1: \"%2\" -> \"%3\"").arg(it.key(), old.value(), it.value().toString());
    }
    return out;
}

bool TagsPropertiesForm::apply()
{
    if (!canApply()) {
        if (!isBusy() && m_left.markTried()) // a try shows every reason, "required" ones too
            Q_EMIT changed();
        return false;
    }
    m_error = {};
    m_status.clear();
    m_pending = requests();
    m_busy = true;
    runNext();
    return true;
}

void TagsPropertiesForm::runNext()
{
    if (m_pending.isEmpty()) {
        m_busy = false;
        m_baseTags = m_tags;
        QMap<QString, QString> now;
        for (const auto &row : m_rows)
            now.insert(row.first, row.second);
        m_baseProperties = now;
        m_status = tr("Applied.");
        Q_EMIT changed();
        Q_EMIT applied(m_projectId);
        return;
    }
    const auto next = m_pending.takeFirst();
    const QString method = next.first.section(QLatin1Char('/'), 2);
    Q_EMIT changed();
    m_call.start(
        m_client->call(m_projectId, method, next.second),
        [this, method](const QJsonObject &) {
            // Keep what went through so that a later failure leaves an exact diff behind.
            if (method == QLatin1String("addTags")) {
                m_baseTags += tagsToAdd();
            } else if (method == QLatin1String("removeTags")) {
                QStringList base;
                for (const QString &t : m_baseTags) {
                    if (m_tags.contains(t))
                        base << t;
                }
                m_baseTags = base;
            }
            runNext();
        },
        [this](const ApiError &error) { fail(error); });
}

void TagsPropertiesForm::fail(const ApiError &error)
{
    m_pending.clear();
    m_error = FieldErrors::fromApiError(error,
                                        { QStringLiteral("tags"), QStringLiteral("properties") });
    m_status = m_error.message;
    m_busy = false;
    Q_EMIT changed();
    Q_EMIT refused(m_error);
}

bool TagsPropertiesForm::removeAllProperties()
{
    if (isBusy())
        return false;
    m_error = {};
    m_status = tr("Reading the project's current properties...");
    m_busy = true;
    Q_EMIT changed();
    m_call.start(
        m_client->call(m_projectId, QStringLiteral("describe"),
                       { { QStringLiteral("fields"),
                           QJsonObject { { QStringLiteral("properties"), true } } } }),
        [this](const QJsonObject &describe) {
            // Staged, not sent: the server's keys become the base, every row goes, and the diff
            // lists each key as removed until the user applies (or cancels).
            m_baseProperties = ProjectRules::propertiesFromJson(
                describe.value(QStringLiteral("properties")).toObject());
            m_rows.clear();
            m_busy = false;
            m_status = m_baseProperties.isEmpty()
                ? tr("The project has no properties on the server.")
                : m_baseProperties.size() == 1
                ? tr("The project has 1 property on the server; it will be removed when you "
                     "apply. Check the changes below.")
                : tr("The project has %1 properties on the server; all will be removed when you "
                     "apply. Check the changes below.")
                      .arg(m_baseProperties.size());
            Q_EMIT changed();
        },
        [this](const ApiError &error) { fail(error); });
    return true;
}
