#pragma once

#include "models/archive/ArchiveRules.h"

#include <QJsonObject>
#include <QWidget>

class ApiClient;
class ArchivalStateChart;
class FileListModel;
class ProjectDetails;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTreeWidget;

// The files of the selected project: a folder tree (from the files' folders), a table of the
// files under the chosen folder with multi-select, a chart of files per archival state with
// counts and sizes, and Archive… / Unarchive… which open the dialogs on the selection.
class FilesPage : public QWidget
{
    Q_OBJECT
public:
    // details may be null: then call setProject() yourself. Loads when the project changes.
    FilesPage(ApiClient *client, ProjectDetails *details, QWidget *parent = nullptr);

    // projectDescribe needs region and billTo (for the rates and allCopies).
    void setProject(const QString &projectId, const QJsonObject &projectDescribe);
    void reload();

    FileListModel *model() const { return m_model; }
    ArchivalStateChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    // Folder tree | files; its positions are remembered per profile by the browser.
    QSplitter *splitter() const { return m_splitter; }
    QString currentFolder() const { return m_folder; }
    void setCurrentFolder(const QString &folder);
    QStringList selectedFileIds() const;
    // What Unarchive… would use: the selected files, else the current folder with subfolders.
    ArchiveSelection unarchiveSelection() const;

Q_SIGNALS:
    void archiveRequested(); // emitted before the dialog opens (for the activity log)

private:
    void rebuildTree();
    void refreshSummary();
    void openArchive();
    void openUnarchive();

    ApiClient *m_client;
    ProjectDetails *m_details;
    QString m_projectId;
    QJsonObject m_describe;
    QString m_folder = QStringLiteral("/");
    FileListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeWidget *m_tree;
    QSplitter *m_splitter;
    QTableView *m_table;
    ArchivalStateChart *m_chart;
    QLabel *m_summary;
    QPushButton *m_archive;
    QPushButton *m_unarchive;
    QPushButton *m_refresh;
};
