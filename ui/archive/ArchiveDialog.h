#pragma once

#include "models/archive/ArchivePreviewJob.h"
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
// Nothing is sent at the first click: Archive… looks up what the request will do
// (ArchivePreviewJob: files, size, which stay live because another copy is live, the monthly
// saving) and shows it; the button then reads "Archive N files" and the second click sends.
// Changing the selection drops the preview; Close sends nothing.
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
    ArchivePreviewJob *previewJob() const { return m_previewJob; }
    bool isConfirming() const { return m_stage == Stage::Confirming; } // the preview is shown

Q_SIGNALS:
    void archived(int count); // after the last batch; the page reloads its files

private:
    enum class Stage { Choosing, Previewing, Confirming, Running };

    void updateState();
    void selectionChanged();
    void archiveClicked();
    void startPreview();
    void showPreview();
    void startArchive();
    void addResult(const ArchiveBatchResult &result);
    void addResultLine(const ArchiveBatchResult &result, int batchCount);
    QString previewOutcome(const ArchiveBatchResult &result) const;

    ApiClient *m_client;
    QString m_projectId;
    QStringList m_files;
    ArchiveJob *m_job;
    ArchivePreviewJob *m_previewJob;
    ArchivePreview m_preview;
    Stage m_stage = Stage::Choosing;
    AllCopiesPermission *m_permission;
    QRadioButton *m_filesMode;
    QRadioButton *m_folderMode;
    QComboBox *m_folder;
    QCheckBox *m_recurse;
    QCheckBox *m_allCopies;
    QLabel *m_allCopiesReason;
    QLabel *m_problem;
    QLabel *m_previewText;
    QProgressBar *m_progress;
    QListWidget *m_results;
    QPushButton *m_archive;
    QPushButton *m_cancel;
    QPushButton *m_close;
};
