#pragma once

#include "ui/details/DetailPage.h"

class QLabel;
class QTableWidget;

// Who has access to the project and at which level: highest level first, then by name.
class MembersPage : public DetailPage
{
    Q_OBJECT
public:
    explicit MembersPage(QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("members"); }
    QString title() const override { return QStringLiteral("Members"); }
    QString shortTitle() const override { return QStringLiteral("Members"); }
    QString toolTip() const override;
    bool wantsScrollArea() const override { return false; }
    void showDetails(const ProjectDetails &details) override;
    bool hasContent() const override;

    QTableWidget *table() const { return m_table; }

private:
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_legend;
};
