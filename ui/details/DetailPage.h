#pragma once

#include <QString>
#include <QWidget>

class ProjectDetails;

// One page of the detail pane. The pane calls showDetails() whenever the describe result
// changes; a page shows only the fields the server returned.
class DetailPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString key() const = 0; // "overview", "access"... (DetailPane::pageKeys())
    virtual QString title() const = 0; // the tab's text
    // The tab's text when the pane is too narrow for every full title (~600 px).
    virtual QString shortTitle() const = 0;
    virtual QString toolTip() const = 0; // the tab's tooltip
    // Pages of label rows scroll as a whole; pages that are one table scroll in the table.
    virtual bool wantsScrollArea() const { return true; }
    virtual void showDetails(const ProjectDetails &details) = 0;
    // False when the server returned none of the page's fields; the pane then says so.
    virtual bool hasContent() const = 0;
};
