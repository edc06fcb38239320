#include "ui/details/FieldGrid.h"

#include <QGridLayout>
#include <QLabel>

FieldGrid::FieldGrid(const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_prefix(prefix)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(16);
    m_layout->setVerticalSpacing(6);
    // Captions keep their width; values take the rest and wrap, so ~600 px stays readable.
    m_layout->setColumnStretch(0, 0);
    m_layout->setColumnStretch(1, 1);
}

void FieldGrid::addSection(const QString &title)
{
    auto *heading = new QLabel(title, this);
    heading->setObjectName(m_prefix + QLatin1String("_section_")
                           + QString::number(m_sections.size()));
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    heading->setFont(font);
    // Space above a heading separates the groups; the first one sits at the top.
    heading->setContentsMargins(0, m_sections.isEmpty() ? 0 : 10, 0, 2);
    heading->hide();
    m_layout->addWidget(heading, m_nextRow++, 0, 1, 2);
    m_sections.append(heading);
}

void FieldGrid::addRow(const QString &key, const QString &caption, const QString &toolTip)
{
    Row row;
    row.section = m_sections.size() - 1;
    const QString name = m_prefix + QLatin1Char('_') + key;

    row.caption = new QLabel(caption + QLatin1Char(':'), this);
    row.caption->setObjectName(name + QLatin1String("_caption"));
    row.caption->setToolTip(toolTip);
    row.caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    row.value = new QLabel(this);
    row.value->setObjectName(name);
    row.value->setToolTip(toolTip);
    row.value->setTextFormat(Qt::PlainText);
    row.value->setWordWrap(true);
    row.value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    row.value->setFocusPolicy(Qt::StrongFocus);
    row.value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    row.caption->setBuddy(row.value);

    row.note = new QLabel(this);
    row.note->setObjectName(name + QLatin1String("_note"));
    row.note->setTextFormat(Qt::PlainText);
    row.note->setWordWrap(true);
    row.note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.note->setForegroundRole(QPalette::PlaceholderText);
    QFont small = row.note->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    row.note->setFont(small);

    m_layout->addWidget(row.caption, m_nextRow, 0);
    m_layout->addWidget(row.value, m_nextRow++, 1);
    m_layout->addWidget(row.note, m_nextRow++, 1);
    row.caption->hide();
    row.value->hide();
    row.note->hide();
    m_rows.insert(key, row);
}

void FieldGrid::setValue(const QString &key, const QString &text, const QString &note)
{
    auto it = m_rows.find(key);
    if (it == m_rows.end())
        return;
    it->value->setText(text);
    it->note->setText(note);
    it->caption->show();
    it->value->show();
    it->note->setVisible(!note.isEmpty());
    it->shown = true;
    updateSections();
}

void FieldGrid::hideRow(const QString &key)
{
    auto it = m_rows.find(key);
    if (it == m_rows.end())
        return;
    it->value->clear();
    it->note->clear();
    it->caption->hide();
    it->value->hide();
    it->note->hide();
    it->shown = false;
    updateSections();
}

void FieldGrid::hideAll()
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it)
        hideRow(it.key());
}

bool FieldGrid::isRowShown(const QString &key) const
{
    return m_rows.value(key).shown;
}

bool FieldGrid::hasShownRows() const
{
    for (const Row &row : m_rows) {
        if (row.shown)
            return true;
    }
    return false;
}

QLabel *FieldGrid::valueLabel(const QString &key) const
{
    return m_rows.value(key).value;
}

QLabel *FieldGrid::noteLabel(const QString &key) const
{
    return m_rows.value(key).note;
}

void FieldGrid::updateSections()
{
    QList<bool> used(m_sections.size(), false);
    for (const Row &row : std::as_const(m_rows)) {
        if (row.shown && row.section >= 0)
            used[row.section] = true;
    }
    for (int i = 0; i < m_sections.size(); ++i)
        m_sections.at(i)->setVisible(used.at(i));
}
