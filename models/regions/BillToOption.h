#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// One account a project can be billed to: the user or one of their orgs, as read from
// /user-xxxx/describe or /org-xxxx/describe. `enabled` and `disabledReason` are decided by
// BillToRules, not by the describe.
struct BillToOption
{
    enum class Kind { User, Org };

    QString id; // "user-alice", "org-genomics"
    QString name; // "Alice Smith", "Genomics Core"; the id when the describe has no name
    Kind kind = Kind::User;

    QStringList permittedRegions;
    QString defaultRegion;
    bool phiFeatures = false;
    bool atSpendingLimit = false;
    QString level; // org only: the caller's membership, ADMIN or MEMBER
    bool allowBillableActivities = false; // org only: the caller's permission to bill to it
    QJsonObject pricingModelsByRegion; // empty when the caller may not see pricing
    QString userBillTo; // user only: the user's own default billTo

    bool enabled = false;
    QString disabledReason; // a sentence, set when !enabled

    bool isOrg() const { return kind == Kind::Org; }
    bool hasPricing() const { return !pricingModelsByRegion.isEmpty(); }
    QString label() const; // "Alice Smith (user-alice)"

    // Reads a describe result; the kind comes from "class" or, failing that, the id prefix.
    static BillToOption fromDescribe(const QJsonObject &describe);
};

// A price model of one region as short "key: value" lines, nested keys joined with '.', e.g.
// {"storage": {"perGBMonth": 0.023}} -> ("storage.perGBMonth", "0.023"). Depth is bounded
// because the shape of a price sheet is the server's and may grow.
QList<QPair<QString, QString>> pricingSummary(const QJsonObject &regionPricing);

// pricingModelsByRegion as a table: one row per region (in the server's order), one column
// per top-level price item found in any region (first-seen order), with a short header that
// says per what ("Storage per GB per month", "Unarchive per GB", "PHI") and the item's key as
// its description. A nested item stays in one cell ("Bulk $0.0025 · Standard $0.01"). Prices
// are dollars written by Money::price (unarchive prices come in millidollars), other numbers
// keep 4 significant digits; an item a region lacks is empty.
struct PricingTable
{
    struct Column
    {
        QString key; // "unarchivePricePerGB.Bulk"
        QString header; // "Unarchive per GB"
    };
    QList<Column> columns;
    QList<QPair<QString, QStringList>> rows; // region string, one cell per column
};
PricingTable pricingTable(const QJsonObject &pricingModelsByRegion);
