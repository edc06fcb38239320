#pragma once

#include "models/regions/BillToOption.h"
#include "models/regions/RegionCatalog.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <memory>

class ApiClient;
class BillToPicker;
class EditProjectForm;
class FieldErrorLabel;
class ProjectFieldRows;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QPushButton;
class RequestPreview;
class WorldMapWidget;

// "Edit project": every field of /project-xxxx/update with inline errors, a live diff
// (old -> new per field) and the exact request. A stale version shows what the server changed
// and offers to apply the user's change on top or to discard it. The work is EditProjectForm's.
// Left the project's fields, right its billTo (every option; those that cannot take the
// project's region greyed with the reason) and its fixed region on a small map.
class EditProjectDialog : public QDialog
{
    Q_OBJECT
public:
    // describe: the project's describe result (with id, region, version and the update fields).
    EditProjectDialog(ApiClient *client, const QJsonObject &describe,
                      const QList<BillToOption> &billTos, const RegionCatalog &catalog,
                      QWidget *parent = nullptr);
    ~EditProjectDialog() override;

    EditProjectForm *form() const { return m_form; }
    BillToPicker *billToPicker() const { return m_billTo; }
    void reject() override; // asks before edits are lost

Q_SIGNALS:
    void projectChanged(const QString &projectId);

private:
    QWidget *buildFields();
    QWidget *buildBilling(const RegionCatalog &catalog);
    void loadFromForm();
    void refresh();
    void onSaved(const QString &projectId);

    EditProjectForm *m_form;
    std::unique_ptr<ProjectFieldRows> m_rows;
    QLineEdit *m_name;
    QLineEdit *m_summary;
    QPlainTextEdit *m_description;
    QHash<QString, QCheckBox *> m_flags;
    QLineEdit *m_phiConfirm;
    QLineEdit *m_executables;
    QSpinBox *m_resultsLimit; // databaseResultsRestricted; 0 shows "No limit"
    BillToPicker *m_billTo;
    WorldMapWidget *m_regionMap;
    QLabel *m_regionText;
    QHash<QString, FieldErrorLabel *> m_errors;
    QLabel *m_billToWarning;
    QLabel *m_warnings;
    QLabel *m_diff;
    QWidget *m_conflict;
    QLabel *m_conflictText;
    RequestPreview *m_preview;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};
