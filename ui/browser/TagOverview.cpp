#include "ui/browser/TagOverview.h"

#include "api/ApiError.h"
#include "models/browser/ProjectTagCounts.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

TagOverview::TagOverview(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_model(new ProjectTagCounts(client, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("tagOverview"));
    m_view->setObjectName(QStringLiteral("tagTable"));
    m_status->setObjectName(QStringLiteral("tagStatus"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProjectTagCounts::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProjectTagCounts::CountColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ProjectTagCounts::TagColumn,
                                                     QHeaderView::Stretch);
    m_view->setToolTip(QStringLiteral("Double-click a tag to show its projects"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT tagActivated(index.data(ProjectTagCounts::TagRole).toString());
    });
    connect(m_model, &ProjectTagCounts::loaded, this, [this] {
        m_status->setText(m_model->rowCount() == 0
                              ? QStringLiteral("No project carries a tag.")
                              : QStringLiteral("%1 tags. Double-click one to show its projects.")
                                    .arg(m_model->rowCount()));
    });
    connect(m_model, &ProjectTagCounts::failed, this, [this](const ApiError &error) {
        m_status->setText(m_model->isUnsupported()
                              ? QStringLiteral("This server does not list project tags.")
                              : error.userMessage());
    });
}

void TagOverview::load()
{
    m_status->setText(QStringLiteral("Loading tags…"));
    m_model->load();
}
