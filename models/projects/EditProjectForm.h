#pragma once

#include "models/common/FieldErrors.h"
#include "models/common/LatestCall.h"
#include "models/projects/ProjectFields.h"
#include "models/regions/BillToOption.h"
#include "models/regions/RegionCatalog.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

class ApiClient;

// The state of "Edit project" (DNAnexus API, project-xxxx/update): the describe it started from,
// the edited values, the rules, the diff and the exact update (changed fields + version).
// A stale version (InvalidState) describes the project again and shows what the server changed;
// the user then applies their change on top of it (a new version) or discards it.
class EditProjectForm : public QObject
{
    Q_OBJECT
public:
    enum class State { Editing, Submitting, Describing, Conflict, Saved };
    Q_ENUM(State)

    EditProjectForm(ApiClient *client, const QJsonObject &describe, QObject *parent = nullptr);

    void setBillToOptions(const QList<BillToOption> &options);
    // Every billTo option, the current one first; those that cannot take this project (not
    // permitting its region, not billable, at the spending limit) disabled with the reason.
    QList<BillToOption> billToChoices() const;
    void setCatalog(const RegionCatalog &catalog) { m_catalog = catalog; }

    QString projectId() const { return m_projectId; }
    QString region() const { return m_region; }
    qint64 version() const { return m_version; }
    ProjectFields base() const { return m_base; }
    ProjectFields edited() const { return m_edited; }
    QJsonObject describe() const { return m_describe; }

    void setValue(const QString &field, const QJsonValue &value);
    // allowedExecutables as typed: "any" or IDs separated by commas or spaces.
    void setAllowedExecutablesText(const QString &text);
    QString allowedExecutablesText() const { return m_executablesText; }
    // Turning containsPHI on is one-way: the project's name must be typed to confirm it.
    void setPhiConfirmation(const QString &typed);
    bool turnsPhiOn() const { return m_edited.containsPHI && !m_base.containsPHI; }

    QHash<QString, QString> errors() const;
    QString error(const QString &field) const { return errors().value(field); }
    bool hasChanges() const { return m_edited != m_base; }
    bool canSubmit() const { return hasChanges() && errors().isEmpty() && !isBusy(); }
    QList<FieldChange> changes() const;
    // A sentence for changes with side effects (billTo resets the sponsored egress counters).
    QStringList warnings() const;
    QString billToWarning() const; // empty when the billTo is unchanged
    QString phiWarning() const; // empty unless containsPHI is being turned on
    QString statusMessage() const { return m_status; }

    QString route() const;
    QJsonObject requestInput() const;

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Submitting || m_state == State::Describing; }
    // In Conflict: what the server changed since the user's base.
    QList<ServerChange> serverChanges() const { return m_serverChanges; }

    bool submit();
    // In Conflict: the user's changes on top of the server's state, sent with its version.
    bool applyOnTop();
    // In Conflict: take the server's state and drop the user's changes.
    void discardMine();

Q_SIGNALS:
    void changed();
    void saved(const QString &projectId, const QJsonObject &describe);
    void refused(const FormError &error);
    void conflict();

private:
    void touch(const QString &field);
    void setState(State state);
    void describeAgain();
    void onUpdated();
    void onUpdateFailed(const ApiError &error);
    void onDescribed(const QJsonObject &describe);
    void onDescribeFailed(const ApiError &error);
    void resetTo(const QJsonObject &describe);

    ApiClient *m_client;
    QString m_projectId;
    QString m_region;
    QJsonObject m_describe;
    qint64 m_version = -1;
    ProjectFields m_base;
    ProjectFields m_edited;
    QString m_executablesText;
    QString m_executablesError;
    QString m_phiConfirmation;
    QList<BillToOption> m_options;
    RegionCatalog m_catalog;
    FormError m_serverError;
    QString m_status;
    State m_state = State::Editing;
    bool m_afterUpdate = false; // the describe in flight follows a successful update
    QList<ServerChange> m_serverChanges;
    LatestCall m_call { this };
};
