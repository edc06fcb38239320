#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The fields of a project that /project-xxxx/update can change, as plain values: read from a
// describe result, edited by a form, compared to find exactly what to send.
struct ProjectFields
{
    QString name;
    QString summary;
    QString description;
    bool isProtected = false;
    bool restricted = false;
    bool downloadRestricted = false;
    bool previewViewerRestricted = false;
    bool externalUploadRestricted = false;
    bool containsPHI = false;
    bool databaseUIViewOnly = false;
    // nullopt: no limit (null on the server); else at least 1.
    std::optional<qint64> databaseResultsRestricted;
    QString billTo;
    // nullopt: any executable may run (the field absent or null on the server).
    std::optional<QStringList> allowedExecutables;

    static ProjectFields fromDescribe(const QJsonObject &describe);
    bool operator==(const ProjectFields &o) const;
    bool operator!=(const ProjectFields &o) const { return !(*this == o); }

    // The update field names, in the order forms show them.
    static QStringList updateFieldNames();
    // allowedExecutables: null for "any"; databaseResultsRestricted: null for no limit.
    QJsonValue value(const QString &field) const;
    void setValue(const QString &field, const QJsonValue &value);
};

// One field that differs between two states of a project, for diffs shown to the user.
struct FieldChange
{
    QString field; // "name"
    QJsonValue oldValue;
    QJsonValue newValue;

    // "(empty)", "yes"/"no", "any executable", or the text itself.
    static QString display(const QString &field, const QJsonValue &value);
    QString oldText() const { return display(field, oldValue); }
    QString newText() const { return display(field, newValue); }
};

// What changed on the server while the user edited (a stale version): per field, the value the
// user started from and the server's value now.
struct ServerChange
{
    QString field;
    QJsonValue baseValue;
    QJsonValue serverValue;
    bool alsoEditedByUser = false; // the user's value will replace the server's
};
