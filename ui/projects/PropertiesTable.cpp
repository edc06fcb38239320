#include "ui/projects/PropertiesTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

PropertiesTable::PropertiesTable(const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(prefix);
    m_table->setObjectName(prefix + QStringLiteral("Table"));
    m_add->setObjectName(prefix + QStringLiteral("Add"));
    m_remove->setObjectName(prefix + QStringLiteral("Remove"));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, 160);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab walks fields, not cells: arrows move between cells, Enter or F2 edits one.
    m_table->setTabKeyNavigation(false);
    m_table->setMinimumHeight(90);
    m_add->setToolTip(tr("Add a property"));
    m_remove->setToolTip(tr("Remove the selected properties"));
    m_remove->setEnabled(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT edited();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, &PropertiesTable::removeSelectedRows);
}

QList<QPair<QString, QString>> PropertiesTable::rows() const
{
    QList<QPair<QString, QString>> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *k = m_table->item(r, 0);
        const QTableWidgetItem *v = m_table->item(r, 1);
        out << qMakePair(k ? k->text() : QString(), v ? v->text() : QString());
    }
    return out;
}

void PropertiesTable::setRows(const QList<QPair<QString, QString>> &rows)
{
    m_filling = true;
    m_table->setRowCount(0);
    for (const auto &row : rows)
        addRow(row.first, row.second);
    m_filling = false;
    Q_EMIT edited();
}

void PropertiesTable::addRow(const QString &key, const QString &value)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    m_table->setItem(r, 0, new QTableWidgetItem(key));
    m_table->setItem(r, 1, new QTableWidgetItem(value));
    m_filling = wasFilling;
    if (!wasFilling)
        Q_EMIT edited();
}

void PropertiesTable::removeSelectedRows()
{
    QList<int> selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        selected << index.row();
    std::sort(selected.begin(), selected.end(), std::greater<int>());
    for (int r : selected)
        m_table->removeRow(r);
    if (!selected.isEmpty())
        Q_EMIT edited();
}
