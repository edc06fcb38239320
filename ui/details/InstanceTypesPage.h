#pragma once

#include "ui/details/DetailPage.h"

class QLabel;
class QTableWidget;

// The cloud machines that apps may run on in this project, as a sortable table.
class InstanceTypesPage : public DetailPage
{
    Q_OBJECT
public:
    explicit InstanceTypesPage(QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("instances"); }
    QString title() const override { return QStringLiteral("Instance types"); }
    QString shortTitle() const override { return QStringLiteral("Instances"); }
    QString toolTip() const override;
    bool wantsScrollArea() const override { return false; }
    void showDetails(const ProjectDetails &details) override;
    bool hasContent() const override;

    QTableWidget *table() const { return m_table; }

    enum Column { Name, Cores, Memory, Storage, Os, Rank, ColumnCount };

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};
