#pragma once

#include "models/common/FieldErrors.h"
#include "models/common/LatestCall.h"
#include "models/common/LeftFields.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QStringList>

class ApiClient;

// Pending tag and property changes of one project, kept apart from the server state so that
// the form shows a diff and sends exactly the change: addTags, removeTags, setProperties
// (removed keys as null). "Remove all" describes the project first and stages a null for every
// key the server has, as the DNAnexus API recommends; the diff shows them before anything is sent.
class TagsPropertiesForm : public QObject
{
    Q_OBJECT
public:
    TagsPropertiesForm(ApiClient *client, const QString &projectId, const QStringList &tags,
                       const QJsonObject &properties, QObject *parent = nullptr);

    QString projectId() const { return m_projectId; }
    QStringList tags() const { return m_tags; }
    // Returns why the tag cannot be added (empty), or an empty string; duplicates are ignored.
    QString addTag(const QString &tag);
    void removeTag(const QString &tag);

    void setPropertyRows(const QList<QPair<QString, QString>> &rows);
    QList<QPair<QString, QString>> propertyRows() const { return m_rows; }

    QStringList tagsToAdd() const;
    QStringList tagsToRemove() const;
    QJsonObject propertiesInput() const; // the setProperties "properties" value
    // The calls apply() makes, in order: (route, body).
    QList<QPair<QString, QJsonObject>> requests() const;
    // "+ tag", "- tag", "key: old -> new", "key: removed" lines for the diff.
    QStringList diffLines() const;

    QString propertiesError() const;
    // What to show under the table: propertiesError() less "a property name must not be
    // empty" for a row just added, until the user has left the table (markPropertiesLeft) or
    // tried to save.
    QString shownPropertiesError() const;
    void markPropertiesLeft();
    bool hasChanges() const { return !requests().isEmpty(); }
    bool isBusy() const { return m_busy; }
    bool canApply() const { return hasChanges() && propertiesError().isEmpty() && !isBusy(); }
    FormError lastError() const { return m_error; }
    QString statusMessage() const { return m_status; }

    bool apply();
    bool removeAllProperties();

Q_SIGNALS:
    void changed();
    void applied(const QString &projectId);
    void refused(const FormError &error);

private:
    void runNext();
    void fail(const ApiError &error);

    ApiClient *m_client;
    QString m_projectId;
    QStringList m_baseTags;
    QStringList m_tags;
    QMap<QString, QString> m_baseProperties;
    QList<QPair<QString, QString>> m_rows;
    QList<QPair<QString, QJsonObject>> m_pending;
    FormError m_error;
    QString m_status;
    LeftFields m_left;
    LatestCall m_call { this };
    bool m_busy = false;
};
