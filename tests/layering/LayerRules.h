#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// Which includes a source file may have, by the folder it lives in. Project includes are
// named from the repository root ("models/archive/ArchiveRules.h"), so the first folder of an
// include says which layer it reaches into.
struct QtModuleHeaders
{
    QSet<QString> widgets; // "QWidget", "QDialog", ...
    QSet<QString> network;
    QSet<QString> sql;
    QSet<QString> gui;

    // The class headers ("Q" then a capital letter, no extension) of each module folder.
    static QtModuleHeaders fromFolders(const QString &widgets, const QString &network,
                                       const QString &sql, const QString &gui);
};

struct IncludeLine
{
    int line = 0;
    QString name; // as written between the quotes or brackets
    bool angled = false;
};

QList<IncludeLine> includesOf(const QString &text);

// One sentence per include of `text` (the file at repository path `path`) that breaks the
// layer rule; empty when the file keeps it.
QStringList layerViolations(const QString &path, const QString &text, const QtModuleHeaders &qt);
