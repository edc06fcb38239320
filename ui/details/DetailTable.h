#pragma once

#include <QString>
#include <QStringList>

class QTableWidget;
class QWidget;

// A read-only table for a detail page: whole rows selected, Ctrl+C copies the selected rows as
// tab-separated text (what spreadsheets paste), headers that explain themselves in tooltips.
namespace DetailTable {
QTableWidget *create(QWidget *parent, const QString &objectName, const QStringList &headers,
                     const QStringList &headerToolTips = QStringList());
// Caps the table's height at what its rows need, so that the page's free space goes below it
// instead of into an empty table; with many rows the layout still shrinks it and it scrolls.
void fitHeightToRows(QTableWidget *table);
// The selected rows as tab-separated lines, in view order.
QString selectedText(const QTableWidget *table);
} // namespace DetailTable
