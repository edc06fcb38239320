#include "ui/projects/SponsorshipDialog.h"

#include "models/common/DataSize.h"
#include "models/projects/SponsorshipForm.h"
#include "models/projects/SponsorshipRules.h"
#include "ui/details/DetailFormat.h"
#include "ui/widgets/DiscardChanges.h"
#include "ui/widgets/FormNote.h"
#include "ui/widgets/RequestPreview.h"
#include "ui/widgets/WindowFit.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

SponsorshipDialog::SponsorshipDialog(ApiClient *client, const QJsonObject &describe,
                                     QWidget *parent)
    : QDialog(parent)
    , m_form(new SponsorshipForm(client, describe, this))
    , m_current(new QLabel(this))
    , m_untilGroup(new QButtonGroup(this))
    , m_keep(new QRadioButton(tr("&Keep as it is"), this))
    , m_set(new QRadioButton(tr("&Sponsor storage until:"), this))
    , m_endNow(new QRadioButton(tr("&End sponsorship now"), this))
    , m_until(new QDateTimeEdit(this))
    , m_untilError(new FormNote(FormNote::Kind::Error, QStringLiteral("untilError"), this))
    , m_untilWarning(new FormNote(FormNote::Kind::Warning, QStringLiteral("untilWarning"), this))
    , m_egressCurrent(new QLabel(this))
    , m_egressEnabled(new QCheckBox(tr("Set a new &total:"), this))
    , m_egressNumber(new QLineEdit(this))
    , m_egressUnit(new QComboBox(this))
    , m_egressExact(new QLabel(this))
    , m_egressError(new FormNote(FormNote::Kind::Error, QStringLiteral("egressError"), this))
    , m_egressWarning(new FormNote(FormNote::Kind::Warning, QStringLiteral("egressWarning"), this))
    , m_serverError(new FormNote(FormNote::Kind::Error, QStringLiteral("serverError"), this))
    , m_explanation(new FormNote(FormNote::Kind::Info, QStringLiteral("explanation"), this))
    , m_alreadySponsored(new QTableWidget(this))
    , m_busy(new QProgressBar(this))
    , m_preview(new RequestPreview(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sponsorshipDialog"));
    const QString name = m_form->projectName();
    setWindowTitle(tr("Sponsorship of %1").arg(name.isEmpty() ? m_form->projectId() : name));

    auto *intro = new QLabel(tr("The project's billTo, %1, pays for what it sponsors: the "
                                "storage of the project's data until a time, and downloads "
                                "(egress) up to a total number of bytes.")
                                 .arg(m_form->billTo()),
                             this);
    intro->setWordWrap(true);

    // Storage sponsorship.
    m_current->setObjectName(QStringLiteral("currentSponsorship"));
    m_keep->setObjectName(QStringLiteral("untilKeep"));
    m_set->setObjectName(QStringLiteral("untilSet"));
    m_endNow->setObjectName(QStringLiteral("untilEndNow"));
    m_until->setObjectName(QStringLiteral("sponsoredUntil"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_until->setDateTime(m_form->until());
    m_until->setAccessibleName(tr("Sponsored until"));
    m_untilGroup->addButton(m_keep);
    m_untilGroup->addButton(m_set);
    m_untilGroup->addButton(m_endNow);
    m_keep->setChecked(true);
    const std::optional<qint64> current = m_form->currentSponsoredUntil();
    m_current->setText(current ? tr("Sponsored until %1.").arg(DetailFormat::timestamp(*current))
                               : tr("Not sponsored."));
    m_endNow->setToolTip(tr("Sends sponsoredUntil: null; the sponsorship ends at once"));

    auto *storageBox = new QGroupBox(tr("Storage sponsorship"), this);
    auto *storage = new QVBoxLayout(storageBox);
    storage->addWidget(m_current);
    storage->addWidget(m_keep);
    auto *setRow = new QHBoxLayout;
    setRow->addWidget(m_set);
    setRow->addWidget(m_until, 1);
    storage->addLayout(setRow);
    storage->addWidget(m_untilError);
    storage->addWidget(m_endNow);
    storage->addWidget(m_untilWarning);

    // Sponsored egress.
    m_egressCurrent->setObjectName(QStringLiteral("currentEgress"));
    m_egressCurrent->setWordWrap(true);
    // The same rounding as the warnings below, which name these figures again.
    m_egressCurrent->setText(
        tr("Current total: %1\nAlready consumed: %2")
            .arg(DataSize::exact(m_form->currentTotal()), DataSize::exact(m_form->consumed())));
    m_egressEnabled->setObjectName(QStringLiteral("egressEnabled"));
    m_egressNumber->setObjectName(QStringLiteral("egressAmount"));
    m_egressNumber->setPlaceholderText(tr("e.g. 500"));
    m_egressNumber->setAccessibleName(tr("Total sponsored egress"));
    m_egressNumber->setText(m_form->egressNumber());
    m_egressUnit->setObjectName(QStringLiteral("egressUnit"));
    m_egressUnit->addItems(SponsorshipRules::unitNames());
    m_egressUnit->setCurrentText(m_form->egressUnit());
    m_egressUnit->setAccessibleName(tr("Unit"));
    m_egressUnit->setToolTip(tr("KB, MB, GB... are powers of 1000; KiB, MiB, GiB... powers of "
                                "1024"));
    m_egressExact->setObjectName(QStringLiteral("egressExact"));
    // The exact bytes (valid) and the error (invalid) keep their lines: the rows below do not
    // move as the amount is typed.
    m_egressExact->setMinimumHeight(m_egressExact->fontMetrics().lineSpacing());
    m_egressError->setReservesSpace(true);
    m_untilError->setReservesSpace(true);

    auto *egressBox = new QGroupBox(tr("Sponsored egress (downloads)"), this);
    auto *egress = new QVBoxLayout(egressBox);
    egress->addWidget(m_egressCurrent);
    auto *egressRow = new QHBoxLayout;
    egressRow->addWidget(m_egressEnabled);
    egressRow->addWidget(m_egressNumber, 1);
    egressRow->addWidget(m_egressUnit);
    egress->addLayout(egressRow);
    egress->addWidget(m_egressExact);
    egress->addWidget(m_egressError);
    egress->addWidget(m_egressWarning);

    // What the server said.
    m_alreadySponsored->setObjectName(QStringLiteral("alreadySponsored"));
    m_alreadySponsored->setColumnCount(2);
    m_alreadySponsored->setHorizontalHeaderLabels({ tr("Object"), tr("Sponsored by project") });
    m_alreadySponsored->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_alreadySponsored->verticalHeader()->hide();
    m_alreadySponsored->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_alreadySponsored->setAccessibleName(tr("Objects already sponsored elsewhere"));
    m_alreadySponsored->setMinimumHeight(110);
    m_alreadySponsored->setMaximumHeight(160);
    m_alreadySponsored->hide();
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();

    auto *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("ok"));
    ok->setText(tr("&Apply"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(storageBox);
    layout->addWidget(egressBox);
    layout->addWidget(m_serverError);
    layout->addWidget(m_explanation);
    layout->addWidget(m_alreadySponsored);
    layout->addWidget(m_preview);
    layout->addStretch();
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    connect(m_untilGroup, &QButtonGroup::buttonToggled, this,
            [this](QAbstractButton *, bool checked) {
                if (checked)
                    pushUntilChoice();
            });
    connect(m_until, &QDateTimeEdit::dateTimeChanged, m_form, &SponsorshipForm::setUntil);
    connect(m_egressEnabled, &QCheckBox::toggled, m_form, &SponsorshipForm::setEgressEnabled);
    connect(m_egressNumber, &QLineEdit::textChanged, this, &SponsorshipDialog::pushEgress);
    // The form, not the dialog: ~QDialog hides the window, which ends the editing too.
    connect(m_egressNumber, &QLineEdit::editingFinished, m_form,
            [form = m_form] { form->markLeft(QStringLiteral("totalSponsoredEgressBytes")); });
    connect(m_egressUnit, &QComboBox::currentTextChanged, this, &SponsorshipDialog::pushEgress);
    connect(m_form, &SponsorshipForm::changed, this, &SponsorshipDialog::refresh);
    connect(m_form, &SponsorshipForm::succeeded, this, &SponsorshipDialog::onSucceeded);
    connect(m_buttons, &QDialogButtonBox::accepted, m_form, &SponsorshipForm::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SponsorshipDialog::reject);
    refresh();
    holdContentAt(this, 480); // no row is cut or squeezed at the smallest size allowed
    fitToScreen(this, QSize(560, sizeHint().height()));
}

void SponsorshipDialog::pushUntilChoice()
{
    if (m_set->isChecked())
        m_form->setUntilChoice(SponsorshipForm::Until::Set);
    else if (m_endNow->isChecked())
        m_form->setUntilChoice(SponsorshipForm::Until::EndNow);
    else
        m_form->setUntilChoice(SponsorshipForm::Until::Keep);
}

void SponsorshipDialog::pushEgress()
{
    m_form->setEgress(m_egressNumber->text(), m_egressUnit->currentText());
}

void SponsorshipDialog::refresh()
{
    const bool busy = m_form->isBusy();
    const bool egressOn = m_form->egressEnabled();
    m_until->setEnabled(!busy && m_form->untilChoice() == SponsorshipForm::Until::Set);
    m_egressNumber->setEnabled(!busy && egressOn);
    m_egressUnit->setEnabled(!busy && egressOn);
    for (QWidget *w : std::initializer_list<QWidget *> { m_keep, m_set, m_endNow, m_egressEnabled })
        w->setEnabled(!busy);

    const FormError error = m_form->serverError();
    const auto fieldError = [&error](const QString &field) {
        return error.field == field ? error.message : QString();
    };
    const QString untilProblem = m_form->untilProblem();
    m_untilError->setMessage(untilProblem.isEmpty() ? fieldError(QStringLiteral("sponsoredUntil"))
                                                    : untilProblem);
    m_untilWarning->setMessage(m_form->untilWarning());

    const QString egressProblem = m_form->egressProblem();
    m_egressError->setMessage(egressProblem.isEmpty()
                                  ? fieldError(QStringLiteral("totalSponsoredEgressBytes"))
                                  : egressProblem);
    m_egressWarning->setMessage(m_form->egressWarnings().join(QLatin1Char('\n')));
    const SponsorshipRules::BytesResult bytes = m_form->egress();
    m_egressExact->setText(
        egressOn && bytes.ok()
            ? tr("= %1 bytes, sent as an integer").arg(QLocale().toString(*bytes.bytes))
            : QString());

    m_serverError->setMessage(error.hasField() ? QString() : error.message);
    m_explanation->setMessage(m_form->explanation());
    const QList<AlreadySponsored> already = m_form->alreadySponsored();
    m_alreadySponsored->setRowCount(int(already.size()));
    for (int row = 0; row < already.size(); ++row) {
        m_alreadySponsored->setItem(row, 0, new QTableWidgetItem(already.at(row).id));
        m_alreadySponsored->setItem(row, 1, new QTableWidgetItem(already.at(row).project));
    }
    m_alreadySponsored->setVisible(!already.isEmpty());

    if (m_form->isValid())
        m_preview->setRequest(m_form->route(), m_form->request());
    else
        m_preview->setPlaceholder(m_form->nothingToSend().isEmpty()
                                      ? tr("Nothing to send until the input is valid.")
                                      : m_form->nothingToSend());
    m_busy->setVisible(busy);
    FormNote::growToFit(this);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && m_form->isValid());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(m_form->isValid() ? QString() : m_form->nothingToSend());
}

void SponsorshipDialog::reject()
{
    // While the call is in flight Cancel abandons it; otherwise a chosen change that closing
    // would lose is confirmed first.
    const bool edited = m_form->nothingToSend().isEmpty();
    if (!m_form->isBusy() && edited && !askDiscardChanges(this, tr("the sponsorship")))
        return;
    m_form->cancel();
    QDialog::reject();
}

void SponsorshipDialog::onSucceeded(const QString &projectId)
{
    Q_EMIT projectChanged(projectId);
    accept();
}
