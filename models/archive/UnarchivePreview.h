#pragma once

#include "models/archive/ArchiveRules.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiCall;
class ApiClient;

// Asks the server for an unarchive dry run at every rate valid on the project's cloud, all at
// once, so that the user sees files, size and cost side by side before anything changes.
// dryRun never changes a file; a rate the server refuses gets its error in its quote.
class UnarchivePreview : public QObject
{
    Q_OBJECT
public:
    UnarchivePreview(ApiClient *client, const QString &projectId, const QString &region,
                     QObject *parent = nullptr);

    QStringList rates() const { return m_rates; }
    // False (with `problem`) when the selection breaks the rules; nothing is sent then.
    bool start(const ArchiveSelection &selection, QString *problem = nullptr);
    void abort();

    bool isRunning() const { return m_pending > 0; }
    ArchiveSelection selection() const { return m_selection; }
    // One per rate, in rates() order; only meaningful after finished().
    QList<UnarchiveQuote> quotes() const { return m_quotes; }

Q_SIGNALS:
    void finished();

private:
    ApiClient *m_client;
    QString m_projectId;
    QStringList m_rates;
    ArchiveSelection m_selection;
    QList<UnarchiveQuote> m_quotes;
    QList<QPointer<ApiCall>> m_calls;
    int m_pending = 0;
};
