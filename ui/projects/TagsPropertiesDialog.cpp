#include "ui/projects/TagsPropertiesDialog.h"

#include "models/projects/TagsPropertiesForm.h"
#include "ui/projects/PropertiesTable.h"
#include "ui/widgets/DiscardChanges.h"
#include "ui/widgets/FieldErrorLabel.h"
#include "ui/widgets/RequestPreview.h"
#include "ui/widgets/WindowFit.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

TagsPropertiesDialog::TagsPropertiesDialog(ApiClient *client, const QJsonObject &describe,
                                           QWidget *parent)
    : QDialog(parent)
    , m_tagList(new QListWidget(this))
    , m_newTag(new QLineEdit(this))
    , m_addTag(new QPushButton(tr("Add tag"), this))
    , m_removeTag(new QPushButton(tr("Remove tag"), this))
    , m_tagError(new FieldErrorLabel(QStringLiteral("tagsError"), this))
    , m_properties(new PropertiesTable(QStringLiteral("properties"), this))
    , m_propertiesError(new FieldErrorLabel(QStringLiteral("propertiesError"), this))
    , m_removeAll(new QPushButton(tr("Remove all properties..."), this))
    , m_diff(new QLabel(this))
    , m_preview(new RequestPreview(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    QStringList tags;
    for (const QJsonValue &t : describe.value(QStringLiteral("tags")).toArray())
        tags << t.toString();
    m_form = new TagsPropertiesForm(client, describe.value(QStringLiteral("id")).toString(), tags,
                                    describe.value(QStringLiteral("properties")).toObject(), this);
    setObjectName(QStringLiteral("tagsPropertiesDialog"));
    setWindowTitle(
        tr("Tags and properties of %1").arg(describe.value(QStringLiteral("name")).toString()));
    m_tagList->setObjectName(QStringLiteral("tagList"));
    m_newTag->setObjectName(QStringLiteral("newTag"));
    m_addTag->setObjectName(QStringLiteral("addTag"));
    m_removeTag->setObjectName(QStringLiteral("removeTag"));
    m_removeAll->setObjectName(QStringLiteral("removeAllProperties"));
    m_diff->setObjectName(QStringLiteral("diff"));
    m_status->setObjectName(QStringLiteral("status"));
    m_buttons->setObjectName(QStringLiteral("buttons"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("&Apply"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_newTag->setPlaceholderText(tr("New tag"));
    m_tagList->setMaximumHeight(90);
    m_tagList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_removeAll->setToolTip(
        tr("Reads the project's current properties and marks every one for removal; "
           "nothing is sent until you apply"));
    m_diff->setWordWrap(true);
    m_status->setWordWrap(true);
    m_diff->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The error lines keep their room: a message coming or going moves nothing below.
    m_tagError->setReservesSpace(true);
    m_propertiesError->setReservesSpace(true);

    auto *tagsBox = new QGroupBox(tr("Tags"), this);
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(m_newTag, 1);
    tagRow->addWidget(m_addTag);
    tagRow->addWidget(m_removeTag);
    auto *tagsLayout = new QVBoxLayout(tagsBox);
    tagsLayout->addWidget(m_tagList);
    tagsLayout->addLayout(tagRow);
    tagsLayout->addWidget(m_tagError);
    auto *propsBox = new QGroupBox(tr("Properties"), this);
    auto *propsLayout = new QVBoxLayout(propsBox);
    propsLayout->addWidget(m_properties);
    propsLayout->addWidget(m_propertiesError);
    propsLayout->addWidget(m_removeAll, 0, Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tagsBox);
    layout->addWidget(propsBox);
    layout->addWidget(m_diff);
    layout->addWidget(m_preview);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    loadFromForm();
    connect(m_addTag, &QPushButton::clicked, this, &TagsPropertiesDialog::addTag);
    connect(m_newTag, &QLineEdit::returnPressed, this, &TagsPropertiesDialog::addTag);
    connect(m_newTag, &QLineEdit::textChanged, m_tagError, &FieldErrorLabel::clearError);
    connect(m_removeTag, &QPushButton::clicked, this, [this] {
        for (QListWidgetItem *item : m_tagList->selectedItems())
            m_form->removeTag(item->text());
    });
    connect(m_tagList, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeTag->setEnabled(!m_tagList->selectedItems().isEmpty()); });
    connect(m_properties, &PropertiesTable::edited, this,
            [this] { m_form->setPropertyRows(m_properties->rows()); });
    connect(m_removeAll, &QPushButton::clicked, m_form, &TagsPropertiesForm::removeAllProperties);
    // Leaving the table (focus elsewhere in the app) is when an unnamed row becomes an error.
    m_focusWatch
        = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
              if (old && now && m_properties->isAncestorOf(old) && !m_properties->isAncestorOf(now))
                  m_form->markPropertiesLeft();
          });
    connect(m_form, &TagsPropertiesForm::changed, this, &TagsPropertiesDialog::refresh);
    connect(m_form, &TagsPropertiesForm::applied, this, [this](const QString &id) {
        Q_EMIT projectChanged(id);
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, m_form, &TagsPropertiesForm::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_removeTag->setEnabled(false);
    refresh();
    fitToScreen(this, QSize(560, sizeHint().height()));
}

TagsPropertiesDialog::~TagsPropertiesDialog()
{
    // ~QDialog hides the window and moves the focus: that must not reach a half-destroyed
    // dialog.
    disconnect(m_focusWatch);
}

void TagsPropertiesDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter belongs to the field it is typed in (New tag adds the tag, a property cell commits
    // its text) and goes no further: it never presses the default button. Apply is the
    // explicit step after the diff (click, Alt+A, or Enter/Space on the focused button).
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !qobject_cast<QPushButton *>(focusWidget())) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void TagsPropertiesDialog::loadFromForm()
{
    m_properties->setRows(m_form->propertyRows());
}

void TagsPropertiesDialog::addTag()
{
    const QString error = m_form->addTag(m_newTag->text());
    m_tagError->setError(error);
    if (error.isEmpty())
        m_newTag->clear();
}

void TagsPropertiesDialog::refresh()
{
    const QStringList tags = m_form->tags();
    QStringList shown;
    for (int i = 0; i < m_tagList->count(); ++i)
        shown << m_tagList->item(i)->text();
    if (shown != tags) {
        m_tagList->clear();
        m_tagList->addItems(tags);
    }
    m_propertiesError->setError(m_form->shownPropertiesError());
    const FormError error = m_form->lastError();
    if (error.field == QLatin1String("tags"))
        m_tagError->setError(error.message);
    const QStringList diff = m_form->diffLines();
    m_diff->setText(diff.isEmpty() ? tr("No changes yet.")
                                   : tr("Changes to apply:") + QLatin1Char('\n')
                            + diff.join(QLatin1Char('\n')));
    QList<PreviewRequest> requests;
    for (const auto &r : m_form->requests())
        requests << PreviewRequest { r.first, r.second };
    if (requests.isEmpty())
        m_preview->setPlaceholder(tr("(nothing to send yet)"));
    else
        m_preview->setRequests(requests);
    m_status->setText(m_form->statusMessage());
    m_status->setVisible(!m_status->text().isEmpty());
    const bool busy = m_form->isBusy();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_form->canApply());
    m_removeAll->setEnabled(!busy);
    m_properties->setEnabled(!busy);
    if (!busy && m_properties->rows() != m_form->propertyRows())
        loadFromForm(); // "Remove all" emptied the table
}

void TagsPropertiesDialog::reject()
{
    // While a call is in flight Cancel abandons it (the form reports how); otherwise edits
    // that closing would lose are confirmed first.
    if (!m_form->isBusy() && m_form->hasChanges()
        && !askDiscardChanges(this, tr("the tags and properties")))
        return;
    QDialog::reject();
}
