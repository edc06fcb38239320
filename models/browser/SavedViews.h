#pragma once

#include "models/browser/ColumnLayout.h"
#include "models/browser/ProjectQuery.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QSettings;

// A named filter with its column layout, as the user saved it.
struct SavedView
{
    QString name;
    ProjectQuery query;
    ColumnLayout layout;

    bool operator==(const SavedView &o) const
    {
        return name == o.name && query == o.query && layout == o.layout;
    }
};

// The saved views and the current column layout of one profile, kept in the QSettings it is
// given (never a global one) as JSON text, so that they can also be exported and imported.
class SavedViews
{
public:
    SavedViews(QSettings *settings, const QString &profileId);

    QList<SavedView> views() const;
    QStringList names() const;
    std::optional<SavedView> view(const QString &name) const;
    // Replaces a view of the same name. A name must not be empty or blank.
    bool save(const SavedView &view);
    bool remove(const QString &name);

    ColumnLayout currentLayout() const; // ColumnLayout::defaults() when none was stored
    void setCurrentLayout(const ColumnLayout &layout);

    static QByteArray toJson(const QList<SavedView> &views);
    // Views with no name are dropped; `error` tells why the text could not be read at all.
    static QList<SavedView> fromJson(const QByteArray &json, QString *error = nullptr);

private:
    void store(const QList<SavedView> &views);
    QString key(const char *what) const;

    QSettings *m_settings;
    QString m_profileId;
};
