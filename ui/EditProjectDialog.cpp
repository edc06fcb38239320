#include "EditProjectDialog.h"

#include "EditProjectForm.h"
#include "FieldErrorLabel.h"
#include "RequestPreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const char *const kFlags[][2] = {
    { "protected", QT_TRANSLATE_NOOP("EditProjectDialog", "Protected") },
    { "restricted", QT_TRANSLATE_NOOP("EditProjectDialog", "Restricted") },
    { "downloadRestricted", QT_TRANSLATE_NOOP("EditProjectDialog", "Download restricted") },
    { "databaseUIViewOnly", QT_TRANSLATE_NOOP("EditProjectDialog", "Database UI view only") },
    { "containsPHI", QT_TRANSLATE_NOOP("EditProjectDialog", "Contains PHI") },
};

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
    , m_name(new QLineEdit(this))
    , m_summary(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_phiConfirm(new QLineEdit(this))
    , m_executables(new QLineEdit(this))
    , m_billTo(new QComboBox(this))
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

    m_name->setObjectName(QStringLiteral("name"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_description->setObjectName(QStringLiteral("description"));
    m_phiConfirm->setObjectName(QStringLiteral("phiConfirmation"));
    m_executables->setObjectName(QStringLiteral("allowedExecutables"));
    m_billTo->setObjectName(QStringLiteral("billTo"));
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

    m_description->setMaximumHeight(70);
    m_phiConfirm->setPlaceholderText(tr("Type the project's name to confirm"));
    m_phiConfirm->setMinimumHeight(m_phiConfirm->sizeHint().height());
    m_executables->setPlaceholderText(tr("any, or app-..., applet-..., workflow-... IDs"));
    m_executables->setToolTip(tr("Executables allowed to run as root executions in this "
                                 "project; \"any\" for no restriction."));
    for (QLabel *l : { m_warnings, m_diff, m_conflictText, m_status }) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QPalette warn = m_warnings->palette();
    warn.setColor(QPalette::WindowText, QColor(0xa0, 0x5a, 0x00));
    m_warnings->setPalette(warn);

    for (const QString &field : ProjectFields::updateFieldNames())
        m_errors.insert(field, new FieldErrorLabel(field + QStringLiteral("Error"), this));

    auto withError = [this](QWidget *w, const QString &field) {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(w);
        v->addWidget(m_errors.value(field));
        return box;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), withError(m_name, QStringLiteral("name")));
    form->addRow(tr("&Summary:"), withError(m_summary, QStringLiteral("summary")));
    form->addRow(tr("&Description:"), withError(m_description, QStringLiteral("description")));
    auto *flagsBox = new QWidget(this);
    auto *grid = new QGridLayout(flagsBox);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const auto &f : kFlags) {
        const QString field = QLatin1String(f[0]);
        auto *box = new QCheckBox(tr(f[1]), flagsBox);
        box->setObjectName(field);
        m_flags.insert(field, box);
        grid->addWidget(box, i / 3, i % 3);
        connect(box, &QCheckBox::toggled, this,
                [this, field](bool on) { m_form->setValue(field, on); });
        ++i;
    }
    auto *flagNotes = new QVBoxLayout;
    grid->addLayout(flagNotes, 2, 0, 1, 3);
    flagNotes->addWidget(m_phiConfirm);
    for (const auto &f : kFlags)
        flagNotes->addWidget(m_errors.value(QLatin1String(f[0])));
    form->addRow(tr("Flags:"), flagsBox);
    form->addRow(tr("&Allowed executables:"),
                 withError(m_executables, QStringLiteral("allowedExecutables")));
    form->addRow(tr("&Bill to:"), withError(m_billTo, QStringLiteral("billTo")));

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
    layout->addLayout(form);
    layout->addWidget(m_warnings);
    layout->addWidget(m_diff);
    layout->addWidget(m_conflict);
    layout->addWidget(m_preview);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // The billTos that permit the project's region; the current one first.
    for (const BillToOption &o : m_form->billToChoices())
        m_billTo->addItem(o.label(), o.id);

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
    connect(m_billTo, &QComboBox::currentIndexChanged, this, [this] {
        m_form->setValue(QStringLiteral("billTo"), m_billTo->currentData().toString());
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
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    resize(640, sizeHint().height());
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
    // Marking as PHI is one-way: a PHI project's box cannot be cleared.
    m_flags.value(QStringLiteral("containsPHI"))->setEnabled(!m_form->base().containsPHI);
    m_executables->setText(m_form->allowedExecutablesText());
    m_billTo->setCurrentIndex(m_billTo->findData(f.billTo));
}

void EditProjectDialog::refresh()
{
    const QHash<QString, QString> errors = m_form->errors();
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it)
        it.value()->setError(errors.value(it.key()));
    m_phiConfirm->setVisible(m_form->turnsPhiOn());
    const QStringList warnings = m_form->warnings();
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());

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
    for (QWidget *w : std::initializer_list<QWidget *> { m_name, m_summary, m_description,
                                                         m_executables, m_billTo, m_phiConfirm })
        w->setEnabled(!busy);
}

void EditProjectDialog::onSaved(const QString &projectId)
{
    Q_EMIT projectChanged(projectId);
    accept();
}

void EditProjectDialog::fillExample()
{
    m_summary->setText(QStringLiteral("Whole-genome tumour/normal pairs, batches 1-5"));
    m_flags.value(QStringLiteral("downloadRestricted"))->setChecked(true);
    m_executables->setText(QStringLiteral("app-bwa_mem_fastq_read_mapper, applet-GZ1v0X80Qk5fJ"));
}
