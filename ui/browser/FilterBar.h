#pragma once

#include "models/browser/ProjectQuery.h"
#include "models/regions/BillToOption.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

// The server-side filters of the project list (they go into the findProjects input) and the
// quick filter over the loaded rows. Apply sends the filters; the quick filter acts as you type.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    ProjectQuery query() const; // what the widgets say now
    void setQuery(const ProjectQuery &query);
    void setKnownRegions(const QStringList &regions);
    // The orgs whose projects the list can show besides the user's own (the orgs they
    // administer). An org scope not among them falls back to "My projects".
    void setOrgs(const QList<BillToOption> &orgs);
    void setTagCompleter(QCompleter *completer);
    QString quickFilter() const;
    // Validates the widgets; returns an empty string or the first problem, naming the field.
    QString problem() const;

Q_SIGNALS:
    void applyRequested(const ProjectQuery &query);
    void quickFilterChanged(const QString &text);

private:
    void validate();
    void apply();
    void clear();
    QStringList checkedRegions() const;
    void updateRegionButton();
    void updateScope(); // the fields an org's search does not take are disabled

    QComboBox *m_scope; // "" (the user's projects) or an org ID
    QLineEdit *m_name;
    QComboBox *m_nameMode;
    QComboBox *m_level;
    QToolButton *m_regions;
    QLineEdit *m_billTo;
    QLineEdit *m_tags;
    QLineEdit *m_properties;
    QComboBox *m_phi;
    QComboBox *m_upload; // externalUploadRestricted
    QCheckBox *m_afterOn;
    QDateEdit *m_after;
    QCheckBox *m_beforeOn;
    QDateEdit *m_before;
    QPushButton *m_apply;
    QLineEdit *m_quick;
    QLabel *m_error;
};
