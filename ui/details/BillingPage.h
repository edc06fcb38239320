#pragma once

#include "ui/details/DetailPage.h"

class FieldGrid;
class QProgressBar;

// Who pays, whether storage is sponsored, how much download (egress) the payer covers and how
// much of it is used, spending limit, a pending transfer and the monthly storage cost.
class BillingPage : public DetailPage
{
    Q_OBJECT
public:
    explicit BillingPage(QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("billing"); }
    QString title() const override { return QStringLiteral("Billing && sponsorship"); }
    QString shortTitle() const override { return QStringLiteral("Billing"); }
    QString toolTip() const override;
    void showDetails(const ProjectDetails &details) override;
    bool hasContent() const override;

    FieldGrid *grid() const { return m_grid; }
    QProgressBar *egressBar() const { return m_egressBar; }

private:
    void showEgress(const ProjectDetails &details);

    FieldGrid *m_grid;
    QProgressBar *m_egressBar;
};
