#pragma once

#include <QWidget>

class ApiClient;
class DetailPane;
class ExecutionsPage;
class FilesPage;
class QTabWidget;
class FilterBar;
class ProjectDetails;
class ProjectFilterProxy;
class ProjectListModel;
class ProjectTableView;
class QLabel;
class QPushButton;
class QSettings;
class QShortcut;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;
class SavedViews;
class TagCompletion;

// The workspace while signed in: the filter bar, the project table and the detail pane of
// the selected project. The models are given; this widget only shows and steers them.
class ProjectBrowser : public QWidget
{
    Q_OBJECT
public:
    ProjectBrowser(ApiClient *client, ProjectListModel *list, ProjectDetails *details,
                   TagCompletion *tags, QSettings *settings, QWidget *parent = nullptr);
    ~ProjectBrowser() override;

    // Saved views and the column layout are kept per profile.
    void setProfileId(const QString &profileId);
    void refresh();
    // Selects the row of `projectId` (or the first row when empty) once it is loaded.
    bool selectProject(const QString &projectId = QString());
    QString selectedProjectId() const;
    QStringList selectedProjectIds() const; // every selected row, in view order
    // Selects the project as soon as its row arrives (after a reload, e.g. a new project).
    void selectProjectWhenLoaded(const QString &projectId);
    void exportCsv(const QString &fileName, QString *error) const;

    ProjectTableView *table() const { return m_table; }
    DetailPane *detailPane() const { return m_detailPane; }
    FilesPage *filesPage() const { return m_filesPage; }
    ExecutionsPage *executionsPage() const { return m_executionsPage; }
    // The right side: "details", "files" or "executions".
    void showSide(const QString &key);
    // Lists the projects with this tag (from the tag overview).
    void filterByTag(const QString &tag);
    FilterBar *filterBar() const { return m_filterBar; }

private:
    void onListStateChanged();
    void onListReset();
    void onAllLoaded();
    void onRowsReordered();
    bool isShown(const QString &projectId) const;
    void onCurrentChanged();
    void copySelected(bool names);
    void chooseExportFile();
    void saveLayoutSoon();
    void rebuildViewsMenu();
    void saveViewAs();
    void applyView(const QString &name);

    ProjectListModel *m_list;
    ProjectDetails *m_details;
    TagCompletion *m_tags;
    QSettings *m_settings;
    std::unique_ptr<SavedViews> m_views;
    ProjectFilterProxy *m_proxy;
    FilterBar *m_filterBar;
    QToolButton *m_viewsButton;
    ProjectTableView *m_table;
    QStackedWidget *m_tableStack;
    QLabel *m_stateText;
    QPushButton *m_stateRetry;
    QPushButton *m_stateCancel;
    QShortcut *m_cancelShortcut = nullptr;
    QLabel *m_countLabel;
    QSplitter *m_splitter;
    DetailPane *m_detailPane;
    FilesPage *m_filesPage;
    ExecutionsPage *m_executionsPage;
    QTabWidget *m_side;
    QTimer *m_layoutTimer;
    QString m_pendingSelection;
    QString m_hiddenSelection; // the selected project while the quick filter hides it
    bool m_currentRemoved = false;
    QMetaObject::Connection m_splitterSaver;
    QMetaObject::Connection m_filesSplitterSaver;
};
