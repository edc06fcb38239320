#include "ui/archive/ArchiveDialog.h"

#include "models/archive/AllCopiesPermission.h"
#include "models/archive/ArchiveJob.h"
#include "ui/widgets/WindowFit.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <algorithm>

namespace {

QString fileCount(int n)
{
    return n == 1 ? ArchiveDialog::tr("1 file")
                  : ArchiveDialog::tr("%1 files").arg(QLocale().toString(n));
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

ArchiveDialog::ArchiveDialog(ApiClient *client, const QString &projectId, const QString &billTo,
                             const QStringList &selectedFiles, const QStringList &folders,
                             const QString &currentFolder, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_projectId(projectId)
    , m_files(selectedFiles)
    , m_job(new ArchiveJob(client, projectId, this))
    , m_previewJob(new ArchivePreviewJob(client, projectId, billTo, this))
    , m_permission(new AllCopiesPermission(client, this))
    , m_filesMode(new QRadioButton(this))
    , m_folderMode(new QRadioButton(QStringLiteral("The folder"), this))
    , m_folder(new QComboBox(this))
    , m_recurse(new QCheckBox(QStringLiteral("Include subfolders"), this))
    , m_allCopies(new QCheckBox(QStringLiteral("Archive all copies under the same billTo "
                                               "(allCopies)"),
                                this))
    , m_allCopiesReason(note({}, this))
    , m_problem(note({}, this))
    , m_previewText(note({}, this))
    , m_progress(new QProgressBar(this))
    , m_results(new QListWidget(this))
{
    setObjectName(QStringLiteral("archiveDialog"));
    setWindowTitle(QStringLiteral("Archive files"));
    m_filesMode->setObjectName(QStringLiteral("filesMode"));
    m_folderMode->setObjectName(QStringLiteral("folderMode"));
    m_folder->setObjectName(QStringLiteral("folderCombo"));
    m_recurse->setObjectName(QStringLiteral("recurseCheck"));
    m_allCopies->setObjectName(QStringLiteral("allCopiesCheck"));
    m_allCopiesReason->setObjectName(QStringLiteral("allCopiesReason"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_previewText->setObjectName(QStringLiteral("previewLabel"));
    m_progress->setObjectName(QStringLiteral("archiveProgress"));
    m_results->setObjectName(QStringLiteral("batchResults"));

    m_filesMode->setText(QStringLiteral("The %1 selected files").arg(m_files.size()));
    auto *group = new QButtonGroup(this);
    group->addButton(m_filesMode);
    group->addButton(m_folderMode);
    m_folder->addItems(folders.isEmpty() ? QStringList { QStringLiteral("/") } : folders);
    m_folder->setCurrentText(currentFolder.isEmpty() ? QStringLiteral("/") : currentFolder);
    m_recurse->setChecked(true);
    (m_files.isEmpty() ? m_folderMode : m_filesMode)->setChecked(true);
    m_filesMode->setEnabled(!m_files.isEmpty());

    auto *what
        = new QGroupBox(QStringLiteral("What to archive (files or one folder, not both)"), this);
    auto *whatLayout = new QVBoxLayout(what);
    whatLayout->addWidget(m_filesMode);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderMode);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_recurse);
    whatLayout->addLayout(folderRow);

    m_allCopies->setEnabled(false);
    m_allCopiesReason->setText(m_permission->result().reason);
    m_allCopiesReason->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    // Framed, so that what will be archived stands apart from the notes above it.
    m_previewText->setFrameShape(QFrame::StyledPanel);
    m_previewText->setMargin(6);
    m_previewText->setVisible(false);
    m_progress->setVisible(false);
    m_results->setVisible(false);
    m_results->setMinimumHeight(90);
    m_results->setWordWrap(true); // an error names the file; it must be readable whole
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *buttons = new QDialogButtonBox(this);
    m_archive = buttons->addButton(QStringLiteral("Archive"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QStringLiteral("Cancel remaining batches"),
                                  QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_archive->setObjectName(QStringLiteral("archiveButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_cancel->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(note(
        QStringLiteral("<b>archival</b>: archiving is requested for this copy, but other "
                       "projects billed to the same account still hold a live copy, so the data "
                       "stays in live storage (and is billed as live) until every copy is "
                       "requested. <b>archived</b>: every copy under the billTo was requested; "
                       "the data moved to archive storage and must be unarchived (at a cost) "
                       "before it can be read."),
        this));
    layout->addWidget(m_allCopies);
    layout->addWidget(m_allCopiesReason);
    layout->addWidget(m_previewText);
    layout->addWidget(m_problem);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    // Wide enough for the note to wrap in a few lines, tall enough for the progress bar and a
    // few result lines that appear once the run starts: at its size hint the wrapped labels got
    // one line each and the choice of files or folder was drawn over itself.
    holdContentAt(this, 560);
    fitToScreen(this, QSize(std::max(620, sizeHint().width()), std::max(540, sizeHint().height())));

    connect(m_filesMode, &QRadioButton::toggled, this, &ArchiveDialog::selectionChanged);
    connect(m_folder, &QComboBox::currentTextChanged, this, &ArchiveDialog::selectionChanged);
    connect(m_recurse, &QCheckBox::toggled, this, &ArchiveDialog::selectionChanged);
    connect(m_allCopies, &QCheckBox::toggled, this, [this] {
        if (m_stage == Stage::Confirming)
            showPreview(); // allCopies moves every copy: the preview changes, nothing is sent
    });
    connect(m_archive, &QPushButton::clicked, this, &ArchiveDialog::archiveClicked);
    connect(m_previewJob, &ArchivePreviewJob::finished, this, [this](const ArchivePreview &p) {
        m_preview = p;
        m_stage = Stage::Confirming;
        showPreview();
    });
    connect(m_cancel, &QPushButton::clicked, m_job, &ArchiveJob::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_permission, &AllCopiesPermission::checked, this, [this](const AllCopiesCheck &c) {
        m_allCopies->setEnabled(c.allowed && !m_job->isRunning());
        if (!c.allowed)
            m_allCopies->setChecked(false);
        m_allCopiesReason->setText(c.allowed ? tr("You administer the billTo: when this is "
                                                  "checked, every copy in projects billed to "
                                                  "it is archived at once.")
                                             : c.reason);
        holdContentAt(this, 560); // the answer may wrap to more lines than "Checking…"
    });
    connect(m_job, &ArchiveJob::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progress->setFormat(QStringLiteral("Batch %1 of %2").arg(done).arg(total));
    });
    connect(m_job, &ArchiveJob::batchFinished, this, &ArchiveDialog::addResult);
    connect(m_job, &ArchiveJob::finished, this, [this] {
        m_cancel->setVisible(false);
        m_archive->setEnabled(false);
        m_close->setEnabled(true);
        const int failed = m_job->failedBatches();
        m_problem->setText(failed == 0 ? QString()
                                       : QStringLiteral("%1 of %2 batches failed; their files "
                                                        "were not archived.")
                                             .arg(failed)
                                             .arg(m_job->batchCount()));
        Q_EMIT archived(m_job->archivedCount());
    });
    if (client)
        m_permission->check(billTo);
    updateState();
}

ArchiveSelection ArchiveDialog::selection() const
{
    ArchiveSelection s;
    if (m_filesMode->isChecked()) {
        s.files = m_files;
    } else {
        s.folder = m_folder->currentText();
        s.recurse = m_recurse->isChecked();
    }
    return s;
}

QString ArchiveDialog::problem() const
{
    if (m_filesMode->isChecked() && m_files.isEmpty())
        return QStringLiteral("No files are selected: select files in the table, or choose a "
                              "folder.");
    return ArchiveRules::selectionProblem(selection());
}

void ArchiveDialog::updateState()
{
    if (m_stage == Stage::Running)
        return;
    m_folder->setEnabled(m_folderMode->isChecked());
    m_recurse->setEnabled(m_folderMode->isChecked());
    const QString why = problem();
    m_problem->setText(why);
    bool enabled = why.isEmpty() && !m_job->isRunning();
    QString text = tr("Archive…"); // the first click shows the preview, the second sends
    if (m_stage == Stage::Previewing) {
        enabled = false;
    } else if (m_stage == Stage::Confirming) {
        if (!m_preview.ok()) {
            text = tr("Archive without a preview");
        } else {
            const int tagged = m_preview.plan(m_allCopies->isChecked()).tagged;
            enabled = enabled && tagged > 0;
            text = tr("Archive %1").arg(fileCount(tagged));
        }
        if (m_filesMode->isChecked() && m_files.size() > ArchiveRules::MaxFilesPerRequest)
            text = tr("%1 in %2 batches").arg(text).arg(ArchiveRules::batches(m_files).size());
    }
    m_archive->setEnabled(enabled);
    m_archive->setText(text);
}

void ArchiveDialog::selectionChanged()
{
    if (m_stage == Stage::Previewing || m_stage == Stage::Confirming) {
        // The preview was of another selection: it goes, and Archive… looks again.
        m_previewJob->abort();
        m_preview = ArchivePreview();
        m_stage = Stage::Choosing;
        m_previewText->clear();
        m_previewText->setVisible(false);
    }
    updateState();
}

void ArchiveDialog::archiveClicked()
{
    if (m_stage == Stage::Confirming)
        startArchive();
    else if (m_stage == Stage::Choosing)
        startPreview();
}

void ArchiveDialog::startPreview()
{
    if (!m_client || !problem().isEmpty())
        return;
    m_stage = Stage::Previewing;
    showPreview();
    m_previewJob->start(selection());
}

void ArchiveDialog::showPreview()
{
    if (m_stage == Stage::Previewing) {
        m_previewText->setText(tr("Working out what will be archived…"));
    } else if (!m_preview.ok()) {
        m_previewText->setText(
            tr("Could not work out what will be archived (%1). You can still archive, but "
               "which files move to archive storage and the monthly saving are not known.")
                .arg(m_preview.error.userMessage()));
    } else {
        const ArchivePlan plan = m_preview.plan(m_allCopies->isChecked());
        m_previewText->setText(ArchivePlanning::summary(plan, m_preview.prices, m_preview.region)
                               + (plan.tagged > 0 && m_stage == Stage::Confirming
                                      ? tr(" Nothing is sent until you click %1.")
                                            .arg(tr("Archive %1").arg(fileCount(plan.tagged)))
                                      : QString()));
    }
    m_previewText->setVisible(true);
    holdContentAt(this, 560); // the preview takes room of its own
    updateState();
}

void ArchiveDialog::startArchive()
{
    m_results->clear();
    m_results->setVisible(true);
    m_progress->setVisible(true);
    holdContentAt(this, 560); // the log and the progress bar take room of their own
    QString why;
    if (!m_job->start(selection(), m_allCopies->isChecked(), &why)) {
        m_problem->setText(why);
        return;
    }
    m_stage = Stage::Running;
    if (m_previewText->isVisible())
        showPreview(); // without "Nothing is sent until…": it is being sent
    m_archive->setEnabled(false);
    m_allCopies->setEnabled(false);
    m_filesMode->setEnabled(false);
    m_folderMode->setEnabled(false);
    m_folder->setEnabled(false);
    m_recurse->setEnabled(false);
    m_cancel->setVisible(m_job->batchCount() > 1);
    m_close->setEnabled(false);
}

void ArchiveDialog::addResult(const ArchiveBatchResult &result)
{
    addResultLine(result, m_job->batchCount());
}

void ArchiveDialog::addResultLine(const ArchiveBatchResult &result, int batchCount)
{
    const QString batch = batchCount > 1
        ? QStringLiteral("Batch %1 (%2 files): ").arg(result.index + 1).arg(result.requested)
        : QString();
    QString text;
    if (result.skipped)
        text = batch + QStringLiteral("not sent (cancelled); its files were not archived.");
    else if (result.ok())
        text = batch
            + (result.count == 1
                   ? tr("1 file requested for archival")
                   : tr("%1 files requested for archival").arg(QLocale().toString(result.count)))
            + tr(": a file moves to archive storage (archived) once every copy under the "
                 "billTo is requested, and stays archival, in live storage, while another "
                 "copy is live")
            + (result.requested > result.count ? QStringLiteral(" (the other %1 were not live)")
                                                     .arg(result.requested - result.count)
                                               : QString())
            + QLatin1Char('.') + previewOutcome(result);
    else
        text = batch + ArchiveRules::failureMessage(result.error);
    auto *item = new QListWidgetItem(text, m_results);
    if (!result.ok())
        item->setForeground(result.skipped ? QColor(0x80, 0x60, 0x00) : QColor(0xb0, 0x00, 0x20));
}

// Which way the run's files went, from the preview, when the server tagged as many files as
// the preview foresaw (a single request): archived, or archival because another copy is live.
QString ArchiveDialog::previewOutcome(const ArchiveBatchResult &result) const
{
    if (!m_preview.ok() || m_job->batchCount() != 1)
        return {};
    const ArchivePlan plan = m_preview.plan(m_allCopies->isChecked());
    if (plan.tagged == 0 || plan.tagged != result.count)
        return {};
    const QString projects = plan.liveElsewhere.join(QStringLiteral(", "));
    const QString stay = plan.staysLive == 1
        ? tr("1 file stays")
        : tr("%1 files stay").arg(QLocale().toString(plan.staysLive));
    if (plan.staysLive == 0)
        return tr(" No other copy is live, so %1 moved to archive storage (archived).")
            .arg(plan.archived == 1 ? tr("it")
                                    : tr("all %1").arg(QLocale().toString(plan.archived)));
    if (plan.archived == 0)
        return tr(" %1 archival, in live storage and billed as live, because a copy in %2 is live.")
            .arg(stay, projects);
    return tr(" %1 moved to archive storage (archived); %2 archival, in live storage and billed "
              "as live, because a copy in %3 is live.")
        .arg(fileCount(plan.archived), stay, projects);
}
