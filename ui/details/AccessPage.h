#pragma once

#include "ui/details/DetailPage.h"

class FieldGrid;

// The project-wide flags that limit what members may do with the data, each with what it
// means for them, and the executables allowed to run in the project.
class AccessPage : public DetailPage
{
    Q_OBJECT
public:
    explicit AccessPage(QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("access"); }
    QString title() const override { return QStringLiteral("Access && flags"); }
    QString shortTitle() const override { return QStringLiteral("Access"); }
    QString toolTip() const override;
    void showDetails(const ProjectDetails &details) override;
    bool hasContent() const override;

    FieldGrid *grid() const { return m_grid; }

private:
    FieldGrid *m_grid;
};
