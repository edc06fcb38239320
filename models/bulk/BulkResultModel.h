#pragma once

#include <QAbstractTableModel>

class BulkRunner;

// The per-project table of a bulk action, for both the preview (pending / skipped and why)
// and the results (done / failed with the error message). It reads the runner's results.
class BulkResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ProjectColumn,
        NameColumn,
        ChangeColumn,
        ResultColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role { StateRole = Qt::UserRole + 1 }; // int: BulkResult::State

    explicit BulkResultModel(BulkRunner *runner, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    BulkRunner *m_runner;
};
