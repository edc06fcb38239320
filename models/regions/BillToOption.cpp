#include "models/regions/BillToOption.h"

#include "models/common/Money.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

void flatten(const QString &prefix, const QJsonValue &value, int depth,
             QList<QPair<QString, QString>> *out)
{
    const auto key = [&prefix](const QString &k) {
        return prefix.isEmpty() ? k : prefix + QLatin1Char('.') + k;
    };
    if (value.isObject()) {
        if (depth >= 3) {
            out->append({ prefix, QStringLiteral("…") });
            return;
        }
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(key(it.key()), it.value(), depth + 1, out);
    } else if (value.isDouble()) {
        out->append({ prefix, QString::number(value.toDouble(), 'g', 10) });
    } else if (value.isString()) {
        out->append({ prefix, value.toString() });
    } else if (value.isBool()) {
        out->append({ prefix, value.toBool() ? QStringLiteral("yes") : QStringLiteral("no") });
    } else if (value.isArray()) {
        out->append({ prefix, QStringLiteral("%1 entries").arg(value.toArray().size()) });
    }
}

} // namespace

QString BillToOption::label() const
{
    return name == id ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

BillToOption BillToOption::fromDescribe(const QJsonObject &d)
{
    BillToOption o;
    o.id = str(d, "id");
    const QString cls = str(d, "class");
    o.kind
        = (cls == QLatin1String("org") || (cls.isEmpty() && o.id.startsWith(QLatin1String("org-"))))
        ? Kind::Org
        : Kind::User;

    o.name = str(d, "name");
    if (o.name.isEmpty()) {
        const QString first = str(d, "first");
        const QString last = str(d, "last");
        o.name = QString(first + QLatin1Char(' ') + last).trimmed();
    }
    if (o.name.isEmpty())
        o.name = o.id;

    for (const QJsonValue &r : d.value(QLatin1String("permittedRegions")).toArray()) {
        if (r.isString() && !o.permittedRegions.contains(r.toString()))
            o.permittedRegions << r.toString();
    }
    o.defaultRegion = str(d, "defaultRegion");
    o.phiFeatures = d.value(QLatin1String("phiFeatures")).toBool();
    o.atSpendingLimit = d.value(QLatin1String("atSpendingLimit")).toBool();
    o.level = str(d, "level").toUpper();
    o.allowBillableActivities = d.value(QLatin1String("allowBillableActivities")).toBool();
    o.pricingModelsByRegion = d.value(QLatin1String("pricingModelsByRegion")).toObject();
    o.userBillTo = o.isOrg() ? QString() : str(d, "billTo");
    return o;
}

namespace {

// The price items whose unit the platform fixes (docs/api-facts.md, app/sandbox/world/WORLD.md):
// storage is billed per GB per month, in dollars; unarchiving once per GB, in millidollars
// (as the unarchive cost is).
struct KnownPrice
{
    const char *key;
    const char *name;
    Money::Per per;
    double toDollars;
};
constexpr KnownPrice KnownPrices[] = {
    { "storagePricePerGB", "Storage", Money::Per::GBMonth, 1.0 },
    { "archivedPricePerGB", "Archived", Money::Per::GBMonth, 1.0 },
    { "unarchivePricePerGB", "Unarchive", Money::Per::GB, 0.001 },
};

struct PriceColumn
{
    QString header;
    bool isPrice = false;
    double toDollars = 1.0;
};

PriceColumn columnFor(const QString &key)
{
    for (const KnownPrice &known : KnownPrices) {
        if (key == QLatin1String(known.key))
            return { QCoreApplication::translate("PricingTable", known.name)
                         + Money::perText(known.per),
                     true, known.toDollars };
    }
    if (key.compare(QLatin1String("phi"), Qt::CaseInsensitive) == 0)
        return { QStringLiteral("PHI") };
    QString header = key;
    bool perGB = false;
    for (const QLatin1String suffix : { QLatin1String("PricePerGB"), QLatin1String("PerGB") }) {
        if (header.endsWith(suffix) && header.size() > suffix.size()) {
            header.chop(suffix.size());
            perGB = true;
            break;
        }
    }
    if (!header.isEmpty())
        header[0] = header.at(0).toUpper();
    return { perGB ? header + Money::perText(Money::Per::GB) : header, perGB };
}

// A price in dollars (the header says per what); other numbers with 4 significant digits.
QString shortValue(const QString &text, const PriceColumn &column)
{
    bool number = false;
    const double value = text.toDouble(&number);
    if (!number)
        return text;
    return column.isPrice ? Money::price(value * column.toDollars, Money::Per::Nothing)
                          : QString::number(value, 'g', 4);
}

} // namespace

PricingTable pricingTable(const QJsonObject &pricingModelsByRegion)
{
    PricingTable table;
    QHash<QString, int> columnOf;
    QList<QHash<QString, QString>> cells;
    for (auto it = pricingModelsByRegion.begin(); it != pricingModelsByRegion.end(); ++it) {
        QHash<QString, QString> row;
        const QJsonObject model = it.value().toObject();
        for (auto item = model.begin(); item != model.end(); ++item) {
            if (!columnOf.contains(item.key())) {
                columnOf.insert(item.key(), int(table.columns.size()));
                table.columns.append({ item.key(), columnFor(item.key()).header });
            }
            // A nested price sheet (e.g. one price per unarchive rate) stays in one cell.
            const PriceColumn column = columnFor(item.key());
            QStringList parts;
            for (const auto &line : pricingSummary({ { item.key(), item.value() } })) {
                const QString name = line.first.mid(item.key().size() + 1);
                const QString value = shortValue(line.second, column);
                parts << (name.isEmpty() ? value : name + QLatin1Char(' ') + value);
            }
            row.insert(item.key(), parts.join(QStringLiteral(" · ")));
        }
        table.rows.append({ it.key(), {} });
        cells.append(row);
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        for (const PricingTable::Column &c : std::as_const(table.columns))
            table.rows[r].second << cells.at(r).value(c.key);
    }
    return table;
}

QList<QPair<QString, QString>> pricingSummary(const QJsonObject &regionPricing)
{
    QList<QPair<QString, QString>> out;
    for (auto it = regionPricing.begin(); it != regionPricing.end(); ++it)
        flatten(it.key(), it.value(), 1, &out);
    return out;
}
