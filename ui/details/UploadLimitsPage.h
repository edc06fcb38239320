#pragma once

#include "ui/details/DetailPage.h"

class FieldGrid;
class QLabel;

// The limits on uploading a file into this project: files travel in parts of bounded size.
class UploadLimitsPage : public DetailPage
{
    Q_OBJECT
public:
    explicit UploadLimitsPage(QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("uploads"); }
    QString title() const override { return QStringLiteral("Upload limits"); }
    QString shortTitle() const override { return QStringLiteral("Uploads"); }
    QString toolTip() const override;
    void showDetails(const ProjectDetails &details) override;
    bool hasContent() const override;

    FieldGrid *grid() const { return m_grid; }

private:
    FieldGrid *m_grid;
    QLabel *m_intro;
};
