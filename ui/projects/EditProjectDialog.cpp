#include "ui/projects/EditProjectDialog.h"

#include "models/projects/EditProjectForm.h"
#include "models/projects/ProjectFlags.h"
#include "ui/projects/ProjectFieldRows.h"
#include "ui/regions/BillToPicker.h"
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

namespace {

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

EditProjectDialog::EditProjectDialog(ApiClient *client, const QJsonObject &describe,
                                     const QList<BillToOption> &billTos,
                                     const RegionCatalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_form(new EditProjectForm(client, describe, this))
    , m_rows(std::make_unique<ProjectFieldRows>(this))
    , m_name(m_rows->name())
    , m_summary(m_rows->summary())
    , m_description(m_rows->description())
    , m_flags(m_rows->flags())
    , m_phiConfirm(new QLineEdit(this))
    , m_executables(new QLineEdit(this))
    , m_resultsLimit(m_rows->resultsLimit())
    , m_billTo(new BillToPicker(this))
    , m_regionMap(new WorldMapWidget({}, this))
    , m_regionText(new QLabel(this))
    , m_billToWarning(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_diff(new QLabel(this))
    , m_conflict(new QGroupBox(tr("Changed on the server"), this))
    , m_conflictText(new QLabel(m_conflict))
    , m_preview(new RequestPreview(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("editProjectDialog"));
    setWindowTitle(tr("Edit project %1").arg(describe.value(QStringLiteral("name")).toString()));
    m_form->setCatalog(catalog);
    m_form->setBillToOptions(billTos);

    m_phiConfirm->setObjectName(QStringLiteral("phiConfirmation"));
    m_executables->setObjectName(QStringLiteral("allowedExecutables"));
    m_billToWarning->setObjectName(QStringLiteral("billToWarning"));
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_diff->setObjectName(QStringLiteral("diff"));
    m_conflict->setObjectName(QStringLiteral("conflictPanel"));
    m_conflictText->setObjectName(QStringLiteral("conflictText"));
    m_status->setObjectName(QStringLiteral("status"));
    m_buttons->setObjectName(QStringLiteral("buttons"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    for (QLabel *l : { m_billToWarning, m_warnings, m_diff, m_conflictText, m_status }) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    for (QLabel *l : { m_billToWarning, m_warnings }) {
        QPalette warn = l->palette();
        warn.setColor(QPalette::WindowText, QColor(0xa0, 0x5a, 0x00));
        l->setPalette(warn);
    }

    for (const QString &field : ProjectFields::updateFieldNames())
        m_errors.insert(field, new FieldErrorLabel(field + QStringLiteral("Error"), this));
    m_rows->setErrors(m_errors);
    // Clearing the name shows its error without moving the fields below.
    m_errors.value(QStringLiteral("name"))->setReservesSpace(true);

    auto *columns = new QHBoxLayout;
    columns->addWidget(buildFields(), 1);
    columns->addWidget(buildBilling(catalog), 1);

    auto *conflictButtons = new QHBoxLayout;
    auto *apply = new QPushButton(tr("Apply my changes on top"), m_conflict);
    apply->setObjectName(QStringLiteral("applyOnTop"));
    auto *discard = new QPushButton(tr("Discard my changes"), m_conflict);
    discard->setObjectName(QStringLiteral("discardMine"));
    conflictButtons->addStretch();
    conflictButtons->addWidget(discard);
    conflictButtons->addWidget(apply);
    auto *conflictLayout = new QVBoxLayout(m_conflict);
    conflictLayout->addWidget(m_conflictText);
    conflictLayout->addLayout(conflictButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_conflict);
    layout->addWidget(m_preview);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    loadFromForm();

    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_form->setValue(QStringLiteral("name"), t); });
    connect(m_summary, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_form->setValue(QStringLiteral("summary"), t); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        m_form->setValue(QStringLiteral("description"), m_description->toPlainText());
    });
    connect(m_phiConfirm, &QLineEdit::textChanged, m_form, &EditProjectForm::setPhiConfirmation);
    connect(m_executables, &QLineEdit::textChanged, m_form,
            &EditProjectForm::setAllowedExecutablesText);
    connect(m_resultsLimit, qOverload<int>(&QSpinBox::valueChanged), this, [this](int value) {
        m_form->setValue(QStringLiteral("databaseResultsRestricted"),
                         ProjectFieldRows::resultsLimitValue(value));
    });
    connect(m_billTo, &BillToPicker::billToChanged, this, [this](const QString &billTo) {
        if (!billTo.isEmpty())
            m_form->setValue(QStringLiteral("billTo"), billTo);
    });
    connect(apply, &QPushButton::clicked, this, [this] {
        if (!m_form->applyOnTop())
            loadFromForm();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        m_form->discardMine();
        loadFromForm();
    });
    connect(m_form, &EditProjectForm::changed, this, &EditProjectDialog::refresh);
    connect(m_form, &EditProjectForm::saved, this, &EditProjectDialog::onSaved);
    connect(m_buttons, &QDialogButtonBox::accepted, m_form, &EditProjectForm::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditProjectDialog::reject);
    refresh();
    const int width = std::max(1100, sizeHint().width());
    // At its narrowest (1000 px, or the screen) wrapped notes keep the height they need.
    holdContentAt(this, std::min(1000, usableScreenSize(this).width()));
    fitToScreen(
        this,
        QSize(width, std::max(minimumSizeHint().height(), layout->totalHeightForWidth(width))));
}

EditProjectDialog::~EditProjectDialog() = default;

QWidget *EditProjectDialog::buildFields()
{
    auto *column = new QWidget(this);
    m_phiConfirm->setPlaceholderText(tr("Type the project's name to confirm"));
    m_executables->setPlaceholderText(tr("any, or app-..., applet-..., workflow-... IDs"));
    m_executables->setToolTip(tr("Executables allowed to run as root executions in this "
                                 "project; \"any\" for no restriction."));

    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    columnLayout->addLayout(form);

    m_rows->addTextRows(form);
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it) {
        const QString field = it.key();
        connect(it.value(), &QCheckBox::toggled, this,
                [this, field](bool on) { m_form->setValue(field, on); });
    }
    m_rows->addFlagsRow(form, m_phiConfirm);
    m_rows->addRow(form, tr("&Allowed executables:"), m_executables,
                   QStringLiteral("allowedExecutables"));

    // What the edits will change, right under them.
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_warnings);
    columnLayout->addWidget(m_diff);
    columnLayout->addStretch();
    return column;
}

QWidget *EditProjectDialog::buildBilling(const RegionCatalog &catalog)
{
    auto *box = new QGroupBox(tr("Billing and region"), this);
    box->setObjectName(QStringLiteral("billingBox"));
    m_billTo->setCatalog(catalog); // the options come with loadFromForm()

    // The region is the project's for life: shown, never offered.
    const QString region = m_form->region();
    const RegionInfo info = catalog.region(region);
    m_regionMap->setObjectName(QStringLiteral("regionMap"));
    m_regionMap->setFixedSize(280, 140);
    m_regionMap->setAccessibleName(tr("Map of the project's region"));
    m_regionMap->setVisible(m_regionMap->showRegion(info));
    m_regionText->setObjectName(QStringLiteral("regionText"));
    m_regionText->setWordWrap(true);
    m_regionText->setTextFormat(Qt::PlainText);
    QString name = region;
    if (info.known && info.displayName != region) {
        name = info.displayName;
        if (!info.city.isEmpty() && !name.contains(info.city))
            name += QStringLiteral(", ") + info.city;
        name += QStringLiteral(" (%1)").arg(region);
    }
    m_regionText->setText(region.isEmpty()
                              ? tr("The project's region is not known.")
                              : tr("Region: %1. It cannot change for the life of the project; "
                                   "only billTos that permit it can be chosen.")
                                    .arg(name));

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_billTo);
    layout->addWidget(m_errors.value(QStringLiteral("billTo")));
    layout->addWidget(m_billToWarning);
    layout->addSpacing(6);
    layout->addWidget(m_regionText);
    layout->addWidget(m_regionMap);
    layout->addStretch();
    return box;
}

void EditProjectDialog::loadFromForm()
{
    const ProjectFields f = m_form->edited();
    m_name->setText(f.name);
    m_summary->setText(f.summary);
    if (m_description->toPlainText() != f.description)
        m_description->setPlainText(f.description);
    for (auto it = m_flags.begin(); it != m_flags.end(); ++it)
        it.value()->setChecked(f.value(it.key()).toBool());
    // A one-way flag (containsPHI) that the project has cannot be cleared.
    for (const ProjectFlag &flag : ProjectFlags::all()) {
        if (flag.oneWay)
            m_flags.value(flag.key)->setEnabled(!m_form->base().value(flag.key).toBool());
    }
    m_executables->setText(m_form->allowedExecutablesText());
    const qint64 limit = f.databaseResultsRestricted.value_or(0);
    m_resultsLimit->setValue(int(std::clamp<qint64>(limit, 0, std::numeric_limits<int>::max())));
    // After a conflict the server's billTo may be another one: offer the choices for it.
    m_billTo->setOptions(m_form->billToChoices(), f.billTo);
}

void EditProjectDialog::refresh()
{
    const QHash<QString, QString> errors = m_form->errors();
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it)
        it.value()->setError(errors.value(it.key()));
    m_phiConfirm->setVisible(m_form->turnsPhiOn());
    m_billToWarning->setText(m_form->billToWarning());
    m_billToWarning->setVisible(!m_billToWarning->text().isEmpty());
    m_warnings->setText(m_form->phiWarning());
    m_warnings->setVisible(!m_warnings->text().isEmpty());

    // Turning downloads off turns previews off too (ProjectRules::followDownloadRestricted).
    const ProjectFields edited = m_form->edited();
    for (auto it = m_flags.begin(); it != m_flags.end(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(edited.value(it.key()).toBool());
    }
    const QList<FieldChange> changes = m_form->changes();
    QString diff = QStringLiteral("<b>") + tr("Changes to send:") + QStringLiteral("</b><br>");
    for (const FieldChange &c : changes) {
        diff += QStringLiteral("%1: <s>%2</s> &rarr; %3<br>")
                    .arg(escaped(c.field), escaped(c.oldText()), escaped(c.newText()));
    }
    m_diff->setText(changes.isEmpty() ? tr("No changes yet.") : diff);

    const bool conflict = m_form->state() == EditProjectForm::State::Conflict;
    m_conflict->setVisible(conflict);
    if (conflict) {
        QString text
            = tr("The project changed on the server since you opened it:") + QStringLiteral("<br>");
        for (const ServerChange &c : m_form->serverChanges()) {
            text += QStringLiteral("%1: %2 &rarr; %3%4<br>")
                        .arg(escaped(c.field), escaped(FieldChange::display(c.field, c.baseValue)),
                             escaped(FieldChange::display(c.field, c.serverValue)),
                             c.alsoEditedByUser ? tr(" (you changed it too; yours would win)")
                                                : QString());
        }
        m_conflictText->setText(text);
    }
    m_preview->setRequest(m_form->route(), m_form->requestInput());
    const bool busy = m_form->isBusy();
    QString status = m_form->statusMessage();
    if (m_form->state() == EditProjectForm::State::Submitting)
        status = tr("Saving...");
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!conflict && m_form->canSubmit());
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_name, m_summary, m_description, m_executables,
                                            m_resultsLimit, m_billTo, m_phiConfirm })
        w->setEnabled(!busy);
    // A window does not grow by itself for a label that wraps onto another line.
    FormNote::growToFit(this);
}

void EditProjectDialog::onSaved(const QString &projectId)
{
    Q_EMIT projectChanged(projectId);
    accept();
}

void EditProjectDialog::reject()
{
    // While a call is in flight Cancel abandons it (the form reports how); otherwise edits
    // that closing would lose are confirmed first.
    if (!m_form->isBusy() && m_form->hasChanges()
        && !askDiscardChanges(this, tr("the project's settings")))
        return;
    QDialog::reject();
}
