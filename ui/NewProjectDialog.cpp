#include "NewProjectDialog.h"

#include "BillToRules.h"
#include "FieldErrorLabel.h"
#include "NewProjectForm.h"
#include "ProjectRules.h"
#include "PropertiesTable.h"
#include "RegionListModel.h"
#include "RequestPreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

struct FlagText
{
    const char *field;
    const char *label;
    const char *tip;
};

// The flags of /project/new with the seed's explanation as tooltip.
const FlagText kFlags[] = {
    { "protected", QT_TRANSLATE_NOOP("NewProjectDialog", "Protected"),
      QT_TRANSLATE_NOOP("NewProjectDialog", "Only ADMINISTER members can delete data.") },
    { "restricted", QT_TRANSLATE_NOOP("NewProjectDialog", "Restricted"),
      QT_TRANSLATE_NOOP("NewProjectDialog", "Data cannot be copied to other projects.") },
    { "downloadRestricted", QT_TRANSLATE_NOOP("NewProjectDialog", "Download restricted"),
      QT_TRANSLATE_NOOP("NewProjectDialog", "Data cannot be downloaded outside of the platform.") },
    { "databaseUIViewOnly", QT_TRANSLATE_NOOP("NewProjectDialog", "Database UI view only"),
      QT_TRANSLATE_NOOP("NewProjectDialog",
                        "VIEW members reach databases through the Cohort "
                        "Browser only.") },
    { "containsPHI", QT_TRANSLATE_NOOP("NewProjectDialog", "Contains PHI"),
      QT_TRANSLATE_NOOP("NewProjectDialog",
                        "Protected health information: cannot be unmarked later; needs a "
                        "billTo with PHI features and a region that supports PHI.") },
};

} // namespace

NewProjectDialog::NewProjectDialog(ApiClient *client, const QList<BillToOption> &billTos,
                                   const RegionCatalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_form(new NewProjectForm(client, this))
    , m_name(new QLineEdit(this))
    , m_summary(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_tags(new QLineEdit(this))
    , m_properties(new PropertiesTable(QStringLiteral("properties"), this))
    , m_billTo(new QComboBox(this))
    , m_billToInfo(new QLabel(this))
    , m_region(new QComboBox(this))
    , m_regionModel(new RegionListModel(this))
    , m_preview(new RequestPreview(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_fields(new QWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newProjectDialog"));
    setWindowTitle(tr("New project"));
    m_form->setCatalog(catalog);
    m_form->setBillToOptions(billTos);

    m_name->setObjectName(QStringLiteral("name"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_description->setObjectName(QStringLiteral("description"));
    m_tags->setObjectName(QStringLiteral("tags"));
    m_billTo->setObjectName(QStringLiteral("billTo"));
    m_region->setObjectName(QStringLiteral("region"));
    m_status->setObjectName(QStringLiteral("status"));
    m_busy->setObjectName(QStringLiteral("busy"));
    m_billToInfo->setObjectName(QStringLiteral("billToInfo"));
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    m_name->setPlaceholderText(tr("Required"));
    m_summary->setPlaceholderText(tr("A short summary of what the project contains"));
    m_description->setPlaceholderText(tr("A longer description"));
    m_description->setMaximumHeight(70);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. rna-seq, pilot"));
    m_billToInfo->setWordWrap(true);
    m_region->setModel(m_regionModel);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (const QString &field : NewProjectForm::fieldNames()) {
        auto *label = new FieldErrorLabel(field + QStringLiteral("Error"), this);
        m_errors.insert(field, label);
    }

    auto *form = new QFormLayout;
    auto withError = [this](QWidget *w, const QString &field) {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(w);
        v->addWidget(m_errors.value(field));
        return box;
    };
    form->addRow(tr("&Name:"), withError(m_name, QStringLiteral("name")));
    form->addRow(tr("&Summary:"), withError(m_summary, QStringLiteral("summary")));
    form->addRow(tr("&Description:"), withError(m_description, QStringLiteral("description")));

    auto *flagsBox = new QWidget(this);
    auto *flagsGrid = new QGridLayout(flagsBox);
    flagsGrid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const FlagText &f : kFlags) {
        const QString field = QLatin1String(f.field);
        auto *box = new QCheckBox(tr(f.label), flagsBox);
        box->setObjectName(field);
        box->setToolTip(tr(f.tip));
        m_flags.insert(field, box);
        flagsGrid->addWidget(box, i / 3, i % 3);
        connect(box, &QCheckBox::toggled, this, [this, field](bool on) {
            m_form->setFlag(field, on);
            if (field == QLatin1String("containsPHI"))
                refreshRegions();
        });
        ++i;
    }
    auto *flagErrors = new QVBoxLayout;
    flagsGrid->addLayout(flagErrors, 2, 0, 1, 3);
    for (const FlagText &f : kFlags)
        flagErrors->addWidget(m_errors.value(QLatin1String(f.field)));
    form->addRow(tr("Flags:"), flagsBox);
    form->addRow(tr("&Tags:"), withError(m_tags, QStringLiteral("tags")));
    form->addRow(tr("&Properties:"), withError(m_properties, QStringLiteral("properties")));
    auto *billToBox = withError(m_billTo, QStringLiteral("billTo"));
    billToBox->layout()->addWidget(m_billToInfo);
    form->addRow(tr("&Bill to:"), billToBox);
    form->addRow(tr("&Region:"), withError(m_region, QStringLiteral("region")));
    m_fields->setLayout(form);
    form->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    layout->addWidget(m_preview);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    buildBillToCombo();

    connect(m_name, &QLineEdit::textChanged, m_form, &NewProjectForm::setName);
    connect(m_summary, &QLineEdit::textChanged, m_form, &NewProjectForm::setSummary);
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { m_form->setDescription(m_description->toPlainText()); });
    connect(m_tags, &QLineEdit::textChanged, this, &NewProjectDialog::pushTags);
    connect(m_properties, &PropertiesTable::edited, this,
            [this] { m_form->setProperties(m_properties->rows()); });
    connect(m_billTo, &QComboBox::currentIndexChanged, this, &NewProjectDialog::onBillToChosen);
    connect(m_region, &QComboBox::currentIndexChanged, this, &NewProjectDialog::onRegionChosen);
    connect(m_form, &NewProjectForm::changed, this, &NewProjectDialog::refresh);
    connect(m_form, &NewProjectForm::created, this, &NewProjectDialog::onCreated);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewProjectDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    onBillToChosen();
    refresh();
    resize(620, sizeHint().height());
}

void NewProjectDialog::buildBillToCombo()
{
    const QList<BillToOption> &options = m_form->billToOptions();
    const QString preselect = BillToRules::preselectedBillTo(options);
    // Unavailable accounts stay choosable so that the reason shows beside the field.
    for (const BillToOption &o : options) {
        const QString text = o.enabled ? o.label() : tr("%1 (unavailable)").arg(o.label());
        m_billTo->addItem(text, o.id);
        if (!o.enabled)
            m_billTo->setItemData(m_billTo->count() - 1, o.disabledReason, Qt::ToolTipRole);
    }
    const int index = m_billTo->findData(preselect);
    if (index >= 0)
        m_billTo->setCurrentIndex(index);
    m_billTo->setEnabled(!options.isEmpty());
    if (options.isEmpty())
        m_billTo->addItem(tr("Your default billTo"));
}

void NewProjectDialog::onBillToChosen()
{
    m_form->setBillTo(m_billTo->currentData().toString());
    refreshRegions();
}

void NewProjectDialog::refreshRegions()
{
    const BillToOption *billTo = m_form->currentBillToOption();
    const QString keep = m_form->region();
    m_refreshing = true;
    if (billTo) {
        m_regionModel->setRegions(BillToRules::regionsFor(
            *billTo, m_form->catalog(), m_form->flag(QStringLiteral("containsPHI"))));
        QStringList facts;
        facts << tr("Default region: %1")
                     .arg(m_form->catalog().displayName(BillToRules::defaultRegion(*billTo)));
        facts << (billTo->phiFeatures ? tr("PHI features: yes") : tr("PHI features: no"));
        if (billTo->atSpendingLimit)
            facts << tr("at its spending limit");
        m_billToInfo->setText(facts.join(QStringLiteral(" · ")));
    } else {
        m_regionModel->setRegions({});
        m_billToInfo->clear();
    }
    // Keep the chosen region when the new billTo permits it, else take the billTo's default.
    int row = m_regionModel->rowOf(keep);
    if (row < 0 || !(m_regionModel->flags(m_regionModel->index(row)) & Qt::ItemIsEnabled))
        row = m_regionModel->rowOf(m_regionModel->defaultRegion());
    m_region->setCurrentIndex(row);
    m_region->setEnabled(m_regionModel->rowCount() > 0);
    m_refreshing = false;
    onRegionChosen();
}

void NewProjectDialog::onRegionChosen()
{
    if (m_refreshing)
        return;
    const int row = m_region->currentIndex();
    m_form->setRegion(
        row < 0 ? QString()
                : m_regionModel->index(row).data(RegionListModel::RegionIdRole).toString());
}

void NewProjectDialog::pushTags()
{
    const QString text = m_tags->text();
    m_form->setTags(ProjectRules::parseTagList(text));
    // A typed separator with nothing before it is the only way to type an empty tag.
    const bool emptyTag = text.contains(QRegularExpression(QStringLiteral("(^|,)\\s*,")));
    m_errors.value(QStringLiteral("tags"))
        ->setError(emptyTag ? ProjectRules::validateTag(QString()) : QString());
}

void NewProjectDialog::refresh()
{
    const QHash<QString, QString> errors = m_form->errors();
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        if (it.key() == QLatin1String("tags") && !errors.contains(it.key()))
            continue; // pushTags() owns the typed-empty-tag warning
        it.value()->setError(errors.value(it.key()));
    }
    const bool busy = m_form->isBusy();
    m_busy->setVisible(busy);
    m_fields->setEnabled(!busy);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const bool done = m_form->state() == NewProjectForm::State::Created;
    ok->setEnabled(!busy && !done && errors.isEmpty());
    m_buttons->button(QDialogButtonBox::Cancel)->setText(done ? tr("Close") : tr("Cancel"));
    if (busy && m_form->state() == NewProjectForm::State::Submitting)
        m_status->setText(tr("Creating the project..."));
    else
        m_status->setText(m_form->statusMessage());
    m_status->setVisible(!m_status->text().isEmpty());
    if (m_form->isValid())
        m_preview->setRequest(m_form->route(), m_form->requestInput());
    else
        m_preview->setPlaceholder(
            tr("POST %1\n(fix the fields marked in red first)\n\n%2")
                .arg(m_form->route(),
                     RequestPreview::format(QString(), m_form->requestInput()).mid(6)));
}

void NewProjectDialog::submit()
{
    m_form->submit();
}

void NewProjectDialog::onCreated(const QString &projectId)
{
    Q_EMIT projectCreated(projectId);
    // Found by the search after a lost reply: stay open so that the user reads what happened.
    if (!m_form->foundBySearch())
        accept();
}

void NewProjectDialog::fillExample()
{
    m_name->setText(QStringLiteral("RNA-seq pilot 2024"));
    m_summary->setText(QStringLiteral("Bulk RNA-seq of 48 liver biopsies, pilot batch"));
    m_description->setPlainText(
        QStringLiteral("FASTQ from the sequencing core; STAR alignments in /aligned."));
    m_flags.value(QStringLiteral("protected"))->setChecked(true);
    m_tags->setText(QStringLiteral("rna-seq, pilot, liver"));
    m_properties->setRows({ { QStringLiteral("study"), QStringLiteral("ST-221") },
                            { QStringLiteral("cost-centre"), QStringLiteral("CC-4410") } });
    const int genomics = m_billTo->findData(QStringLiteral("org-genomics"));
    if (genomics >= 0)
        m_billTo->setCurrentIndex(genomics);
    const int frankfurt = m_regionModel->rowOf(QStringLiteral("aws:eu-central-1"));
    if (frankfurt >= 0)
        m_region->setCurrentIndex(frankfurt);
}
