#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QPushButton;
class QTableWidget;

// An editable key/value table with Add and Remove buttons, for project properties. It holds
// rows as typed (empty or repeated keys included) so that the form can say what is wrong.
class PropertiesTable : public QWidget
{
    Q_OBJECT
public:
    // objectNames: prefix + "Table", "Add", "Remove" (e.g. "propertiesTable").
    explicit PropertiesTable(const QString &prefix, QWidget *parent = nullptr);

    QList<QPair<QString, QString>> rows() const;
    void setRows(const QList<QPair<QString, QString>> &rows);
    void addRow(const QString &key = {}, const QString &value = {});
    void removeSelectedRows();

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void edited();

private:
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_filling = false;
};
