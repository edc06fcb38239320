#include "models/details/ProjectDetails.h"
#include "ui/details/DetailFormat.h"
#include "ui/details/DetailPages.h"
#include "ui/details/DetailTable.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidgetItem *numberItem(const QVariant &value)
{
    // A number in the display role sorts as a number, not as text.
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString osList(const QJsonArray &os)
{
    QStringList names;
    for (const QJsonValue &entry : os) {
        const QJsonObject o = entry.toObject();
        const QString name = o.value(QLatin1String("distribution")).toString() + QLatin1Char(' ')
            + o.value(QLatin1String("release")).toString();
        names.append(name.trimmed());
    }
    // One per line: the column stays narrow and each system reads as one entry.
    return names.join(QLatin1Char('\n'));
}
} // namespace

InstanceTypesPage::InstanceTypesPage(QWidget *parent)
    : DetailPage({ QStringLiteral("instances"), QStringLiteral("Instance types"),
                   QStringLiteral("Instances"),
                   QStringLiteral("The kinds of cloud machines apps can run on in this project"),
                   false },
                 parent)
    , m_summary(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("instances_summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = DetailTable::create(
        this, QStringLiteral("instances_table"),
        // Two-line titles leave the operating systems room at ~600 px.
        { QStringLiteral("Instance type"), QStringLiteral("Cores"), QStringLiteral("Memory\n(GB)"),
          QStringLiteral("Storage\n(GB)"), QStringLiteral("Operating\nsystems"),
          QStringLiteral("Rank") },
        { QStringLiteral("The name apps use to ask for this kind of machine"),
          QStringLiteral("Number of processor cores"),
          QStringLiteral("Memory of the machine in GB (1 GB = 1024 MB)"),
          QStringLiteral("Temporary disk space for a job while it runs, in GB"),
          QStringLiteral("Linux versions the machine can run; an app must ask for one of them"),
          QStringLiteral("Value ranking: 1 is the least valuable (smallest) machine") });
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Os, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setSortIndicatorShown(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addStretch(1);
}

bool InstanceTypesPage::showDetails(const ProjectDetails &details)
{
    const bool has = details.has(QStringLiteral("availableInstanceTypes"));
    m_summary->setVisible(has);
    m_table->setVisible(has);
    m_table->setSortingEnabled(false); // rows must not move while they are filled
    m_table->setRowCount(0);
    if (!has)
        return false;

    const QJsonObject types = details.value(QStringLiteral("availableInstanceTypes")).toObject();
    const QString defaultType = details.value(QStringLiteral("defaultInstanceType")).toString();
    m_table->setRowCount(int(types.size()));
    int row = 0;
    for (auto it = types.begin(); it != types.end(); ++it, ++row) {
        const QJsonObject t = it.value().toObject();
        auto *name = new QTableWidgetItem(it.key());
        if (it.key() == defaultType) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            name->setToolTip(QStringLiteral("The project's default instance type"));
        }
        m_table->setItem(row, Name, name);
        if (t.contains(QLatin1String("numCores")))
            m_table->setItem(
                row, Cores,
                numberItem(DetailFormat::toInteger(t.value(QLatin1String("numCores")))));
        if (t.contains(QLatin1String("totalMemoryMB"))) {
            const double gb
                = double(DetailFormat::toInteger(t.value(QLatin1String("totalMemoryMB")))) / 1024.0;
            m_table->setItem(row, Memory, numberItem(qRound(gb * 10) / 10.0));
        }
        if (t.contains(QLatin1String("ephemeralStorageGB")))
            m_table->setItem(
                row, Storage,
                numberItem(DetailFormat::toInteger(t.value(QLatin1String("ephemeralStorageGB")))));
        if (t.contains(QLatin1String("os")))
            m_table->setItem(row, Os,
                             new QTableWidgetItem(osList(t.value(QLatin1String("os")).toArray())));
        if (t.contains(QLatin1String("rank")))
            m_table->setItem(row, Rank,
                             numberItem(DetailFormat::toInteger(t.value(QLatin1String("rank")))));
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Rank, Qt::AscendingOrder);
    m_table->resizeRowsToContents();
    DetailTable::fitHeightToRows(m_table);

    QString text = types.isEmpty()
        ? QStringLiteral("No instance types are available in this project.")
        : QStringLiteral("%1 kinds of machine are available to apps in this project. Click a "
                         "column title to sort.")
              .arg(types.size());
    if (!defaultType.isEmpty() && types.contains(defaultType))
        text += QStringLiteral(" The default, %1, is in bold.").arg(defaultType);
    m_summary->setText(text);
    return true;
}
