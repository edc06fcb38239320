#pragma once

#include "api/ApiError.h"
#include "models/archive/ArchiveRules.h"
#include "models/common/LatestCall.h"

#include <QObject>
#include <QSet>

class ApiClient;
class QTimer;

// Unarchives at one rate, then follows the files' states (findDataObjects, every pollMs) until
// none of them is still unarchiving. Progress is files live out of the files requested.
class UnarchiveJob : public QObject
{
    Q_OBJECT
public:
    UnarchiveJob(ApiClient *client, const QString &projectId, QObject *parent = nullptr);

    void setPollInterval(int ms) { m_pollMs = ms; }
    bool start(const ArchiveSelection &selection, const QString &rate, QString *problem = nullptr);
    // Stops following; the server keeps unarchiving what it accepted.
    void stopFollowing();

    bool isRunning() const { return m_running; }
    int requested() const { return m_requested; } // the server's "files"
    int live() const { return m_live; }
    UnarchiveQuote acceptedQuote() const { return m_accepted; }

Q_SIGNALS:
    void accepted(const UnarchiveQuote &quote); // the request was taken; following starts
    void progress(int live, int requested);
    void finished(); // every requested file is live
    void failed(const ApiError &error);

private:
    void poll();
    void pollPage(const QJsonValue &starting);
    void onPolled();

    ApiClient *m_client;
    QString m_projectId;
    ArchiveSelection m_selection;
    UnarchiveQuote m_accepted;
    LatestCall m_call { this };
    QTimer *m_timer;
    QSet<QString> m_wanted; // file IDs when files were given
    int m_pollMs = 2000;
    int m_requested = 0;
    int m_live = 0;
    int m_unarchiving = 0; // of the poll in progress
    bool m_running = false;
};
