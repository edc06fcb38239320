#include "ui/details/DetailPane.h"

#include "ui/details/DetailPages.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
QLabel *selectableLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

DetailPane::DetailPane(ProjectDetails *details, QWidget *parent)
    : QWidget(parent)
    , m_details(details)
{
    setObjectName(QStringLiteral("detailPane"));
    m_title = selectableLabel(QStringLiteral("detailTitle"), this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_subtitle = selectableLabel(QStringLiteral("detailSubtitle"), this);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    // A reload or a failed reload of a shown project: the values stay, this line says why.
    m_statusBar = new QWidget(this);
    m_status = selectableLabel(QStringLiteral("detailStatus"), m_statusBar);
    m_statusRetry = new QPushButton(QStringLiteral("Retry"), m_statusBar);
    m_statusRetry->setObjectName(QStringLiteral("detailStatusRetryButton"));
    m_statusRetry->setToolTip(QStringLiteral("Ask the server for the project's details again"));
    auto *statusLayout = new QHBoxLayout(m_statusBar);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(m_status, 1);
    statusLayout->addWidget(m_statusRetry);

    // Shown instead of the tabs while there is nothing to show: no project, loading, error.
    m_messagePage = new QWidget(this);
    m_message = selectableLabel(QStringLiteral("detailMessage"), m_messagePage);
    m_message->setAlignment(Qt::AlignCenter);
    m_retry = new QPushButton(QStringLiteral("&Retry"), m_messagePage);
    m_retry->setObjectName(QStringLiteral("detailRetryButton"));
    m_retry->setToolTip(QStringLiteral("Ask the server for the project's details again"));
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    messageLayout->addStretch(2);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideNone);
    addPage(new OverviewPage);
    addPage(new AccessPage);
    addPage(new TagsPropertiesPage);
    addPage(new MembersPage);
    addPage(new BillingPage);
    addPage(new InstanceTypesPage);
    addPage(new UploadLimitsPage);
    addPage(new RawJsonPage);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_messagePage);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_statusBar);
    layout->addWidget(m_stack, 1);

    const auto retry = [this] {
        if (m_details)
            m_details->retry();
    };
    connect(m_retry, &QPushButton::clicked, this, retry);
    connect(m_statusRetry, &QPushButton::clicked, this, retry);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        const QString key = currentPageKey();
        if (!key.isEmpty())
            Q_EMIT currentPageChanged(key);
    });
    if (m_details) {
        connect(m_details, &ProjectDetails::changed, this, [this] {
            refreshPages();
            refreshState();
        });
        connect(m_details, &ProjectDetails::stateChanged, this, &DetailPane::refreshState);
    }
    refreshPages();
    refreshState();
}

QStringList DetailPane::pageKeys()
{
    return { QStringLiteral("overview"), QStringLiteral("access"),  QStringLiteral("tags"),
             QStringLiteral("members"),  QStringLiteral("billing"), QStringLiteral("instances"),
             QStringLiteral("uploads"),  QStringLiteral("json") };
}

bool DetailPane::setCurrentPage(const QString &key)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->key() == key) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QString DetailPane::currentPageKey() const
{
    const int index = m_tabs->currentIndex();
    return index >= 0 && index < m_pages.size() ? m_pages.at(index)->key() : QString();
}

DetailPage *DetailPane::page(const QString &key) const
{
    for (DetailPage *page : m_pages) {
        if (page->key() == key)
            return page;
    }
    return nullptr;
}

void DetailPane::setRegionCatalog(const RegionCatalog &catalog)
{
    if (auto *overview = qobject_cast<OverviewPage *>(page(QStringLiteral("overview"))))
        overview->setRegionCatalog(catalog);
    refreshPages();
}

void DetailPane::addPage(DetailPage *page)
{
    page->setObjectName(page->key() + QLatin1String("Page"));
    QWidget *tab = page;
    if (page->wantsScrollArea()) {
        auto *scroll = new QScrollArea;
        scroll->setObjectName(page->key() + QLatin1String("Scroll"));
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        // Rows wrap to the pane's width instead of scrolling sideways.
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        tab = scroll;
    }
    // The note keeps a page whose fields the server left out from looking broken.
    auto *empty = new QLabel(QStringLiteral("The server did not return this page's fields for "
                                            "this project."));
    empty->setObjectName(page->key() + QLatin1String("_empty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->hide();
    auto *container = new QWidget;
    container->setObjectName(page->key() + QLatin1String("Tab"));
    auto *containerLayout = new QVBoxLayout(container);
    containerLayout->setContentsMargins(0, 0, 0, 0);
    containerLayout->addWidget(empty);
    containerLayout->addWidget(tab, 1);
    m_emptyNotes.append(empty);
    m_bodies.append(tab);
    tab = container;
    const int index = m_tabs->addTab(tab, page->title());
    // The tooltip names the page in full, since a narrow pane shows short titles.
    QString title = page->title();
    title.replace(QLatin1String("&&"), QLatin1String("&"));
    m_tabs->setTabToolTip(index, title + QLatin1String(": ") + page->toolTip());
    m_pages.append(page);
}

void DetailPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateTabTitles();
}

void DetailPane::updateTabTitles()
{
    // Full titles when they all fit, else short ones: scrolling tabs hide pages from view.
    QTabBar *bar = m_tabs->tabBar();
    const QFontMetrics metrics = bar->fontMetrics();
    const auto shown
        = [](QString text) { return text.replace(QLatin1String("&&"), QLatin1String("&")); };
    // A tab is its text plus the style's padding (and a little for the frame).
    const int overhead = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar) + 4;
    int needed = 0;
    for (const DetailPage *page : std::as_const(m_pages))
        needed += overhead + metrics.horizontalAdvance(shown(page->title()));
    const bool full = needed <= m_tabs->width();
    for (int i = 0; i < m_pages.size(); ++i)
        m_tabs->setTabText(i, full ? m_pages.at(i)->title() : m_pages.at(i)->shortTitle());
}

void DetailPane::refreshPages()
{
    if (!m_details)
        return;
    for (int i = 0; i < m_pages.size(); ++i) {
        DetailPage *page = m_pages.at(i);
        const bool empty = !page->showDetails(*m_details);
        m_emptyNotes.at(i)->setVisible(empty);
        m_bodies.at(i)->setVisible(!empty);
    }

    const QJsonObject describe = m_details->describe();
    const QString name = describe.value(QLatin1String("name")).toString();
    const QString id = m_details->projectId();
    m_title->setText(name.isEmpty() ? id : name);
    m_subtitle->setText(name.isEmpty() ? QString() : id);
}

void DetailPane::refreshState()
{
    using State = ProjectDetails::State;
    const bool hasProject = m_details && !m_details->projectId().isEmpty();
    const bool hasValues = hasProject && !m_details->describe().isEmpty();
    const State state = m_details ? m_details->state() : State::Idle;

    m_title->setVisible(hasProject);
    m_subtitle->setVisible(hasProject && !m_subtitle->text().isEmpty());

    if (hasValues) {
        m_stack->setCurrentWidget(m_tabs);
        const bool loading = state == State::Loading;
        const bool failed = state == State::Error;
        m_statusBar->setVisible(loading || failed);
        m_statusRetry->setVisible(failed);
        if (loading)
            m_status->setText(QStringLiteral("Refreshing…"));
        else if (failed)
            m_status->setText(QStringLiteral("Could not refresh: ") + m_details->errorText());
        return;
    }

    m_statusBar->hide();
    m_stack->setCurrentWidget(m_messagePage);
    m_retry->setVisible(state == State::Error);
    if (!hasProject)
        m_message->setText(QStringLiteral("Select a project to see its details"));
    else if (state == State::Error)
        m_message->setText(QStringLiteral("Could not load the project's details.\n")
                           + m_details->errorText());
    else if (state == State::Loaded)
        m_message->setText(QStringLiteral("The server returned no details for this project."));
    else
        m_message->setText(QStringLiteral("Loading the project's details…"));
}
