#pragma once

#include <QDialog>
#include <QObject>
#include <QPointer>

class AccountDirectory;
class ActivityLog;
class ApiClient;
class ProjectBrowser;
class ProjectDetails;
class ProjectListModel;
class QAction;
class QMenu;
class QSettings;
class QWidget;
class Session;

// The Project menu: opens the administration dialogs for the selected project and, after a
// change, refreshes the project's row and the detail pane.
class ProjectActions : public QObject
{
    Q_OBJECT
public:
    enum class Form { NewProject, Edit, TagsProperties, Sponsorship, Members, Destroy, Bulk };

    ProjectActions(ApiClient *client, Session *session, AccountDirectory *accounts,
                   ProjectListModel *list, ProjectDetails *details, ProjectBrowser *browser,
                   QWidget *window);

    QMenu *menu() const { return m_menu; }
    // Where bulk runs record the action behind their calls (optional).
    void setActivityLog(ActivityLog *log) { m_log = log; }
    // Where the forms' sizes are kept, per profile (optional).
    void setSettings(QSettings *settings) { m_settings = settings; }
    // Opens a form (window-modal, not blocking) and returns it; nullptr when it needs a
    // loaded project or the accounts and they are not there yet.
    QDialog *open(Form form);
    QDialog *openDialog() const { return m_dialog; }
    // Offline, from the cache: every form is off, and says why.
    void setReadOnly(bool readOnly, const QString &why = QString());
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    // A change made in the app (a project changed, created, destroyed or left, or a bulk run
    // finished): views that summarise many projects (tag counts) reload.
    void projectsChanged();

private:
    QAction *addAction(const QString &text, const QKeySequence &shortcut, Form form,
                       const QString &name);
    void updateEnabled();
    void onChanged(const QString &projectId);
    void onGone(const QString &projectId);
    void onCreated(const QString &projectId);
    QDialog *openBulk();
    void rememberSize(QDialog *dialog);

    ApiClient *m_client;
    Session *m_session;
    AccountDirectory *m_accounts;
    ProjectListModel *m_list;
    ProjectDetails *m_details;
    ProjectBrowser *m_browser;
    QWidget *m_window;
    QMenu *m_menu;
    QList<QPair<QAction *, Form>> m_actions;
    QPointer<QDialog> m_dialog;
    ActivityLog *m_log = nullptr;
    QSettings *m_settings = nullptr;
    bool m_readOnly = false;
    QString m_readOnlyWhy;
};
