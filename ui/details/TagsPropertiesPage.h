#pragma once

#include "ui/details/DetailPage.h"

class QLabel;
class QTableWidget;

// Tags (free labels) and properties (key/value pairs) that members attach to the project.
class TagsPropertiesPage : public DetailPage
{
    Q_OBJECT
public:
    explicit TagsPropertiesPage(QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("tags"); }
    QString title() const override { return QStringLiteral("Tags && properties"); }
    QString shortTitle() const override { return QStringLiteral("Tags"); }
    QString toolTip() const override;
    bool wantsScrollArea() const override { return false; }
    void showDetails(const ProjectDetails &details) override;
    bool hasContent() const override;

    QLabel *tagsLabel() const { return m_tags; }
    QTableWidget *propertiesTable() const { return m_properties; }

private:
    QLabel *m_tagsHeading;
    QLabel *m_tagsNote;
    QLabel *m_tags;
    QLabel *m_propertiesHeading;
    QLabel *m_propertiesNote;
    QTableWidget *m_properties;
};
