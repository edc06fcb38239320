#pragma once

#include "models/details/ProjectDetails.h"

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class DetailPage;
class QLabel;
class QPushButton;
class QResizeEvent;
class QStackedWidget;
class QTabWidget;
class RegionCatalog;

// The selected project's details, one tab per page, all from one ProjectDetails. Without a
// project it says so; while the first describe loads it shows a loading line; on error the
// error and a Retry button. A reload keeps the old values visible under a status line.
// Object names: "detailTabs", "detailMessage", "detailRetryButton", "detailStatus",
// "detailStatusRetryButton", "detailTitle", "detailSubtitle", and on the pages
// "<pageKey>_<field>" for each value (see FieldGrid).
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(ProjectDetails *details, QWidget *parent = nullptr);

    // "overview", "access", "tags", "members", "billing", "instances", "uploads", "json".
    static QStringList pageKeys();
    bool setCurrentPage(const QString &key); // false for unknown keys
    QString currentPageKey() const;
    DetailPage *page(const QString &key) const;
    QTabWidget *tabs() const { return m_tabs; }

    void setRegionCatalog(const RegionCatalog &catalog);

Q_SIGNALS:
    void currentPageChanged(const QString &key);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateTabTitles();
    void addPage(DetailPage *page);
    void refreshPages();
    void refreshState();

    QPointer<ProjectDetails> m_details;
    QList<DetailPage *> m_pages;
    QList<QLabel *> m_emptyNotes; // one per page, shown when it has nothing to show
    QList<QWidget *> m_bodies; // per page: the page or the scroll area around it
    QLabel *m_title;
    QLabel *m_subtitle;
    QWidget *m_statusBar;
    QLabel *m_status;
    QPushButton *m_statusRetry;
    QStackedWidget *m_stack;
    QWidget *m_messagePage;
    QLabel *m_message;
    QPushButton *m_retry;
    QTabWidget *m_tabs;
};
