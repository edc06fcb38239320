#pragma once

#include "models/regions/BillToOption.h"
#include "models/regions/RegionCatalog.h"

#include <QDialog>
#include <QHash>
#include <memory>

class ApiClient;
class BillToPicker;
class FieldErrorLabel;
class NewProjectForm;
class ProjectFieldRows;
class PropertiesTable;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;
class RegionPicker;
class RequestPreview;

// "New project": every input of /project/new, checked as the user types with the reason beside
// the field; OK stays disabled until the input is valid. A refusal is shown beside the field it
// names and the dialog stays open with everything typed. The network work is NewProjectForm's.
// Left the project's fields, right where it lives: the billTo and region pickers, which only
// offer what the rules allow and hand every choice to the form.
class NewProjectDialog : public QDialog
{
    Q_OBJECT
public:
    void reject() override; // asks before edits are lost
    NewProjectDialog(ApiClient *client, const QList<BillToOption> &billTos,
                     const RegionCatalog &catalog, QWidget *parent = nullptr);
    ~NewProjectDialog() override;

    NewProjectForm *form() const { return m_form; }
    BillToPicker *billToPicker() const { return m_billTo; }
    RegionPicker *regionPicker() const { return m_region; }

Q_SIGNALS:
    void projectCreated(const QString &projectId);

private:
    QWidget *buildFields();
    QWidget *buildWhere();
    void onBillToChanged(const QString &billTo);
    void pushTags();
    void refresh();
    void submit();
    void onCreated(const QString &projectId);

    NewProjectForm *m_form;
    std::unique_ptr<ProjectFieldRows> m_rows;
    QLineEdit *m_name;
    QLineEdit *m_summary;
    QPlainTextEdit *m_description;
    QHash<QString, QCheckBox *> m_flags;
    QLineEdit *m_tags;
    PropertiesTable *m_properties;
    QSpinBox *m_resultsLimit; // databaseResultsRestricted
    BillToPicker *m_billTo;
    RegionPicker *m_region;
    QLabel *m_noAccounts;
    QHash<QString, FieldErrorLabel *> m_errors;
    RequestPreview *m_preview;
    QLabel *m_status;
    QProgressBar *m_busy;
    QWidget *m_fields;
    QDialogButtonBox *m_buttons;
};
