#include "app/sandbox/routes/FindProjectsQuery.h"

#include "app/sandbox/service/Failure.h"
#include "app/sandbox/service/Input.h"

#include <QJsonArray>
#include <algorithm>

namespace sandbox {

using namespace sandbox::input;

namespace {

QStringList stringOrList(const QJsonObject &in, const QString &key)
{
    const QJsonValue value = in.value(key);
    if (value.isUndefined())
        return {};
    if (value.isString())
        return { value.toString() };
    if (value.isArray())
        return requireStringList(in, key);
    failInvalidInput(key + QStringLiteral(": must be a string or an array of strings"));
}

std::optional<ProjectKey> parseCursor(const QJsonObject &in)
{
    const QJsonValue value = in.value(QStringLiteral("starting"));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QString rule = QStringLiteral("starting: must be the next value of a previous reply");
    if (!value.isString())
        failInvalidInput(rule);
    const QByteArray decoded
        = QByteArray::fromBase64(value.toString().toLatin1(), QByteArray::Base64UrlEncoding);
    const int colon = decoded.indexOf(':');
    bool ok = false;
    ProjectKey key;
    key.created = decoded.left(colon).toLongLong(&ok);
    key.id = QString::fromLatin1(decoded.mid(colon + 1));
    if (colon <= 0 || !ok || !key.id.startsWith(QLatin1String("project-")))
        failInvalidInput(rule);
    return key;
}

} // namespace

bool globMatches(QStringView glob, QStringView text)
{
    qsizetype g = 0, t = 0, starG = -1, starT = 0;
    while (t < text.size()) {
        if (g < glob.size() && (glob[g] == QLatin1Char('?') || glob[g] == text[t])) {
            ++g;
            ++t;
        } else if (g < glob.size() && glob[g] == QLatin1Char('*')) {
            starG = g++;
            starT = t;
        } else if (starG >= 0) {
            g = starG + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (g < glob.size() && glob[g] == QLatin1Char('*'))
        ++g;
    return g == glob.size();
}

FindProjectsQuery::FindProjectsQuery(const QJsonObject &in)
{
    if (const std::optional<QString> level
        = optEnum(in, QStringLiteral("level"),
                  { QStringLiteral("VIEW"), QStringLiteral("UPLOAD"), QStringLiteral("CONTRIBUTE"),
                    QStringLiteral("ADMINISTER") }))
        parseLevel(*level, &minimumLevel);
    const QJsonValue name = in.value(QStringLiteral("name"));
    if (name.isString()) {
        m_name = name.toString();
    } else if (name.isObject() && name.toObject().value(QStringLiteral("glob")).isString()) {
        m_glob = name.toObject().value(QStringLiteral("glob")).toString();
    } else if (name.isObject() && name.toObject().value(QStringLiteral("regexp")).isString()) {
        const QJsonObject object = name.toObject();
        QRegularExpression::PatternOptions flags;
        if (object.value(QStringLiteral("flags")).toString().contains(QLatin1Char('i')))
            flags |= QRegularExpression::CaseInsensitiveOption;
        m_namePattern
            = QRegularExpression(object.value(QStringLiteral("regexp")).toString(), flags);
        m_namePattern->optimize();
        if (!m_namePattern->isValid())
            failInvalidInput(QStringLiteral("name.regexp: not a valid regular expression: ")
                             + m_namePattern->errorString());
    } else if (!name.isUndefined()) {
        failInvalidInput(QStringLiteral("name: must be a string, {\"glob\": string} or "
                                        "{\"regexp\": string}"));
    }
    const QJsonValue describeValue = in.value(QStringLiteral("describe"));
    if (describeValue.isBool()) {
        describe = describeValue.toBool();
    } else if (describeValue.isObject()) {
        describe = true;
        describeOptions = DescribeOptions::fromInput(describeValue.toObject());
    } else if (!describeValue.isUndefined()) {
        failInvalidInput(QStringLiteral("describe: must be a boolean or a describe input mapping"));
    }
    const QJsonValue tags = in.value(QStringLiteral("tags"));
    if (tags.isString()) {
        m_tags = { tags.toString() };
    } else if (tags.isObject() && tags.toObject().size() == 1
               && (tags.toObject().contains(QStringLiteral("$and"))
                   || tags.toObject().contains(QStringLiteral("$or")))) {
        m_anyTag = tags.toObject().contains(QStringLiteral("$or"));
        m_tags = requireStringList(tags.toObject(),
                                   m_anyTag ? QStringLiteral("$or") : QStringLiteral("$and"));
    } else if (!tags.isUndefined()) {
        failInvalidInput(QStringLiteral("tags: must be a string or {\"$and\": [strings]}"));
    }
    // {key: value, ...} or, as dx sends more than one, {"$and": [{key: value}, ...]}.
    const QJsonObject properties
        = optObject(in, QStringLiteral("properties")).value_or(QJsonObject());
    if (properties.size() == 1 && properties.contains(QStringLiteral("$and"))) {
        const QJsonValue all = properties.value(QStringLiteral("$and"));
        if (!all.isArray())
            failInvalidInput(QStringLiteral("properties.$and: must be an array of mappings"));
        for (const QJsonValue &item : all.toArray()) {
            if (!item.isObject())
                failInvalidInput(QStringLiteral("properties.$and: must be an array of mappings"));
            m_properties.append(item.toObject());
        }
    } else if (!properties.isEmpty()) {
        m_properties.append(properties);
    }
    for (const QJsonObject &mapping : qAsConst(m_properties)) {
        for (auto it = mapping.begin(); it != mapping.end(); ++it) {
            if (!it.value().isString() && !it.value().isBool())
                failInvalidInput(
                    QStringLiteral("properties.") + it.key()
                    + QStringLiteral(": must be a string or a boolean (true: present)"));
        }
    }
    m_ids = stringOrList(in, QStringLiteral("id"));
    for (const QString &id : qAsConst(m_ids)) {
        if (!id.startsWith(QLatin1String("project-")))
            failInvalidInput(QStringLiteral("id: ") + id + QStringLiteral(" is not a project ID"));
    }
    m_explicit = optBool(in, QStringLiteral("explicitPermission"));
    m_public = optBool(in, QStringLiteral("public"));
    // The org search's other spelling: publicOnly / privateOnly.
    const bool publicOnly = optBool(in, QStringLiteral("publicOnly")).value_or(false);
    const bool privateOnly = optBool(in, QStringLiteral("privateOnly")).value_or(false);
    if (publicOnly && privateOnly)
        failInvalidInput(QStringLiteral("publicOnly, privateOnly: at most one may be true"));
    if (publicOnly || privateOnly)
        m_public = publicOnly;
    m_containsPHI = optBool(in, QStringLiteral("containsPHI"));
    // dx find projects --external-upload-restricted
    m_externalUploadRestricted = optBool(in, QStringLiteral("externalUploadRestricted"));
    m_billTo = stringOrList(in, QStringLiteral("billTo"));
    m_region = stringOrList(in, QStringLiteral("region"));
    if (const std::optional<QJsonObject> created = optObject(in, QStringLiteral("created"))) {
        m_createdAfter = optInt(*created, QStringLiteral("after"));
        m_createdBefore = optInt(*created, QStringLiteral("before"));
    }
    if (const std::optional<qint64> given = optInt(in, QStringLiteral("limit"))) {
        if (*given < 1 || *given > 1000)
            failInvalidInput(QStringLiteral("limit: must be an integer from 1 to 1000"));
        limit = int(*given);
    }
    starting = parseCursor(in);
}

bool FindProjectsQuery::matches(const World &world, const Project &p, const QString &userId,
                                Level level) const
{
    if (level < minimumLevel)
        return false;
    if (!billedTo.isEmpty() && p.billTo != billedTo)
        return false;
    if (!m_ids.isEmpty() && !m_ids.contains(p.id))
        return false;
    if (m_name && p.name != *m_name)
        return false;
    if (m_glob && !globMatches(*m_glob, p.name))
        return false;
    if (m_namePattern && !m_namePattern->match(p.name).hasMatch())
        return false;
    if (!m_region.isEmpty() && !m_region.contains(p.region))
        return false;
    if (!m_billTo.isEmpty() && !m_billTo.contains(p.billTo))
        return false;
    if (m_containsPHI && p.containsPHI != *m_containsPHI)
        return false;
    if (m_externalUploadRestricted && p.externalUploadRestricted != *m_externalUploadRestricted)
        return false;
    if (m_public && p.isPublic() != *m_public)
        return false;
    if (m_createdAfter && p.created < *m_createdAfter)
        return false;
    if (m_createdBefore && p.created > *m_createdBefore)
        return false;
    if (!m_tags.isEmpty()) {
        int found = 0;
        for (const QString &tag : m_tags)
            found += p.tags.contains(tag) ? 1 : 0;
        if (m_anyTag ? found == 0 : found != m_tags.size())
            return false;
    }
    for (const QJsonObject &mapping : m_properties) {
        for (auto it = mapping.begin(); it != mapping.end(); ++it) {
            auto property = p.properties.constFind(it.key());
            if (it.value().isBool()) {
                if ((property != p.properties.cend()) != it.value().toBool())
                    return false;
            } else if (property == p.properties.cend()
                       || property.value() != it.value().toString()) {
                return false;
            }
        }
    }
    if (m_explicit && world.hasExplicitPermission(p, userId) != *m_explicit)
        return false;
    return true;
}

QString FindProjectsQuery::cursorFor(const ProjectKey &key)
{
    const QByteArray raw = QByteArray::number(key.created) + ':' + key.id.toLatin1();
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding));
}

Body findProjectsPage(Call &call, const FindProjectsQuery &query)
{
    const std::vector<ProjectKey> &order = call.world.projectOrder();
    auto it = query.starting ? call.world.orderAfter(*query.starting) : order.begin();
    // The order is newest first: a `created` range is one stretch of it. Seeking to its start
    // and stopping at its end, instead of testing every project, is what keeps a listing cut
    // into `created` ranges (the console's, models/browser/ListingPlan) from costing the
    // server a scan of all projects per call.
    if (const std::optional<qint64> before = query.createdBefore()) {
        const ProjectKey newest { *before, QString(), nullptr }; // first of those at `before`
        it = std::max(it, std::lower_bound(order.begin(), order.end(), newest));
    }
    const std::optional<qint64> after = query.createdAfter();
    JsonWriter out;
    out.reserve(query.describe ? query.limit * 900 : query.limit * 64);
    out.beginObject();
    out.key("results");
    out.beginArray();
    int count = 0;
    const ProjectKey *last = nullptr;
    bool more = false;
    for (; it != order.end(); ++it) {
        if (after && it->created < *after)
            break; // the rest is older still
        const Project *p = it->project;
        const Level level = call.world.levelOf(*p, call.caller.id);
        if (!query.matches(call.world, *p, call.caller.id, level))
            continue;
        if (count == query.limit) {
            more = true; // one more match exists: the page is full and there is a next one
            break;
        }
        out.beginObject();
        out.field("id", p->id);
        out.field("level", levelName(level));
        if (query.withPublic)
            out.field("public", p->isPublic());
        if (query.describe) {
            out.key("describe");
            ProjectDescriber::describe(out, call.world, *p, call.caller, level,
                                       query.describeOptions, call.now);
        }
        out.endObject();
        ++count;
        last = &*it;
    }
    out.endArray();
    out.key("next");
    if (more)
        out.value(FindProjectsQuery::cursorFor(*last));
    else
        out.null();
    out.endObject();
    return Body(out.take());
}

} // namespace sandbox
