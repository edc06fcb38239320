#include "models/details/ProjectDetails.h"
#include "ui/details/DetailPages.h"
#include "ui/details/DetailTable.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QLabel *heading(const QString &text, const QString &name, const QString &toolTip, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setToolTip(toolTip);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

// Each tag as a shaded chip; non-breaking spaces keep a tag on one line when the list wraps.
QString chipsHtml(const QStringList &tags, const QPalette &palette)
{
    // Rich text has no borders or transparency: a tint of the highlight colour on the base.
    const QColor base = palette.color(QPalette::Base);
    const QColor tint = palette.color(QPalette::Highlight);
    const auto mix = [&](int a, int b) { return (a * 78 + b * 22) / 100; };
    const QString background = QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()),
                                      mix(base.blue(), tint.blue()))
                                   .name();
    QStringList chips;
    for (const QString &tag : tags) {
        QString text = tag.toHtmlEscaped();
        text.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        chips.append(QLatin1String("<span style=\"background-color:") + background
                     + QLatin1String(";\">&nbsp;&nbsp;") + text
                     + QLatin1String("&nbsp;&nbsp;</span>"));
    }
    // Line height gives wrapped rows of chips room to breathe.
    return QLatin1String("<p style=\"line-height:150%;\">") + chips.join(QLatin1String(" &nbsp; "))
        + QLatin1String("</p>");
}
} // namespace

TagsPropertiesPage::TagsPropertiesPage(QWidget *parent)
    : DetailPage({ QStringLiteral("tags"), QStringLiteral("Tags && properties"),
                   QStringLiteral("Tags"),
                   QStringLiteral("Labels and key/value pairs attached to the project"), false },
                 parent)
{
    const QString tagsTip = QStringLiteral(
        "Tags are short labels that members attach to a project to find and group projects.");
    const QString propertiesTip = QStringLiteral(
        "Properties are key/value pairs attached to the project, set by members or by tools "
        "(the website sets some itself).");
    m_tagsHeading
        = heading(QStringLiteral("Tags"), QStringLiteral("tags_tagsHeading"), tagsTip, this);
    m_tagsNote = new QLabel(QStringLiteral("Short labels that members attach to find and group "
                                           "projects."),
                            this);
    m_tagsNote->setObjectName(QStringLiteral("tags_tagsNote"));
    m_tagsNote->setWordWrap(true);
    m_tags = new QLabel(this);
    m_tags->setObjectName(QStringLiteral("tags_tags"));
    m_tags->setToolTip(tagsTip);
    m_tags->setWordWrap(true);
    m_tags->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_tags->setFocusPolicy(Qt::StrongFocus);

    m_propertiesHeading = heading(QStringLiteral("Properties"),
                                  QStringLiteral("tags_propertiesHeading"), propertiesTip, this);
    m_propertiesNote = new QLabel(this);
    m_propertiesNote->setObjectName(QStringLiteral("tags_propertiesNote"));
    m_propertiesNote->setWordWrap(true);
    m_propertiesNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_properties = DetailTable::create(
        this, QStringLiteral("tags_properties"), { QStringLiteral("Key"), QStringLiteral("Value") },
        { QStringLiteral("The property's name"), QStringLiteral("The property's value (text)") });
    m_properties->setToolTip(propertiesTip);
    m_properties->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tagsHeading);
    layout->addWidget(m_tagsNote);
    layout->addWidget(m_tags);
    layout->addSpacing(12);
    layout->addWidget(m_propertiesHeading);
    layout->addWidget(m_propertiesNote);
    layout->addWidget(m_properties, 1);
    layout->addStretch(1);
}

bool TagsPropertiesPage::showDetails(const ProjectDetails &details)
{
    const bool hasTags = details.has(QStringLiteral("tags"));
    m_tagsHeading->setVisible(hasTags);
    m_tagsNote->setVisible(hasTags);
    m_tags->setVisible(hasTags);
    if (hasTags) {
        QStringList tags;
        for (const QJsonValue &tag : details.value(QStringLiteral("tags")).toArray())
            tags.append(tag.toString());
        if (tags.isEmpty()) {
            m_tags->setTextFormat(Qt::PlainText);
            m_tags->setText(QStringLiteral("No tags."));
        } else {
            m_tags->setTextFormat(Qt::RichText);
            m_tags->setText(chipsHtml(tags, palette()));
        }
    } else {
        m_tags->clear();
    }

    const bool hasProperties = details.has(QStringLiteral("properties"));
    m_propertiesHeading->setVisible(hasProperties);
    m_propertiesNote->setVisible(hasProperties);
    m_properties->setRowCount(0);
    if (!hasProperties) {
        m_properties->hide();
        return hasTags;
    }
    const QJsonObject properties = details.value(QStringLiteral("properties")).toObject();
    QStringList keys = properties.keys();
    keys.sort(Qt::CaseInsensitive);
    m_properties->setVisible(!keys.isEmpty());
    m_propertiesNote->setText(
        keys.isEmpty() ? QStringLiteral("No properties.")
                       : QStringLiteral("Key/value pairs set by members or by tools, sorted "
                                        "by key."));
    m_properties->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const QString &key = keys.at(row);
        const QString value = properties.value(key).toString();
        auto *keyItem = new QTableWidgetItem(key);
        auto *valueItem = new QTableWidgetItem(value);
        valueItem->setToolTip(value);
        m_properties->setItem(row, 0, keyItem);
        m_properties->setItem(row, 1, valueItem);
    }
    m_properties->resizeColumnToContents(0);
    DetailTable::fitHeightToRows(m_properties);
    return true;
}
