#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>

class FieldErrorLabel;
class QCheckBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

// The rows that New project and Edit project share, built the same way in both: name, summary
// and description, each above its error label, and the flags as checkboxes (two columns, with the
// download/preview order under them) with the seed's explanation as tooltip, their errors under
// them. The dialogs connect the editors to their own forms.
class ProjectFieldRows
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFieldRows)
public:
    // The editors and checkboxes become children of `parent`, named after their field. Make
    // it before the dialog's other widgets: creation order is the Tab order.
    explicit ProjectFieldRows(QWidget *parent);
    // The error label of each field (name, summary, description, the flags...), placed by the
    // add*() functions and withError().
    void setErrors(const QHash<QString, FieldErrorLabel *> &errors) { m_errors = errors; }

    QLineEdit *name() const { return m_name; }
    QLineEdit *summary() const { return m_summary; }
    QPlainTextEdit *description() const { return m_description; }
    QCheckBox *flag(const QString &field) const { return m_flags.value(field); }
    const QHash<QString, QCheckBox *> &flags() const { return m_flags; }
    // databaseResultsRestricted, beside the last flag in the Flags row.
    QSpinBox *resultsLimit() const { return m_resultsLimit; }

    // The Database results limit box of both dialogs (databaseResultsRestricted): 0 shows
    // "No limit". resultsLimitValue() is the value to send: null for no limit.
    static QSpinBox *makeResultsLimitBox(QWidget *parent);
    static QJsonValue resultsLimitValue(int value);

    // The fields of the flags, in ProjectFlags order.
    static QStringList flagFields();

    // `field` above its error label, in one widget for a form row.
    QWidget *withError(QWidget *field, const QString &name) const;
    // A row "text: field with its error" whose label's mnemonic focuses `focus` (the field
    // itself, not the box withError() puts it in, which cannot take focus).
    void addRow(QFormLayout *form, const QString &text, QWidget *field, const QString &name,
                QWidget *focus = nullptr) const;
    // The Name, Summary and Description rows.
    void addTextRows(QFormLayout *form) const;
    // The Flags row: the checkboxes and the results limit, then `below` (e.g. a confirmation field)
    // and the flags' errors in a plain column; a word-wrapped label in a grid cell spanning columns
    // got the height of one line and ran into the next row.
    void addFlagsRow(QFormLayout *form, QWidget *below = nullptr) const;

private:
    QWidget *m_parent;
    QHash<QString, FieldErrorLabel *> m_errors;
    QLineEdit *m_name;
    QLineEdit *m_summary;
    QPlainTextEdit *m_description;
    QHash<QString, QCheckBox *> m_flags;
    QSpinBox *m_resultsLimit;
};
