#pragma once

#include "models/bulk/BulkAction.h"
#include "models/regions/BillToOption.h"

#include <QDialog>
#include <optional>

class BulkResultModel;
class BulkRunner;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

// Bulk actions on the selected projects: choose the action, see per project what will change
// and what is skipped and why, run it with a progress bar and Cancel, then read the result
// per project, retry the failed ones and export the results. All calls go through BulkRunner.
class BulkDialog : public QDialog
{
    Q_OBJECT
public:
    // billTos: the accounts offered for "Change billTo" (BillToRules::options of the caller).
    BulkDialog(BulkRunner *runner, const QList<BulkTarget> &targets,
               const QList<BillToOption> &billTos = {}, QWidget *parent = nullptr);

    // Fills the action editor (and so the preview) as the user would.
    void preset(BulkAction::Kind kind, const QString &value, Level level = Level::Contribute);
    // The action the editor describes, or nothing with the reason in *error.
    std::optional<BulkAction> currentAction(QString *error = nullptr) const;
    BulkResultModel *resultModel() const { return m_model; }
    bool exportResults(const QString &path) const;

    // While calls run, closing first cancels: the dialog stays until the table is final.
    void reject() override;

Q_SIGNALS:
    // The user started a run: the activity log records it as the action behind its calls.
    void actionStarted(const QString &description);

private:
    void rebuildEditor();
    void updatePreview();
    void updateButtons();
    void run();
    void exportAsked();
    void copyCommand();

    BulkRunner *m_runner;
    QList<BulkTarget> m_targets;
    QList<BillToOption> m_billTos;
    BulkResultModel *m_model;
    QComboBox *m_kind;
    QLineEdit *m_value;
    QComboBox *m_level;
    QComboBox *m_billTo;
    QCheckBox *m_recurse;
    QLabel *m_valueLabel;
    QLabel *m_error;
    QLabel *m_summary;
    QSpinBox *m_concurrency;
    QTableView *m_table;
    QProgressBar *m_progress;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_export;
    QPushButton *m_copy;
    QPushButton *m_close;
};
