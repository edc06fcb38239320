#pragma once

#include "models/archive/ArchiveRules.h"

#include <QDialog>

class ApiClient;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class UnarchiveJob;
class UnarchivePreview;

// Unarchive with the price first: a dry run at every rate valid on the project's cloud is shown
// side by side (files, size in GB, cost in dollars) before anything changes. The user picks a
// rate and confirms; the dialog then follows the files until they are live.
class UnarchivePreviewDialog : public QDialog
{
    Q_OBJECT
public:
    UnarchivePreviewDialog(ApiClient *client, const QString &projectId, const QString &region,
                           const ArchiveSelection &selection, QWidget *parent = nullptr);

    UnarchivePreview *preview() const { return m_preview; }
    UnarchiveJob *job() const { return m_job; }
    QString chosenRate() const;
    void selectRate(const QString &rate);
    // Starts the dry runs (also done on the first show).
    void refreshPreview();

Q_SIGNALS:
    void unarchived(); // every requested file is live

private:
    void showQuotes();
    void updateConfirm();
    void confirm();
    void showEvent(QShowEvent *event) override;

    ApiClient *m_client;
    ArchiveSelection m_selection;
    QString m_region;
    UnarchivePreview *m_preview;
    UnarchiveJob *m_job;
    QLabel *m_intro;
    QTableWidget *m_table;
    QLabel *m_times;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_confirm;
    QPushButton *m_close;
    bool m_started = false;
};
