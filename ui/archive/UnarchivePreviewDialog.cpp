#include "ui/archive/UnarchivePreviewDialog.h"

#include "models/archive/UnarchiveJob.h"
#include "models/archive/UnarchivePreview.h"
#include "models/archive/UnarchiveRates.h"
#include "models/common/Counted.h"
#include "models/common/DataSize.h"
#include "models/common/Money.h"
#include "ui/widgets/WindowFit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column {
    RateColumn,
    TimeColumn,
    FilesColumn,
    SizeColumn,
    PriceColumn,
    CostColumn,
    ColumnCount
};

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString selectionText(const ArchiveSelection &s)
{
    if (s.usesFolder())
        return QStringLiteral("the folder %1%2")
            .arg(s.folder, s.recurse ? QStringLiteral(" and its subfolders") : QString());
    return counted(s.files.size(), QObject::tr("selected file"), QObject::tr("selected files"));
}

} // namespace

UnarchivePreviewDialog::UnarchivePreviewDialog(ApiClient *client, const QString &projectId,
                                               const QString &region,
                                               const ArchiveSelection &selection, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_selection(selection)
    , m_region(region)
    , m_preview(new UnarchivePreview(client, projectId, region, this))
    , m_job(new UnarchiveJob(client, projectId, this))
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_times(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("unarchivePreviewDialog"));
    setWindowTitle(QStringLiteral("Unarchive: compare prices"));
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_table->setObjectName(QStringLiteral("quoteTable"));
    m_table->setTabKeyNavigation(false); // Tab walks fields; arrows walk the rates
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_times->setObjectName(QStringLiteral("restoreTimesLabel"));
    m_progress->setObjectName(QStringLiteral("unarchiveProgress"));
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_times->setWordWrap(true);
    m_times->setText(UnarchiveRates::restoreTimeSource(region));
    m_times->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_intro->setText(
        tr("Unarchive %1 in %2. <b>Nothing has changed yet</b>: these are the server's dry-run "
           "figures for each rate. Only archived files are counted; live files, and files whose "
           "archival was only requested, cost nothing.")
            .arg(selectionText(selection), region));
    m_table->setHorizontalHeaderLabels({ QStringLiteral("Rate"), tr("Restore time"),
                                         QStringLiteral("Files"), QStringLiteral("Size"),
                                         QStringLiteral("Price per GB"), QStringLiteral("Cost") });
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TimeColumn, QHeaderView::Stretch);
    m_progress->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(QStringLiteral("Unarchive"), QDialogButtonBox::AcceptRole);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_confirm->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table);
    layout->addWidget(m_times);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(buttons);
    holdContentAt(this, 560);
    fitToScreen(this, QSize(680, 300));

    connect(m_preview, &UnarchivePreview::finished, this, &UnarchivePreviewDialog::showQuotes);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &UnarchivePreviewDialog::updateConfirm);
    connect(m_confirm, &QPushButton::clicked, this, &UnarchivePreviewDialog::confirm);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_job, &UnarchiveJob::accepted, this, [this](const UnarchiveQuote &q) {
        m_status->setText(tr("Unarchiving %1 at %2 (%3). Following their states until they "
                             "are live; closing this window does not stop the unarchival.")
                              .arg(counted(q.files, tr("file"), tr("files")), q.rate,
                                   Money::fromMillidollars(q.costMillidollars)));
        m_intro->setText(tr("The unarchive request for %1 in %2 was accepted: the files are "
                            "being restored.")
                             .arg(selectionText(m_selection), m_region));
    });
    connect(m_job, &UnarchiveJob::progress, this, [this](int live, int requested) {
        m_progress->setMaximum(qMax(1, requested));
        m_progress->setValue(requested == 0 ? 1 : live);
        m_progress->setFormat(QStringLiteral("%1 of %2 files live").arg(live).arg(requested));
    });
    connect(m_job, &UnarchiveJob::finished, this, [this] {
        m_status->setText(QStringLiteral("Done: every requested file is live."));
        m_close->setText(QStringLiteral("Close"));
        Q_EMIT unarchived();
    });
    connect(m_job, &UnarchiveJob::failed, this, [this](const ApiError &error) {
        m_status->setText(ArchiveRules::failureMessage(error));
        m_close->setText(QStringLiteral("Close"));
    });
}

QString UnarchivePreviewDialog::chosenRate() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), RateColumn)->text();
}

void UnarchivePreviewDialog::selectRate(const QString &rate)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, RateColumn);
        if (item->text() == rate && item->flags().testFlag(Qt::ItemIsSelectable))
            m_table->selectRow(row);
    }
}

void UnarchivePreviewDialog::refreshPreview()
{
    m_started = true;
    m_table->setRowCount(0);
    QString why;
    if (!m_preview->start(m_selection, &why)) {
        m_status->setText(why);
        return;
    }
    m_status->setText(QStringLiteral("Asking the server for a dry run at each rate…"));
}

void UnarchivePreviewDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started && m_client)
        refreshPreview();
}

void UnarchivePreviewDialog::showQuotes()
{
    const QList<UnarchiveQuote> quotes = m_preview->quotes();
    QStringList missing;
    for (const QString &rate : UnarchiveRates::all()) {
        if (!m_preview->rates().contains(rate))
            missing.append(rate);
    }
    m_table->setRowCount(int(quotes.size() + missing.size()));
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    QStringList errors;
    int cheapest = -1;
    for (int row = 0; row < quotes.size(); ++row) {
        const UnarchiveQuote &q = quotes.at(row);
        m_table->setItem(row, RateColumn, cell(q.rate));
        m_table->setItem(row, TimeColumn, cell(UnarchiveRates::restoreTime(m_region, q.rate)));
        if (!q.ok()) {
            m_table->setItem(row, FilesColumn, cell(QStringLiteral("—"), right));
            m_table->setItem(row, SizeColumn, cell(QStringLiteral("—"), right));
            m_table->setItem(row, PriceColumn, cell(QStringLiteral("—"), right));
            m_table->setItem(row, CostColumn, cell(QStringLiteral("not available"), right));
            errors.append(q.rate + QStringLiteral(": ") + ArchiveRules::failureMessage(q.error));
            continue;
        }
        m_table->setItem(row, FilesColumn, cell(QLocale().toString(q.files), right));
        const QString size
            = q.sizeBytes >= 0 ? DataSize::format(q.sizeBytes) : DataSize::fromGB(q.sizeGB);
        m_table->setItem(row, SizeColumn, cell(size, right));
        // The rate's price, derived from the server's own figures rather than a local table.
        const double gb = q.sizeBytes > 0 ? q.sizeBytes / DataSize::bytesPerGB : q.sizeGB;
        m_table->setItem(row, PriceColumn,
                         cell(gb > 0
                                  ? Money::price(q.costMillidollars / gb / 1000.0, Money::Per::GB)
                                  : QStringLiteral("—"),
                              right));
        QTableWidgetItem *cost = cell(Money::fromMillidollars(q.costMillidollars), right);
        QFont bold = cost->font();
        bold.setBold(true);
        cost->setFont(bold);
        m_table->setItem(row, CostColumn, cost);
        if (cheapest < 0 || q.costMillidollars < quotes.at(cheapest).costMillidollars)
            cheapest = row;
    }
    // A rate the cloud lacks is a row that says why, not a row that silently is not there.
    QStringList notes;
    for (int i = 0; i < missing.size(); ++i) {
        const int row = int(quotes.size()) + i;
        const QString why = UnarchiveRates::whyMissing(m_region, missing.at(i));
        QTableWidgetItem *rate = cell(missing.at(i));
        rate->setFlags(Qt::NoItemFlags);
        m_table->setItem(row, RateColumn, rate);
        QTableWidgetItem *reason = cell(why);
        reason->setFlags(Qt::NoItemFlags);
        reason->setToolTip(why);
        m_table->setItem(row, TimeColumn, reason);
        for (int column : { FilesColumn, SizeColumn, PriceColumn })
            m_table->setItem(row, column, cell({}, right));
        QTableWidgetItem *cost = cell(tr("not offered"), right);
        cost->setFlags(Qt::NoItemFlags);
        m_table->setItem(row, CostColumn, cost);
        notes.append(why);
    }
    m_status->setText(errors.isEmpty()
                          ? (notes
                             + QStringList { tr("Pick a rate, then confirm. The cost is "
                                                "charged to the project's billTo.") })
                                .join(QLatin1Char(' '))
                          : (notes + errors).join(QLatin1Char('\n')));
    // Standard is the server's default; preselect it rather than the dearest option.
    selectRate(QStringLiteral("Standard"));
    if (chosenRate().isEmpty() && cheapest >= 0)
        m_table->selectRow(cheapest);
    // Fit the table to its rows: empty space under three quotes looks like missing ones.
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
    updateConfirm();
    holdContentAt(this, 560);
    fitToScreen(this, QSize(qMax(width(), 680), sizeHint().height()));
}

void UnarchivePreviewDialog::updateConfirm()
{
    const QString rate = chosenRate();
    const QList<UnarchiveQuote> quotes = m_preview->quotes();
    for (const UnarchiveQuote &q : quotes) {
        if (q.rate != rate)
            continue;
        const bool usable
            = q.ok() && q.files > 0 && !m_job->isRunning() && !m_progress->isVisible();
        m_confirm->setEnabled(usable);
        m_confirm->setText(q.ok() ? tr("Unarchive %1 at %2 for %3")
                                        .arg(counted(q.files, tr("file"), tr("files")), q.rate,
                                             Money::fromMillidollars(q.costMillidollars))
                                  : QStringLiteral("Unarchive"));
        if (q.ok() && q.files == 0)
            m_status->setText(QStringLiteral("None of these files is archived: there is "
                                             "nothing to unarchive."));
        return;
    }
    m_confirm->setEnabled(false);
    m_confirm->setText(QStringLiteral("Unarchive"));
}

void UnarchivePreviewDialog::confirm()
{
    const QString rate = chosenRate();
    QString why;
    if (rate.isEmpty() || !m_job->start(m_selection, rate, &why)) {
        m_status->setText(why.isEmpty() ? QStringLiteral("Pick a rate first.") : why);
        return;
    }
    m_confirm->setEnabled(false);
    m_table->setEnabled(false);
    // From here on the window only follows the request: closing it stops nothing.
    m_close->setText(tr("Close (unarchiving goes on)"));
    m_progress->setVisible(true);
    m_progress->setMaximum(0); // busy until the server accepts the request
    m_status->setText(QStringLiteral("Sending the unarchive request…"));
}
