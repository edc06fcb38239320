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
    // What the pane needs to know to give the page its tab.
    struct Tab
    {
        QString key; // "overview", "access"... (DetailPane::pageKeys())
        QString title; // the tab's text
        // The tab's text when the pane is too narrow for every full title (~600 px).
        QString shortTitle;
        QString toolTip; // the tab's tooltip
        // Pages of label rows scroll as a whole; pages that are one table scroll in the table.
        bool scrolls = true;
    };

    explicit DetailPage(Tab tab, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_tab(std::move(tab))
    { }

    QString key() const { return m_tab.key; }
    QString title() const { return m_tab.title; }
    QString shortTitle() const { return m_tab.shortTitle; }
    QString toolTip() const { return m_tab.toolTip; }
    bool wantsScrollArea() const { return m_tab.scrolls; }

    // Shows the fields of the page that the server returned. False when it returned none of
    // them; the pane then says so instead of showing an empty page.
    virtual bool showDetails(const ProjectDetails &details) = 0;

private:
    Tab m_tab;
};
