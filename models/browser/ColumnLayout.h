#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// The project table's columns as the user arranged them: order, width, visibility and sort.
// Columns are named by ProjectColumns keys so that a saved layout survives new columns.
struct ColumnLayout
{
    struct Column
    {
        QString key;
        int width = 0; // 0: the view's default width
        bool visible = true;
        bool operator==(const Column &o) const
        {
            return key == o.key && width == o.width && visible == o.visible;
        }
    };

    QList<Column> columns; // in display order; every known column exactly once
    QString sortColumn; // a column key; empty: unsorted (server order)
    bool sortDescending = false;

    bool operator==(const ColumnLayout &o) const
    {
        return columns == o.columns && sortColumn == o.sortColumn
            && sortDescending == o.sortDescending;
    }

    static ColumnLayout defaults();
    QJsonObject toJson() const;
    // Unknown keys are dropped; columns the saved layout does not mention are appended hidden.
    static ColumnLayout fromJson(const QJsonObject &json);
};
