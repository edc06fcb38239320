#include "models/common/DataSize.h"
#include "models/common/Money.h"
#include "models/details/ProjectDetails.h"
#include "ui/details/DetailFormat.h"
#include "ui/details/DetailPages.h"
#include "ui/details/FieldGrid.h"

#include <QDateTime>
#include <QProgressBar>
#include <QVBoxLayout>

BillingPage::BillingPage(QWidget *parent)
    : DetailPage({ QStringLiteral("billing"), QStringLiteral("Billing && sponsorship"),
                   QStringLiteral("Billing"),
                   QStringLiteral("Who pays for the project, and what its payer sponsors") },
                 parent)
    , m_grid(new FieldGrid(QStringLiteral("billing"), this))
    , m_egressBar(new QProgressBar(this))
{
    FieldGrid *g = m_grid;
    g->addSection(QStringLiteral("Payer"));
    g->addRow(QStringLiteral("billTo"), QStringLiteral("billTo"),
              QStringLiteral("The user or organization that pays for this project's storage and "
                             "compute, and for any sponsorship below."));
    g->addRow(QStringLiteral("atSpendingLimit"), QStringLiteral("At spending limit"),
              QStringLiteral("Whether the payer has used up its spending limit. While it has, "
                             "new work that costs money is refused."));
    g->addRow(QStringLiteral("storageCost"), QStringLiteral("Storage cost"),
              QStringLiteral("What storing the project's current data costs the payer per "
                             "month."));
    g->addRow(QStringLiteral("pendingTransfer"), QStringLiteral("Pending transfer"),
              QStringLiteral("A project can be handed over to another account, which then pays "
                             "for it. This is the account that has been invited to take it."));

    g->addSection(QStringLiteral("Storage sponsorship"));
    g->addRow(QStringLiteral("sponsoredUntil"), QStringLiteral("Sponsored until"),
              QStringLiteral("While a project is sponsored, its payer covers the storage of its "
                             "data for everyone, including people who copied that data into "
                             "their own projects."));

    g->addSection(QStringLiteral("Download (egress) sponsorship"));
    g->addRow(QStringLiteral("totalSponsoredEgressBytes"), QStringLiteral("Sponsored downloads"),
              QStringLiteral("How much data people may download from this project out of the "
                             "platform at the payer's cost instead of their own."));
    g->addRow(QStringLiteral("consumedSponsoredEgressBytes"), QStringLiteral("Used so far"),
              QStringLiteral("How much of the sponsored download amount has been used. Both "
                             "counters start over when the project's payer changes."));
    g->addRow(QStringLiteral("remainingSponsoredEgress"), QStringLiteral("Remaining"),
              QStringLiteral("How much more can be downloaded at the payer's cost. After that, "
                             "whoever downloads pays."));

    m_egressBar->setObjectName(QStringLiteral("billing_egressBar"));
    m_egressBar->setToolTip(QStringLiteral("Share of the sponsored download amount used"));
    m_egressBar->setTextVisible(true);
    m_egressBar->setFormat(QStringLiteral("%p% used"));
    m_egressBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_grid);
    layout->addWidget(m_egressBar);
    layout->addStretch(1);
}

bool BillingPage::showDetails(const ProjectDetails &details)
{
    using namespace DetailFormat;
    FieldGrid *g = m_grid;
    g->hideAll();
    auto has = [&](const char *field) { return details.has(QLatin1String(field)); };
    auto value = [&](const char *field) { return details.value(QLatin1String(field)); };

    if (has("billTo"))
        g->setValue(QStringLiteral("billTo"), value("billTo").toString());
    if (has("atSpendingLimit")) {
        const bool at = value("atSpendingLimit").toBool();
        g->setValue(QStringLiteral("atSpendingLimit"), yesNo(at),
                    at ? QStringLiteral("The payer has reached its spending limit: new jobs, "
                                        "uploads and other paid work are refused until it is "
                                        "raised.")
                       : QStringLiteral("The payer is within its spending limit."));
    }
    if (has("storageCost"))
        g->setValue(QStringLiteral("storageCost"),
                    Money::amount(value("storageCost").toDouble(), Money::Per::Month));
    if (has("pendingTransfer")) {
        const QString to = value("pendingTransfer").toString();
        if (to.isEmpty())
            g->setValue(QStringLiteral("pendingTransfer"), QStringLiteral("None"),
                        QStringLiteral("Nobody has been invited to take over this project."));
        else
            g->setValue(QStringLiteral("pendingTransfer"), to,
                        QStringLiteral("This account has been invited to take over the project "
                                       "and its costs; the transfer happens when it accepts."));
    }

    if (has("sponsoredUntil")) {
        const qint64 until = toInteger(value("sponsoredUntil"));
        const bool active = until > QDateTime::currentMSecsSinceEpoch();
        g->setValue(QStringLiteral("sponsoredUntil"), timestamp(until),
                    active ? QStringLiteral("The payer covers the storage of this project's data "
                                            "until then.")
                           : QStringLiteral("This sponsorship has ended."));
    } else if (hasDefaultFields(details)) {
        // The server leaves sponsoredUntil out when the project is not sponsored.
        g->setValue(QStringLiteral("sponsoredUntil"), QStringLiteral("Not sponsored"),
                    QStringLiteral("Everyone pays for their own copies of this project's data."));
    }
    showEgress(details);
    return m_grid->hasShownRows();
}

void BillingPage::showEgress(const ProjectDetails &details)
{
    using namespace DetailFormat;
    const bool hasTotal = details.has(QStringLiteral("totalSponsoredEgressBytes"));
    const bool hasConsumed = details.has(QStringLiteral("consumedSponsoredEgressBytes"));
    const qint64 total = toInteger(details.value(QStringLiteral("totalSponsoredEgressBytes")));
    const qint64 consumed
        = toInteger(details.value(QStringLiteral("consumedSponsoredEgressBytes")));
    if (hasTotal) {
        m_grid->setValue(QStringLiteral("totalSponsoredEgressBytes"), DataSize::exact(total),
                         total == 0 ? QStringLiteral("Downloads are not sponsored: whoever "
                                                     "downloads pays.")
                                    : QString());
    }
    if (hasConsumed)
        m_grid->setValue(QStringLiteral("consumedSponsoredEgressBytes"), DataSize::exact(consumed));
    const bool both = hasTotal && hasConsumed && total > 0;
    if (both) {
        const qint64 remaining = qMax<qint64>(0, total - consumed);
        m_grid->setValue(QStringLiteral("remainingSponsoredEgress"), DataSize::exact(remaining),
                         remaining == 0 ? QStringLiteral("Used up: from now on whoever downloads "
                                                         "pays.")
                                        : QString());
        // Per mille keeps the bar's integer range far from overflow for any byte count.
        m_egressBar->setRange(0, 1000);
        m_egressBar->setValue(int(qMin<double>(1.0, double(consumed) / double(total)) * 1000));
    }
    m_egressBar->setVisible(both);
}
