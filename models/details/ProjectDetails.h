#pragma once

#include "api/ApiError.h"
#include "models/common/LatestCall.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

class ApiClient;
class ProjectCache;

// One project's describe result, which every detail page observes. One describe call asks
// for every field the pages show. Fields the server did not return are absent (has() is
// false) so that pages leave them out instead of showing them as empty or zero.
class ProjectDetails : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, Loaded, Error };
    Q_ENUM(State)

    explicit ProjectDetails(ApiClient *client, QObject *parent = nullptr);

    // The fields only returned on request, asked for beside the default set.
    static QStringList requestedFields();
    static QJsonObject describeInput(); // {"defaultFields": true, "fields": {...}}

    // Aborts a describe in flight. Another project's old result is dropped at once; the same
    // project's stays visible until the new one arrives.
    void load(const QString &projectId);
    void reload() { load(m_projectId); }
    void retry();
    void clear();
    // A describe result obtained elsewhere (e.g. after an update) replaces the current one.
    void setDescribe(const QString &projectId, const QJsonObject &describe);

    // Not owned; nullptr: none. Every describe result is kept there, and a project opened
    // again shows its kept result at once while the server is asked.
    void setCache(ProjectCache *cache) { m_cache = cache; }
    // While the server may not be asked (it cannot be reached, or the sign-in is not checked
    // yet): nothing is asked; a project shows its kept result (state Error, saying `why` and
    // how old it is) or says that it was never opened. Empty `why`: the server is asked again.
    void holdCalls(const QString &why) { m_heldBecause = why; }
    bool isHeld() const { return !m_heldBecause.isEmpty(); }

    QString projectId() const { return m_projectId; }
    State state() const { return m_state; }
    ApiError lastError() const { return m_error; }
    QString errorText() const;

    QJsonObject describe() const { return m_describe; }
    bool has(const QString &field) const;
    QJsonValue value(const QString &field) const { return m_describe.value(field); }

Q_SIGNALS:
    void changed();
    void stateChanged(ProjectDetails::State state);
    // Every fresh describe result, so that the list can refresh the project's row.
    void described(const QString &projectId, const QJsonObject &describe);

private:
    void onFinished(const QJsonObject &result);
    void onFailed(const ApiError &error);
    void setState(State state);

    void showKept(const QString &projectId);

    ApiClient *m_client;
    ProjectCache *m_cache = nullptr;
    QString m_heldBecause;
    QString m_projectId;
    QJsonObject m_describe;
    LatestCall m_call { this };
    State m_state = State::Idle;
    ApiError m_error;
};
