#pragma once

#include "models/archive/ArchiveRules.h"

#include <QDialog>

class AllCopiesPermission;
class ApiClient;
class ArchiveJob;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
struct ArchiveBatchResult;

// Archive either the selected files or one folder (with or without subfolders), never both.
// allCopies is enabled only for an ADMIN of the billTo org, otherwise disabled with the reason.
// Requests run in batches of at most 1000 files with a progress bar, Cancel and one result
// line per batch (the count archived, or the error).
class ArchiveDialog : public QDialog
{
    Q_OBJECT
public:
    // folders: the project's folders to choose from; currentFolder is preselected.
    ArchiveDialog(ApiClient *client, const QString &projectId, const QString &billTo,
                  const QStringList &selectedFiles, const QStringList &folders,
                  const QString &currentFolder, QWidget *parent = nullptr);

    ArchiveSelection selection() const;
    QString problem() const; // why Archive is disabled; empty when it is enabled
    ArchiveJob *job() const { return m_job; }

Q_SIGNALS:
    void archived(int count); // after the last batch; the page reloads its files

private:
    void updateState();
    void startArchive();
    void addResult(const ArchiveBatchResult &result);
    void addResultLine(const ArchiveBatchResult &result, int batchCount);

    ApiClient *m_client;
    QString m_projectId;
    QStringList m_files;
    ArchiveJob *m_job;
    AllCopiesPermission *m_permission;
    QRadioButton *m_filesMode;
    QRadioButton *m_folderMode;
    QComboBox *m_folder;
    QCheckBox *m_recurse;
    QCheckBox *m_allCopies;
    QLabel *m_allCopiesReason;
    QLabel *m_problem;
    QProgressBar *m_progress;
    QListWidget *m_results;
    QPushButton *m_archive;
    QPushButton *m_cancel;
    QPushButton *m_close;
};
