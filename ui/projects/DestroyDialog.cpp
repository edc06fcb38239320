#include "ui/projects/DestroyDialog.h"

#include "models/common/DataSize.h"
#include "models/projects/DestroyForm.h"
#include "ui/details/DetailFormat.h"
#include "ui/widgets/FormNote.h"
#include "ui/widgets/RequestPreview.h"
#include "ui/widgets/WindowFit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

DestroyDialog::DestroyDialog(ApiClient *client, const QJsonObject &describe, QWidget *parent)
    : QDialog(parent)
    , m_form(new DestroyForm(client, describe, this))
    , m_summary(new QLabel(this))
    , m_terminateJobs(new QCheckBox(tr("&Terminate running jobs (terminateJobs)"), this))
    , m_terminateJobsError(
          new FormNote(FormNote::Kind::Error, QStringLiteral("terminateJobsError"), this))
    , m_confirmation(new QLineEdit(this))
    , m_confirmationNote(
          new FormNote(FormNote::Kind::Error, QStringLiteral("confirmationError"), this))
    , m_serverError(new FormNote(FormNote::Kind::Error, QStringLiteral("serverError"), this))
    , m_explanation(new FormNote(FormNote::Kind::Info, QStringLiteral("explanation"), this))
    , m_retry(new QPushButton(tr("&Retry, terminating the jobs"), this))
    , m_endSponsorship(new QPushButton(tr("&End the sponsorship now"), this))
    , m_busy(new QProgressBar(this))
    , m_preview(new RequestPreview(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_destroy(m_buttons->addButton(tr("&Destroy project"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("destroyDialog"));
    const QString name = m_form->projectName();
    setWindowTitle(tr("Destroy %1").arg(name));

    auto *warning = new QLabel(
        tr("<b>This cannot be undone.</b> Destroying the project removes it and every object "
           "in it for all its members. Copies of the data in other projects are not affected."),
        this);
    warning->setObjectName(QStringLiteral("irreversibleWarning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color: #c62828;"));

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_terminateJobs->setObjectName(QStringLiteral("terminateJobs"));
    m_terminateJobs->setToolTip(tr("Without it, the server refuses while jobs of the project are "
                                   "not done, failed or terminated"));
    m_confirmation->setObjectName(QStringLiteral("confirmation"));
    m_confirmation->setPlaceholderText(name);
    m_confirmation->setAccessibleName(tr("Project name, to confirm"));
    auto *confirmLabel
        = new QLabel(tr("To confirm, type the project's name: <b>%1</b>").arg(escaped(name)), this);
    confirmLabel->setWordWrap(true);
    confirmLabel->setBuddy(m_confirmation);

    m_retry->setObjectName(QStringLiteral("retryWithTerminateJobs"));
    m_endSponsorship->setObjectName(QStringLiteral("endSponsorship"));
    m_endSponsorship->setToolTip(
        RequestPreview::format(m_form->endSponsorshipRoute(), m_form->endSponsorshipRequest()));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addWidget(m_endSponsorship);
    actions->addStretch();

    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_destroy->setObjectName(QStringLiteral("ok"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    m_destroy->setAutoDefault(false);
    // The line under the typed name keeps its room: a mismatch coming or going as the name is
    // typed moves nothing below it.
    m_confirmationNote->setReservesSpace(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(m_summary);
    layout->addWidget(m_terminateJobs);
    layout->addWidget(m_terminateJobsError);
    layout->addSpacing(6);
    layout->addWidget(confirmLabel);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_confirmationNote);
    layout->addWidget(m_serverError);
    layout->addWidget(m_explanation);
    layout->addLayout(actions);
    layout->addWidget(m_preview);
    layout->addStretch();
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    connect(m_confirmation, &QLineEdit::textChanged, m_form, &DestroyForm::setConfirmation);
    connect(m_terminateJobs, &QCheckBox::toggled, m_form, &DestroyForm::setTerminateJobs);
    connect(m_retry, &QPushButton::clicked, this, &DestroyDialog::retryWithTerminateJobs);
    connect(m_endSponsorship, &QPushButton::clicked, m_form, &DestroyForm::endSponsorship);
    connect(m_form, &DestroyForm::changed, this, &DestroyDialog::refresh);
    connect(m_form, &DestroyForm::projectDestroyed, this, &DestroyDialog::onDestroyed);
    connect(m_form, &DestroyForm::sponsorshipEnded, this, &DestroyDialog::projectChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, m_form, &DestroyForm::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        m_form->cancel();
        reject();
    });
    refresh();
    holdContentAt(this, 480); // no row is cut or squeezed at the smallest size allowed
    fitToScreen(this, QSize(560, sizeHint().height()));
}

void DestroyDialog::retryWithTerminateJobs()
{
    m_terminateJobs->setChecked(true);
    m_form->submit();
}

void DestroyDialog::refresh()
{
    const auto unknown = tr("not known");
    const std::optional<double> usage = m_form->dataUsageGB();
    const std::optional<double> sponsoredUsage = m_form->sponsoredDataUsageGB();
    QString data = usage ? DataSize::fromGB(*usage) : unknown;
    if (sponsoredUsage && *sponsoredUsage > 0)
        data += tr(" (plus %1 sponsored by others)").arg(DataSize::fromGB(*sponsoredUsage));
    const std::optional<qint64> objects = m_form->objectCount();
    const QStringList members = m_form->members();
    const std::optional<qint64> until = m_form->sponsoredUntil();
    QString sponsorship = tr("none");
    if (m_form->isSponsored())
        sponsorship = tr("<span style='color:#c62828'>sponsored until %1: it must end before the "
                         "project can be destroyed</span>")
                          .arg(DetailFormat::timestamp(*until));
    const QString membersText = members.isEmpty()
        ? unknown
        : (members.size() == 1 ? tr("1 member: ") : tr("%1 members: ").arg(members.size()))
            + escaped(members.join(QStringLiteral(", ")));
    m_summary->setText(tr("<table cellspacing='3'>"
                          "<tr><td><b>Project</b></td><td>%1 (%2)</td></tr>"
                          "<tr><td><b>Data</b></td><td>%3</td></tr>"
                          "<tr><td><b>Objects</b></td><td>%4</td></tr>"
                          "<tr><td><b>Members</b></td><td>%5</td></tr>"
                          "<tr><td><b>Sponsorship</b></td><td>%6</td></tr></table>")
                           .arg(escaped(m_form->projectName()), escaped(m_form->projectId()), data,
                                objects ? DetailFormat::integer(*objects) : unknown, membersText,
                                sponsorship));

    const bool busy = m_form->isBusy();
    const FormError error = m_form->serverError();
    const DestroyForm::Refusal refusal = m_form->refusal();
    m_terminateJobs->setEnabled(!busy);
    m_confirmation->setEnabled(!busy);
    m_terminateJobsError->setMessage(error.field == QLatin1String("terminateJobs") ? error.message
                                                                                   : QString());
    const QString problem
        = DestroyForm::confirmationProblem(m_form->confirmation(), m_form->projectName());
    // No reproach before anything is typed: the label above says what to do.
    m_confirmationNote->setMessage(m_form->confirmation().isEmpty() ? QString() : problem);
    m_serverError->setMessage(error.hasField() ? QString() : error.message);
    m_explanation->setMessage(m_form->explanation());
    m_retry->setVisible(refusal == DestroyForm::Refusal::RunningJobs);
    m_retry->setEnabled(!busy && m_form->isValid());
    m_endSponsorship->setVisible(refusal == DestroyForm::Refusal::Sponsored
                                 || m_form->isSponsored());
    m_endSponsorship->setEnabled(!busy && m_form->isSponsored());
    m_preview->setRequest(m_form->route(), m_form->request());
    m_busy->setVisible(busy);
    FormNote::growToFit(this);
    m_destroy->setEnabled(!busy && m_form->isValid());
}

void DestroyDialog::onDestroyed(const QString &projectId)
{
    Q_EMIT projectDestroyed(projectId);
    accept();
}
