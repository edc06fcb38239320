#include "ui/bulk/BulkDialog.h"

#include "models/bulk/BulkActionInput.h"
#include "models/bulk/BulkResultModel.h"
#include "models/bulk/BulkRunner.h"
#include "models/common/CommandLine.h"
#include "models/common/Counted.h"
#include "ui/widgets/WindowFit.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

BulkDialog::BulkDialog(BulkRunner *runner, const QList<BulkTarget> &targets,
                       const QList<BillToOption> &billTos, QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_targets(targets)
    , m_billTos(billTos)
    , m_model(new BulkResultModel(runner, this))
    , m_kind(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_billTo(new QComboBox(this))
    , m_recurse(new QCheckBox(tr("Include subfolders"), this))
    , m_valueLabel(new QLabel(this))
    , m_error(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_concurrency(new QSpinBox(this))
    , m_table(new QTableView(this))
    , m_progress(new QProgressBar(this))
    , m_run(new QPushButton(tr("Run"), this))
    , m_cancel(new QPushButton(tr("Cancel run"), this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_copy(new QPushButton(tr("Copy as command"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("bulkDialog"));
    setWindowTitle(
        tr("Bulk action on %1").arg(counted(targets.size(), tr("project"), tr("projects"))));

    struct KindItem
    {
        QString label;
        BulkAction::Kind kind;
    };
    const QList<KindItem> kinds {
        { tr("Add tags"), BulkAction::Kind::AddTags },
        { tr("Remove tags"), BulkAction::Kind::RemoveTags },
        { tr("Set properties"), BulkAction::Kind::SetProperties },
        { tr("Unset properties"), BulkAction::Kind::UnsetProperties },
        { tr("Set flags"), BulkAction::Kind::SetFlags },
        { tr("Invite a member"), BulkAction::Kind::Invite },
        { tr("Lower or remove a member"), BulkAction::Kind::SetMemberLevel },
        { tr("Change billTo"), BulkAction::Kind::ChangeBillTo },
        { tr("Archive a folder"), BulkAction::Kind::ArchiveFolder },
    };
    for (const KindItem &k : kinds)
        m_kind->addItem(k.label, int(k.kind));
    m_kind->setObjectName(QStringLiteral("bulkKind"));
    m_value->setObjectName(QStringLiteral("bulkValue"));
    m_value->setClearButtonEnabled(true);
    m_level->setObjectName(QStringLiteral("bulkLevel"));
    m_billTo->setObjectName(QStringLiteral("bulkBillTo"));
    for (const BillToOption &b : billTos)
        m_billTo->addItem(b.label(), b.id);
    m_recurse->setObjectName(QStringLiteral("bulkRecurse"));
    m_recurse->setChecked(true);
    m_error->setObjectName(QStringLiteral("bulkError"));
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_concurrency->setObjectName(QStringLiteral("bulkConcurrency"));
    m_concurrency->setRange(1, 32);
    m_concurrency->setValue(runner->concurrency());
    m_concurrency->setToolTip(tr("How many calls run at the same time"));

    m_table->setObjectName(QStringLiteral("bulkTable"));
    m_table->setTabKeyNavigation(false); // Tab walks fields; arrows walk the projects
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Project IDs have a fixed length: size that column to them, leave the rest to the reason.
    m_table->setColumnWidth(
        BulkResultModel::ProjectColumn,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("project-BBBBBBBBBBBBBBBBBBBBBBBB"))
            + 12);
    m_table->setColumnWidth(BulkResultModel::NameColumn, 170);
    m_table->setColumnWidth(BulkResultModel::ChangeColumn, 180);
    m_table->setColumnWidth(BulkResultModel::ResultColumn, 70);

    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setFormat(tr("%v of %m"));
    m_run->setObjectName(QStringLiteral("bulkRun"));
    m_cancel->setObjectName(QStringLiteral("bulkCancel"));
    m_retry->setObjectName(QStringLiteral("bulkRetryFailed"));
    m_export->setObjectName(QStringLiteral("bulkExport"));
    m_copy->setObjectName(QStringLiteral("bulkCopyCommand"));
    m_copy->setToolTip(tr("Copy the dx command for the selected project"));
    m_close->setObjectName(QStringLiteral("bulkClose"));
    m_run->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Action:"), m_kind);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_level);
    valueRow->addWidget(m_billTo, 1);
    valueRow->addWidget(m_recurse);
    form->addRow(m_valueLabel, valueRow);
    form->addRow(QString(), m_error);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_export);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *status = new QHBoxLayout;
    status->addWidget(m_summary, 1);
    auto *concurrencyLabel = new QLabel(tr("Calls at a time:"), this);
    concurrencyLabel->setBuddy(m_concurrency);
    status->addWidget(concurrencyLabel);
    status->addWidget(m_concurrency);
    layout->addLayout(status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    fitToScreen(this, QSize(1120, 560));
    m_value->setFocus();

    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        rebuildEditor();
        updatePreview();
    });
    connect(m_value, &QLineEdit::textChanged, this, &BulkDialog::updatePreview);
    connect(m_level, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &BulkDialog::updatePreview);
    connect(m_billTo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &BulkDialog::updatePreview);
    connect(m_recurse, &QCheckBox::toggled, this, &BulkDialog::updatePreview);
    connect(m_concurrency, qOverload<int>(&QSpinBox::valueChanged), runner,
            &BulkRunner::setConcurrency);
    connect(m_run, &QPushButton::clicked, this, &BulkDialog::run);
    connect(m_cancel, &QPushButton::clicked, runner, &BulkRunner::cancel);
    connect(m_retry, &QPushButton::clicked, runner, &BulkRunner::retryFailed);
    connect(m_export, &QPushButton::clicked, this, &BulkDialog::exportAsked);
    connect(m_copy, &QPushButton::clicked, this, &BulkDialog::copyCommand);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(runner, &BulkRunner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
    });
    connect(runner, &BulkRunner::runningChanged, this, &BulkDialog::updateButtons);
    connect(runner, &BulkRunner::resultsReset, this, &BulkDialog::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BulkDialog::updateButtons);

    rebuildEditor();
    updatePreview();
}

void BulkDialog::rebuildEditor()
{
    const auto kind = BulkAction::Kind(m_kind->currentData().toInt());
    const bool member
        = kind == BulkAction::Kind::Invite || kind == BulkAction::Kind::SetMemberLevel;
    m_value->setVisible(kind != BulkAction::Kind::ChangeBillTo);
    m_billTo->setVisible(kind == BulkAction::Kind::ChangeBillTo);
    m_level->setVisible(member);
    m_recurse->setVisible(kind == BulkAction::Kind::ArchiveFolder);

    QSignalBlocker blocker(m_level);
    m_level->clear();
    if (kind == BulkAction::Kind::SetMemberLevel)
        m_level->addItem(tr("Remove"), int(Level::None));
    for (Level l : { Level::View, Level::Upload, Level::Contribute, Level::Administer })
        m_level->addItem(levelName(l), int(l));

    switch (kind) {
    case BulkAction::Kind::AddTags:
    case BulkAction::Kind::RemoveTags:
        m_valueLabel->setText(tr("Tags:"));
        m_value->setPlaceholderText(tr("Comma-separated, e.g. qc, pilot"));
        break;
    case BulkAction::Kind::SetProperties:
        m_valueLabel->setText(tr("Properties:"));
        m_value->setPlaceholderText(tr("key=value, comma-separated"));
        break;
    case BulkAction::Kind::UnsetProperties:
        m_valueLabel->setText(tr("Property names:"));
        m_value->setPlaceholderText(tr("Comma-separated"));
        break;
    case BulkAction::Kind::SetFlags:
        m_valueLabel->setText(tr("Flags:"));
        m_value->setPlaceholderText(
            tr("e.g. protected=true, restricted=false, downloadRestricted=true"));
        break;
    case BulkAction::Kind::Invite:
    case BulkAction::Kind::SetMemberLevel:
        m_valueLabel->setText(tr("Member:"));
        m_value->setPlaceholderText(tr("user-xxxx, org-xxxx, PUBLIC or an e-mail address"));
        break;
    case BulkAction::Kind::ChangeBillTo:
        m_valueLabel->setText(tr("New billTo:"));
        break;
    case BulkAction::Kind::ArchiveFolder:
        m_valueLabel->setText(tr("Folder:"));
        m_value->setPlaceholderText(tr("/raw"));
        break;
    }
}

void BulkDialog::preset(BulkAction::Kind kind, const QString &value, Level level)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    if (kind == BulkAction::Kind::ChangeBillTo)
        m_billTo->setCurrentIndex(qMax(0, m_billTo->findData(value)));
    else
        m_value->setText(value);
    const int levelIndex = m_level->findData(int(level));
    if (levelIndex >= 0)
        m_level->setCurrentIndex(levelIndex);
    updatePreview();
}

std::optional<BulkAction> BulkDialog::currentAction(QString *error) const
{
    BulkActionInput input;
    input.kind = BulkAction::Kind(m_kind->currentData().toInt());
    input.text = m_value->text();
    input.level = Level(m_level->currentData().toInt());
    const int i = m_billTo->currentIndex();
    if (i >= 0 && i < m_billTos.size())
        input.billTo = m_billTos.at(i);
    input.recurse = m_recurse->isChecked();
    return parseBulkAction(input, error);
}

void BulkDialog::updatePreview()
{
    if (m_runner->isRunning())
        return;
    QString error;
    const std::optional<BulkAction> action = currentAction(&error);
    // An empty editor is not an error yet: nothing typed, nothing to complain about.
    m_error->setText(!m_value->isHidden() && m_value->text().trimmed().isEmpty() ? QString()
                                                                                 : error);
    m_error->setVisible(!m_error->text().isEmpty());
    if (action)
        m_runner->setSteps(action->preview(m_targets), action->description(int(m_targets.size())));
    else
        m_runner->setSteps({});
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    updateButtons();
}

void BulkDialog::updateButtons()
{
    const bool running = m_runner->isRunning();
    const int pending = m_runner->countIn(BulkResult::State::Pending);
    const int skipped = m_runner->countIn(BulkResult::State::Skipped);
    const int done = m_runner->countIn(BulkResult::State::Done);
    const int failed = m_runner->countIn(BulkResult::State::Failed);
    const int cancelled = m_runner->countIn(BulkResult::State::Cancelled);
    const bool hasResults = done + failed + cancelled > 0;
    const bool editing = !running && !hasResults;

    for (QWidget *w : { static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_value),
                        static_cast<QWidget *>(m_level), static_cast<QWidget *>(m_billTo),
                        static_cast<QWidget *>(m_recurse) })
        w->setEnabled(editing);
    m_run->setVisible(editing);
    m_run->setEnabled(editing && pending > 0);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running && !m_runner->isCancelling());
    m_retry->setVisible(!editing);
    m_retry->setEnabled(!running && failed > 0);
    m_export->setEnabled(!running && m_runner->count() > 0);
    m_close->setEnabled(!running);
    m_copy->setEnabled(m_table->selectionModel()->hasSelection());
    // A bar at "0 of 1" in the preview says nothing; it appears once something runs.
    m_progress->setVisible(!editing);
    // Disabling the editor hands focus to the next widget; the table is where to look now.
    if (!editing
        && (focusWidget() == m_concurrency || !focusWidget() || !focusWidget()->isEnabled()))
        m_table->setFocus();

    if (editing)
        m_summary->setText(m_runner->count() == 0
                               ? tr("Choose an action to see what it will change.")
                               : tr("Preview: %1 of %2 projects will change; %3 skipped.")
                                     .arg(pending)
                                     .arg(m_runner->count())
                                     .arg(skipped));
    else if (running)
        m_summary->setText(m_runner->isCancelling()
                               ? tr("Cancelling: waiting for the calls in flight…")
                               : tr("Running %1…").arg(m_runner->description()));
    else
        m_summary->setText(tr("Done: %1, failed: %2, skipped: %3, cancelled: %4.")
                               .arg(done)
                               .arg(failed)
                               .arg(skipped)
                               .arg(cancelled));
}

void BulkDialog::reject()
{
    if (m_runner->isRunning()) {
        m_runner->cancel();
        return;
    }
    QDialog::reject();
}

void BulkDialog::run()
{
    if (m_runner->countIn(BulkResult::State::Pending) == 0)
        return;
    Q_EMIT actionStarted(m_runner->description());
    m_runner->start();
}

bool BulkDialog::exportResults(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(m_runner->resultsCsv()) >= 0 && file.flush();
}

void BulkDialog::exportAsked()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export results"), QStringLiteral("bulk-results.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportResults(path);
}

void BulkDialog::copyCommand()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const BulkStep &step = m_runner->resultAt(rows.first().row()).step;
    if (step.skipped || step.method.isEmpty())
        return;
    QApplication::clipboard()->setText(CommandLine::forCall(step.subject, step.method, step.input));
}
