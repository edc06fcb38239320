#include "ui/projects/NewProjectDialog.h"

#include "models/projects/NewProjectForm.h"
#include "models/projects/ProjectRules.h"
#include "models/regions/BillToRules.h"
#include "ui/projects/ProjectFieldRows.h"
#include "ui/projects/PropertiesTable.h"
#include "ui/regions/BillToPicker.h"
#include "ui/regions/RegionPicker.h"
#include "ui/regions/WorldMapWidget.h"
#include "ui/widgets/DiscardChanges.h"
#include "ui/widgets/FieldErrorLabel.h"
#include "ui/widgets/FormNote.h"
#include "ui/widgets/RequestPreview.h"
#include "ui/widgets/WindowFit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

NewProjectDialog::NewProjectDialog(ApiClient *client, const QList<BillToOption> &billTos,
                                   const RegionCatalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_form(new NewProjectForm(client, this))
    , m_rows(std::make_unique<ProjectFieldRows>(this))
    , m_name(m_rows->name())
    , m_summary(m_rows->summary())
    , m_description(m_rows->description())
    , m_flags(m_rows->flags())
    , m_tags(new QLineEdit(this))
    , m_properties(new PropertiesTable(QStringLiteral("properties"), this))
    , m_resultsLimit(m_rows->resultsLimit())
    , m_billTo(new BillToPicker(this))
    , m_region(new RegionPicker({}, this))
    , m_noAccounts(new QLabel(this))
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

    m_tags->setObjectName(QStringLiteral("tags"));
    m_noAccounts->setObjectName(QStringLiteral("noAccounts"));
    m_status->setObjectName(QStringLiteral("status"));
    m_busy->setObjectName(QStringLiteral("busy"));
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

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
    m_rows->setErrors(m_errors);
    m_errors.value(QStringLiteral("name"))->setReservesSpace(true);

    auto *columns = new QHBoxLayout(m_fields);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(buildFields(), 1);
    columns->addWidget(buildWhere(), 1);

    // On a small screen the two columns scroll rather than being squeezed until text is cut.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scrolling(m_fields, QStringLiteral("newProjectScroll")), 1);
    m_name->setFocus(); // the scroll area moved the fields after the buttons in the focus chain
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, m_form, &NewProjectForm::setName);
    connect(m_name, &QLineEdit::editingFinished, m_form,
            [this] { m_form->markLeft(QStringLiteral("name")); });
    connect(m_summary, &QLineEdit::textChanged, m_form, &NewProjectForm::setSummary);
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { m_form->setDescription(m_description->toPlainText()); });
    connect(m_tags, &QLineEdit::textChanged, this, &NewProjectDialog::pushTags);
    connect(m_properties, &PropertiesTable::edited, this,
            [this] { m_form->setProperties(m_properties->rows()); });
    connect(m_billTo, &BillToPicker::billToChanged, this, &NewProjectDialog::onBillToChanged);
    connect(m_region, &RegionPicker::regionChosen, m_form, &NewProjectForm::setRegion);
    connect(m_form, &NewProjectForm::changed, this, &NewProjectDialog::refresh);
    connect(m_form, &NewProjectForm::created, this, &NewProjectDialog::onCreated);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewProjectDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The pickers are connected first, so that the preselection reaches the form.
    m_billTo->setCatalog(catalog);
    m_billTo->setRegionPicker(m_region);
    m_billTo->setOptions(billTos, BillToRules::preselectedBillTo(billTos));

    refresh();
    // Both columns side by side, within a 1600x1000 screen with room for the window frame and
    // a panel; the map grows with the dialog.
    // (the scroll area's own size hint is capped, so the columns' hints count here).
    const int chrome = m_buttons->sizeHint().height() + 4 * layout->spacing()
        + layout->contentsMargins().top() + layout->contentsMargins().bottom();
    fitToScreen(this,
                QSize(std::max(1160, m_fields->sizeHint().width() + 2 * chrome),
                      std::max(860, m_fields->minimumSizeHint().height() + chrome)));
}

NewProjectDialog::~NewProjectDialog()
{
    // ~QDialog hides the window, which takes the focus from the name field: its
    // editingFinished must not reach a half-destroyed dialog.
    disconnect(m_form, nullptr, this, nullptr);
    m_name->disconnect(m_form);
}

QWidget *NewProjectDialog::buildFields()
{
    auto *column = new QWidget(m_fields);
    m_name->setPlaceholderText(tr("Required"));
    m_summary->setPlaceholderText(tr("A short summary of what the project contains"));
    m_description->setPlaceholderText(tr("A longer description"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. rna-seq, pilot"));

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    m_rows->addTextRows(form);
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it) {
        const QString field = it.key();
        connect(it.value(), &QCheckBox::toggled, this, [this, field](bool on) {
            m_form->setFlag(field, on);
            if (field == QLatin1String("containsPHI"))
                m_region->setRequirePhi(on);
        });
    }
    m_rows->addFlagsRow(form);
    m_rows->addRow(form, tr("&Tags:"), m_tags, QStringLiteral("tags"));
    m_rows->addRow(form, tr("&Properties:"), m_properties, QStringLiteral("properties"),
                   m_properties->table());
    connect(m_resultsLimit, qOverload<int>(&QSpinBox::valueChanged), this, [this](int value) {
        m_form->setDatabaseResultsRestricted(value > 0 ? std::optional<qint64>(value)
                                                       : std::nullopt);
    });

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addStretch();
    return column;
}

QWidget *NewProjectDialog::buildWhere()
{
    auto *box = new QGroupBox(tr("Where the project lives"), m_fields);
    box->setObjectName(QStringLiteral("whereBox"));
    m_noAccounts->setText(tr("Your accounts could not be read: the project will be billed to "
                             "your default billTo, in its default region."));
    m_noAccounts->setWordWrap(true);
    m_noAccounts->setVisible(m_form->billToOptions().isEmpty());
    m_billTo->setVisible(!m_form->billToOptions().isEmpty());
    m_region->setVisible(!m_form->billToOptions().isEmpty());

    auto *regionTitle = new QLabel(tr("&Region:"), box);
    regionTitle->setObjectName(QStringLiteral("regionTitle"));
    regionTitle->setBuddy(m_region->list());
    regionTitle->setVisible(!m_form->billToOptions().isEmpty());

    // Wide and not too high: the whole dialog must fit a 1000-pixel-high screen.
    m_region->map()->setMaximumHeight(210);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_noAccounts);
    layout->addWidget(m_billTo);
    layout->addWidget(m_errors.value(QStringLiteral("billTo")));
    layout->addSpacing(6);
    layout->addWidget(regionTitle);
    layout->addWidget(m_region);
    layout->addWidget(m_errors.value(QStringLiteral("region")));
    layout->addStretch();
    return box;
}

void NewProjectDialog::onBillToChanged(const QString &billTo)
{
    // With no billTo that can be chosen, the user's own one goes to the form so that its reason
    // (e.g. the spending limit) shows beside the picker before anything is sent.
    const QList<BillToOption> &options = m_form->billToOptions();
    if (billTo.isEmpty() && !options.isEmpty()) {
        const QString own = options.first().userBillTo;
        m_form->setBillTo(own.isEmpty() ? options.first().id : own);
        return;
    }
    m_form->setBillTo(billTo);
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
    const QHash<QString, QString> shown = m_form->shownErrors();
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        if (it.key() == QLatin1String("tags") && !shown.contains(it.key()))
            continue; // pushTags() owns the typed-empty-tag warning
        it.value()->setError(shown.value(it.key()));
    }
    // Turning downloads off turns previews off too (ProjectRules::followDownloadRestricted).
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(m_form->flag(it.key()));
    }
    const bool busy = m_form->isBusy();
    m_busy->setVisible(busy);
    m_fields->setEnabled(!busy);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const bool done = m_form->state() == NewProjectForm::State::Created;
    ok->setEnabled(!busy && !done && errors.isEmpty());
    // Why Create is disabled, also while the "required" message waits for the name to be left.
    ok->setToolTip(errors.isEmpty()
                       ? QString()
                       : errors.value(QStringLiteral("name"), errors.cbegin().value()));
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
    // A window does not grow by itself for a label that wraps onto another line.
    FormNote::growToFit(this);
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

void NewProjectDialog::reject()
{
    // While a call is in flight Cancel abandons it (the form reports how); otherwise edits
    // that closing would lose are confirmed first.
    if (!m_form->isBusy() && m_form->hasInput() && !askDiscardChanges(this, tr("the new project")))
        return;
    QDialog::reject();
}
