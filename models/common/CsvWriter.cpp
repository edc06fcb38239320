#include "models/common/CsvWriter.h"

#include <QAbstractItemModel>

QString CsvWriter::escapeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    switch (cell.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + cell;
    default:
        return cell;
    }
}

QString CsvWriter::quoteField(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvWriter::formatRow(const QStringList &cells)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += quoteField(escapeFormula(cells.at(i)));
    }
    line += QLatin1String("\r\n");
    return line.toUtf8();
}

QByteArray CsvWriter::write(const QStringList &header, const QList<QStringList> &rows, bool withBom)
{
    QByteArray out;
    if (withBom)
        out += "\xEF\xBB\xBF";
    out += formatRow(header);
    for (const QStringList &row : rows)
        out += formatRow(row);
    return out;
}

QByteArray CsvWriter::fromModel(const QAbstractItemModel &model, const QList<int> &columns,
                                bool withBom)
{
    QByteArray out;
    if (withBom)
        out += "\xEF\xBB\xBF";
    QStringList cells;
    cells.reserve(columns.size());
    for (int column : columns)
        cells.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    out += formatRow(cells);
    const int rows = model.rowCount();
    for (int r = 0; r < rows; ++r) {
        cells.clear();
        for (int column : columns)
            cells.append(model.index(r, column).data(Qt::DisplayRole).toString());
        out += formatRow(cells);
    }
    return out;
}
