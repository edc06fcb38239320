#pragma once

#include "models/common/FieldErrors.h"
#include "models/common/LatestCall.h"
#include "models/common/LeftFields.h"
#include "models/regions/BillToOption.h"
#include "models/regions/RegionCatalog.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <optional>

class ApiClient;

// The state of the "New project" form (DNAnexus API, project/new): the values typed, the rules
// checked on every change, the exact request, and its submission. A refusal keeps every value.
// After a lost reply, a 5xx or an unreadable reply the request is never resent: the form looks
// for a project of that name created since the submission and says what it found.
class NewProjectForm : public QObject
{
    Q_OBJECT
public:
    enum class State { Editing, Submitting, Searching, Created, Unknown };
    Q_ENUM(State)

    explicit NewProjectForm(ApiClient *client, QObject *parent = nullptr);

    // The field names, as the server names them, in form order.
    static QStringList fieldNames();
    // Flags of /project/new, all false by default.
    static QStringList flagNames();

    void setBillToOptions(const QList<BillToOption> &options);
    const QList<BillToOption> &billToOptions() const { return m_options; }
    void setCatalog(const RegionCatalog &catalog);
    const RegionCatalog &catalog() const { return m_catalog; }

    void setName(const QString &name);
    void setSummary(const QString &summary);
    void setDescription(const QString &description);
    void setFlag(const QString &flag, bool on);
    // databaseResultsRestricted: nullopt for no limit (not sent), else at least 1.
    void setDatabaseResultsRestricted(const std::optional<qint64> &limit);
    void setTags(const QStringList &tags);
    // Rows of the properties table, in order; empty rows (no key, no value) are ignored.
    void setProperties(const QList<QPair<QString, QString>> &rows);
    void setBillTo(const QString &billTo); // empty: the server's default billTo
    void setRegion(const QString &region); // empty: the billTo's default region

    QString name() const { return m_name; }
    QString summary() const { return m_summary; }
    QString description() const { return m_description; }
    bool flag(const QString &flag) const { return m_flags.value(flag); }
    std::optional<qint64> databaseResultsRestricted() const { return m_resultsLimit; }
    QStringList tags() const { return m_tags; }
    QList<QPair<QString, QString>> properties() const { return m_properties; }
    QString billTo() const { return m_billTo; }
    QString region() const { return m_region; }
    const BillToOption *currentBillToOption() const;
    // Whether anything was typed or ticked (name, summary, description, tags, properties,
    // flags): what closing the form would lose. The billTo and region start preselected and
    // are not counted.
    bool hasInput() const;

    // Why each field cannot be sent as it is (rules and the last refusal), by field name.
    QHash<QString, QString> errors() const;
    QString error(const QString &field) const { return errors().value(field); }
    bool isValid() const { return errors().isEmpty(); }
    // The errors to show now: errors() less "the name must not be empty" until the user has
    // left the name field (markLeft) or tried to create the project. A form just opened shows
    // no red; the first key no longer makes a message vanish and the layout jump.
    QHash<QString, QString> shownErrors() const;
    void markLeft(const QString &field);
    // A refusal that names no field, or the outcome after a lost reply.
    QString statusMessage() const { return m_status; }

    QString route() const { return QStringLiteral("/project/new"); }
    QJsonObject requestInput() const;

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Submitting || m_state == State::Searching; }
    QString createdProjectId() const { return m_createdId; }
    // Created, but known only from the search after a lost reply.
    bool foundBySearch() const { return m_foundBySearch; }

    // Sends the request if the input is valid and nothing is in flight; returns whether it did.
    bool submit();
    // How far back from the submission the search after a lost reply looks (clock skew).
    static constexpr qint64 searchSlackMs = 120000;

Q_SIGNALS:
    void changed(); // a value, an error, the state or the status changed
    void created(const QString &projectId);
    void refused(const FormError &error);

private:
    void touch(const QString &field);
    void setState(State state);
    void onCreated(const QJsonObject &result);
    void onFailed(const ApiError &error);
    void searchAfterLostReply();
    void onSearchFinished(const QJsonObject &result);
    void onSearchFailed(const ApiError &error);

    ApiClient *m_client;
    QList<BillToOption> m_options;
    RegionCatalog m_catalog;
    QString m_name;
    LeftFields m_left; // fields the user has left once (markLeft), or a tried create
    QString m_summary;
    QString m_description;
    QHash<QString, bool> m_flags;
    std::optional<qint64> m_resultsLimit;
    QStringList m_tags;
    QList<QPair<QString, QString>> m_properties;
    QString m_billTo;
    QString m_region;
    FormError m_serverError; // cleared when its field (or, without one, anything) is edited
    QString m_status;
    State m_state = State::Editing;
    QString m_createdId;
    bool m_foundBySearch = false;
    qint64 m_submittedAtMs = 0;
    QString m_submittedName;
    QString m_unclear; // why the outcome is unknown: "The server did not answer"...
    LatestCall m_call { this };
};
