#pragma once

#include "models/common/LatestCall.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringListModel>

class ApiClient;
class ApiError;
class ProjectListModel;

// Tags with their project counts, for completing the tag filter. They come from
// /system/listProjectTags; a server that answers ResourceNotFound does not offer that route,
// and the loaded rows' tags are used instead (kept current as rows arrive).
class TagCompletion : public QObject
{
    Q_OBJECT
public:
    enum class Source { None, Server, LoadedRows };
    Q_ENUM(Source)

    TagCompletion(ApiClient *client, ProjectListModel *rows, QObject *parent = nullptr);

    void refresh();

    Source source() const { return m_source; }
    QHash<QString, int> counts() const { return m_counts; }
    // Most used first, then alphabetical.
    QStringList tags() const;
    // For a QCompleter: the tags in the order of tags().
    QStringListModel *model() { return &m_model; }

Q_SIGNALS:
    void changed();

private:
    void onTags(const QJsonObject &result);
    void onFailed(const ApiError &error);
    void useLoadedRows();
    void countLoadedRows();
    void publish();

    ApiClient *m_client;
    QPointer<ProjectListModel> m_rows;
    LatestCall m_call { this };
    Source m_source = Source::None;
    QHash<QString, int> m_counts;
    QStringListModel m_model;
    QList<QMetaObject::Connection> m_rowConnections;
};
