#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

// CSV as RFC 4180 describes it (CRLF line ends, fields with comma, quote or line break in
// double quotes, quotes doubled), in UTF-8, and safe to open in a spreadsheet: a cell that
// starts with =, +, -, @, tab or carriage return is prefixed with a single quote so that it is
// never run as a formula.
class CsvWriter
{
public:
    static QString escapeFormula(const QString &cell);
    static QString quoteField(const QString &field);
    static QByteArray formatRow(const QStringList &cells);
    // A header row then the rows; withBom adds the UTF-8 byte order mark that some spreadsheet
    // programs need to read UTF-8.
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows,
                            bool withBom = false);
    // The model's rows in its current order, `columns` in the given order, with the horizontal
    // header titles: "the visible rows and columns" of a view.
    static QByteArray fromModel(const QAbstractItemModel &model, const QList<int> &columns,
                                bool withBom = false);
};
