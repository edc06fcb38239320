#include "ui/projects/ProjectFieldRows.h"

#include "models/projects/ProjectFlags.h"
#include "ui/widgets/FieldErrorLabel.h"
#include "ui/widgets/FormNote.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <limits>

ProjectFieldRows::ProjectFieldRows(QWidget *parent)
    : m_parent(parent)
    , m_name(new QLineEdit(parent))
    , m_summary(new QLineEdit(parent))
    , m_description(new QPlainTextEdit(parent))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_description->setObjectName(QStringLiteral("description"));
    // Fixed: an expanding editor made its form row take a share of the spare height.
    m_description->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_description->setFixedHeight(70);
    m_description->setTabChangesFocus(true); // Tab leaves the field, as in every other one
    for (const ProjectFlag &f : ProjectFlags::all()) {
        auto *box = new QCheckBox(f.label, parent);
        box->setObjectName(f.key);
        box->setToolTip(f.toolTip);
        m_flags.insert(f.key, box);
    }
    m_resultsLimit = makeResultsLimitBox(parent);
}

QSpinBox *ProjectFieldRows::makeResultsLimitBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QStringLiteral("databaseResultsRestricted"));
    box->setRange(0, std::numeric_limits<int>::max());
    box->setSpecialValueText(tr("No limit"));
    box->setToolTip(tr("databaseResultsRestricted: limits the database results that members "
                       "with VIEW access can see, as the platform applies it. A whole number of "
                       "at least 1; \"No limit\" (0) leaves it unset."));
    return box;
}

QJsonValue ProjectFieldRows::resultsLimitValue(int value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QStringList ProjectFieldRows::flagFields()
{
    return ProjectFlags::keys();
}

QWidget *ProjectFieldRows::withError(QWidget *field, const QString &name) const
{
    auto *box = new QWidget(m_parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    if (FieldErrorLabel *error = m_errors.value(name))
        v->addWidget(error);
    return box;
}

void ProjectFieldRows::addRow(QFormLayout *form, const QString &text, QWidget *field,
                              const QString &name, QWidget *focus) const
{
    auto *label = new QLabel(text, m_parent);
    label->setBuddy(focus ? focus : field);
    form->addRow(label, withError(field, name));
}

void ProjectFieldRows::addTextRows(QFormLayout *form) const
{
    addRow(form, tr("&Name:"), m_name, QStringLiteral("name"));
    addRow(form, tr("&Summary:"), m_summary, QStringLiteral("summary"));
    addRow(form, tr("&Description:"), m_description, QStringLiteral("description"));
}

void ProjectFieldRows::addFlagsRow(QFormLayout *form, QWidget *below) const
{
    auto *flagsBox = new QWidget(m_parent);
    auto *column = new QVBoxLayout(flagsBox);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *grid = new QGridLayout;
    const QStringList fields = flagFields();
    for (int i = 0; i < fields.size(); ++i)
        grid->addWidget(m_flags.value(fields.at(i)), i / 2, i % 2);
    auto *limit = new QWidget(m_parent);
    auto *limitRow = new QHBoxLayout(limit);
    limitRow->setContentsMargins(0, 0, 0, 0);
    auto *limitLabel = new QLabel(tr("Database res&ults limit:"), limit);
    limitLabel->setBuddy(m_resultsLimit);
    limitRow->addWidget(limitLabel);
    limitRow->addWidget(m_resultsLimit, 1);
    grid->addWidget(limit, int(fields.size()) / 2, int(fields.size()) % 2);
    column->addLayout(grid);
    auto *order = new FormNote(FormNote::Kind::Info, QStringLiteral("downloadOrderNote"), m_parent);
    order->setMessage(tr("Download restricted turns Previews and viewers restricted on too. "
                         "Previews can then be allowed on their own, but downloads only once "
                         "previews are allowed."));
    column->addWidget(order);
    if (below)
        column->addWidget(below);
    for (const QString &field :
         fields + QStringList { QStringLiteral("databaseResultsRestricted") }) {
        if (FieldErrorLabel *error = m_errors.value(field))
            column->addWidget(error);
    }
    form->addRow(tr("Flags:"), flagsBox);
}
