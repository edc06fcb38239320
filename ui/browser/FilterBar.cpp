#include "ui/browser/FilterBar.h"

#include "models/regions/RegionCatalog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTimeZone>
#include <QToolButton>

namespace {
QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out;
}

qint64 startOfDayMs(const QDate &date)
{
    return date.startOfDay().toMSecsSinceEpoch();
}
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_scope(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_nameMode(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_regions(new QToolButton(this))
    , m_billTo(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_properties(new QLineEdit(this))
    , m_phi(new QComboBox(this))
    , m_upload(new QComboBox(this))
    , m_afterOn(new QCheckBox(tr("Created after"), this))
    , m_after(new QDateEdit(this))
    , m_beforeOn(new QCheckBox(tr("before"), this))
    , m_before(new QDateEdit(this))
    , m_apply(new QPushButton(tr("&Apply filters"), this))
    , m_quick(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_name->setObjectName(QStringLiteral("filterName"));
    m_name->setPlaceholderText(tr("Project name"));
    m_name->setClearButtonEnabled(true);
    m_nameMode->setObjectName(QStringLiteral("filterNameMode"));
    m_nameMode->addItem(tr("contains"), int(ProjectQuery::NameMode::Contains));
    m_nameMode->addItem(tr("exact"), int(ProjectQuery::NameMode::Exact));
    m_nameMode->addItem(tr("glob (* ?)"), int(ProjectQuery::NameMode::Glob));
    m_nameMode->addItem(tr("regular expression"), int(ProjectQuery::NameMode::Regexp));
    m_nameMode->setToolTip(tr("How the name is matched: containing the text in any case, the "
                              "exact name, a glob pattern with * and ? (case-sensitive), or a "
                              "regular expression"));
    m_level->setObjectName(QStringLiteral("filterLevel"));
    for (Level l : { Level::View, Level::Upload, Level::Contribute, Level::Administer })
        m_level->addItem(tr("%1 or higher").arg(levelName(l)), int(l));
    m_level->setToolTip(tr("Only projects where your access is at least this level (applies at "
                           "once)"));
    m_regions->setObjectName(QStringLiteral("filterRegions"));
    m_regions->setPopupMode(QToolButton::InstantPopup);
    m_regions->setMenu(new QMenu(m_regions));
    m_regions->setToolTip(tr("Only projects in these regions (applies at once)"));
    m_billTo->setObjectName(QStringLiteral("filterBillTo"));
    m_billTo->setPlaceholderText(tr("billTo (user-x or org-x)"));
    m_billTo->setClearButtonEnabled(true);
    m_tags->setObjectName(QStringLiteral("filterTags"));
    m_tags->setPlaceholderText(tr("tags, comma-separated (all of)"));
    m_tags->setClearButtonEnabled(true);
    m_properties->setObjectName(QStringLiteral("filterProperties"));
    m_properties->setPlaceholderText(tr("properties: key or key=value, comma-separated"));
    m_properties->setClearButtonEnabled(true);
    m_phi->setObjectName(QStringLiteral("filterPHI"));
    m_phi->addItem(tr("PHI: any"));
    m_phi->addItem(tr("PHI: yes"));
    m_phi->addItem(tr("PHI: no"));
    m_phi->setToolTip(
        tr("Projects marked as containing protected health information (applies at once)"));
    m_scope->setObjectName(QStringLiteral("filterScope"));
    m_scope->addItem(tr("My projects"), QString());
    m_scope->setToolTip(tr("Whose projects to list: the ones you can reach, or every project "
                           "billed to an org you administer, members of them or not"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_upload->setObjectName(QStringLiteral("filterExternalUpload"));
    m_upload->addItem(tr("Uploads: any"));
    m_upload->addItem(tr("Uploads: inside only"));
    m_upload->addItem(tr("Uploads: from outside too"));
    m_upload->setToolTip(tr("External upload restricted: projects that take data only from "
                            "inside the platform, or also from members' computers (applies at "
                            "once)"));
    m_afterOn->setObjectName(QStringLiteral("filterCreatedAfterOn"));
    m_after->setObjectName(QStringLiteral("filterCreatedAfter"));
    m_beforeOn->setObjectName(QStringLiteral("filterCreatedBeforeOn"));
    m_before->setObjectName(QStringLiteral("filterCreatedBefore"));
    for (QDateEdit *edit : { m_after, m_before }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
    }
    m_after->setDate(QDate::currentDate().addYears(-1));
    m_apply->setObjectName(QStringLiteral("filterApply"));
    m_apply->setToolTip(tr("Ask the server for the projects that match these filters (Enter)"));
    auto *clearButton = new QPushButton(tr("C&lear"), this);
    clearButton->setObjectName(QStringLiteral("filterClear"));
    m_quick->setObjectName(QStringLiteral("quickFilter"));
    setFocusProxy(m_quick);
    m_quick->setPlaceholderText(tr("Quick filter over the loaded rows (Ctrl+F)"));
    m_quick->setClearButtonEnabled(true);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_quick, [this] {
        m_quick->setFocus();
        m_quick->selectAll();
    });
    addAction(find);
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 2);
    grid->setHorizontalSpacing(6);
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_scope);
    m_scope->setVisible(false); // until there is an org to choose
    row1->addWidget(m_name, 3);
    row1->addWidget(m_nameMode);
    row1->addWidget(m_level);
    row1->addWidget(m_regions);
    row1->addWidget(m_billTo, 2);
    row1->addWidget(m_phi);
    row1->addWidget(m_upload);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_tags, 2);
    row2->addWidget(m_properties, 2);
    row2->addWidget(m_afterOn);
    row2->addWidget(m_after);
    row2->addWidget(m_beforeOn);
    row2->addWidget(m_before);
    row2->addWidget(m_apply);
    row2->addWidget(clearButton);
    grid->addLayout(row1, 0, 0);
    grid->addLayout(row2, 1, 0);
    grid->addWidget(m_error, 2, 0);
    grid->addWidget(m_quick, 3, 0);

    for (QLineEdit *edit : { m_name, m_billTo, m_tags, m_properties }) {
        connect(edit, &QLineEdit::textChanged, this, &FilterBar::validate);
        connect(edit, &QLineEdit::returnPressed, this, &FilterBar::apply);
    }
    connect(m_nameMode, &QComboBox::currentIndexChanged, this, &FilterBar::validate);
    // A choice from a list has nothing more to type: it applies at once. activated() is the
    // user's choice only, so setQuery() does not start a request per field.
    connect(m_level, &QComboBox::activated, this, &FilterBar::apply);
    connect(m_phi, &QComboBox::activated, this, &FilterBar::apply);
    connect(m_upload, &QComboBox::activated, this, &FilterBar::apply);
    connect(m_scope, &QComboBox::activated, this, [this] {
        updateScope();
        apply();
    });
    connect(m_afterOn, &QCheckBox::toggled, m_after, &QWidget::setEnabled);
    connect(m_beforeOn, &QCheckBox::toggled, m_before, &QWidget::setEnabled);
    connect(m_afterOn, &QCheckBox::toggled, this, &FilterBar::validate);
    connect(m_beforeOn, &QCheckBox::toggled, this, &FilterBar::validate);
    connect(m_after, &QDateEdit::dateChanged, this, &FilterBar::validate);
    connect(m_before, &QDateEdit::dateChanged, this, &FilterBar::validate);
    connect(m_apply, &QPushButton::clicked, this, &FilterBar::apply);
    connect(clearButton, &QPushButton::clicked, this, &FilterBar::clear);
    connect(m_quick, &QLineEdit::textChanged, this, &FilterBar::quickFilterChanged);
    updateRegionButton();
}

void FilterBar::setKnownRegions(const QStringList &regions)
{
    const QStringList checked = checkedRegions();
    QMenu *menu = m_regions->menu();
    menu->clear();
    const RegionCatalog catalog;
    for (const QString &region : regions) {
        // Named as the map names it, with the ID the server and dx use.
        QString label = catalog.region(region).label();
        if (label != region)
            label += QStringLiteral("  (") + region + QLatin1Char(')');
        auto *action = menu->addAction(label);
        action->setData(region);
        action->setCheckable(true);
        action->setChecked(checked.contains(region));
        connect(action, &QAction::toggled, this, &FilterBar::updateRegionButton);
        connect(action, &QAction::triggered, this, &FilterBar::apply);
    }
    updateRegionButton();
}

QStringList FilterBar::checkedRegions() const
{
    QStringList out;
    for (QAction *a : m_regions->menu()->actions()) {
        if (a->isChecked())
            out << a->data().toString();
    }
    return out;
}

void FilterBar::updateRegionButton()
{
    const QStringList regions = checkedRegions();
    m_regions->setText(regions.isEmpty()         ? tr("All regions")
                           : regions.size() == 1 ? RegionCatalog().displayName(regions.constFirst())
                                                 : tr("%n regions", nullptr, int(regions.size())));
}

void FilterBar::setOrgs(const QList<BillToOption> &orgs)
{
    const QString current = m_scope->currentData().toString();
    while (m_scope->count() > 1)
        m_scope->removeItem(1);
    for (const BillToOption &org : orgs)
        m_scope->addItem(tr("billTo %1").arg(org.label()), org.id);
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(current)));
    m_scope->setVisible(m_scope->count() > 1);
    updateScope();
}

void FilterBar::updateScope()
{
    const bool own = m_scope->currentData().toString().isEmpty();
    const QString why = tr("Not for an org's project list: it shows every project billed to the "
                           "org, whatever your own access.");
    for (QWidget *w : std::initializer_list<QWidget *> { m_level, m_billTo, m_upload }) {
        if (!w->property("ownToolTip").isValid())
            w->setProperty("ownToolTip", w->toolTip());
        w->setEnabled(own);
        w->setToolTip(own ? w->property("ownToolTip").toString() : why);
    }
}

void FilterBar::setTagCompleter(QCompleter *completer)
{
    m_tags->setCompleter(completer);
}

QString FilterBar::quickFilter() const
{
    return m_quick->text();
}

ProjectQuery FilterBar::query() const
{
    ProjectQuery q;
    q.org = m_scope->currentData().toString();
    q.name = m_name->text().trimmed();
    q.nameMode = ProjectQuery::NameMode(m_nameMode->currentData().toInt());
    q.minLevel = Level(m_level->currentData().toInt());
    q.regions = checkedRegions();
    q.billTo = m_billTo->text().trimmed();
    q.tags = splitList(m_tags->text());
    for (const QString &term : splitList(m_properties->text())) {
        const PropertyFilterParse parsed = parsePropertyFilter(term);
        if (parsed.filter)
            q.properties << *parsed.filter;
    }
    if (m_phi->currentIndex() > 0)
        q.containsPHI = m_phi->currentIndex() == 1;
    if (m_upload->currentIndex() > 0)
        q.externalUploadRestricted = m_upload->currentIndex() == 1;
    if (m_afterOn->isChecked())
        q.createdAfter = startOfDayMs(m_after->date());
    if (m_beforeOn->isChecked())
        q.createdBefore = startOfDayMs(m_before->date().addDays(1)) - 1;
    return q;
}

void FilterBar::setQuery(const ProjectQuery &q)
{
    // A saved view of an org's projects: offered even before (or without) the org list.
    if (!q.org.isEmpty() && m_scope->findData(q.org) < 0)
        m_scope->addItem(tr("billTo %1").arg(q.org), q.org);
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(q.org)));
    m_scope->setVisible(m_scope->count() > 1);
    updateScope();
    m_name->setText(q.name);
    m_nameMode->setCurrentIndex(qMax(0, m_nameMode->findData(int(q.nameMode))));
    m_level->setCurrentIndex(qMax(0, m_level->findData(int(q.minLevel))));
    for (QAction *a : m_regions->menu()->actions())
        a->setChecked(q.regions.contains(a->data().toString()));
    m_billTo->setText(q.billTo);
    m_tags->setText(q.tags.join(QStringLiteral(", ")));
    QStringList props;
    for (const PropertyFilter &p : q.properties)
        props << (p.value ? p.key + QLatin1Char('=') + *p.value : p.key);
    m_properties->setText(props.join(QStringLiteral(", ")));
    m_phi->setCurrentIndex(!q.containsPHI ? 0 : (*q.containsPHI ? 1 : 2));
    m_upload->setCurrentIndex(!q.externalUploadRestricted ? 0
                                                          : (*q.externalUploadRestricted ? 1 : 2));
    m_afterOn->setChecked(bool(q.createdAfter));
    if (q.createdAfter)
        m_after->setDate(QDateTime::fromMSecsSinceEpoch(*q.createdAfter).date());
    m_beforeOn->setChecked(bool(q.createdBefore));
    if (q.createdBefore)
        m_before->setDate(QDateTime::fromMSecsSinceEpoch(*q.createdBefore).date());
    updateRegionButton();
    validate();
}

QString FilterBar::problem() const
{
    for (const QString &term : splitList(m_properties->text())) {
        const PropertyFilterParse parsed = parsePropertyFilter(term);
        if (!parsed.filter)
            return tr("Properties: %1").arg(parsed.error);
    }
    const QString billTo = m_billTo->text().trimmed();
    if (!billTo.isEmpty() && !billTo.startsWith(QLatin1String("user-"))
        && !billTo.startsWith(QLatin1String("org-")))
        return tr("billTo: must be a user ID (user-…) or an org ID (org-…)");
    return query().validate();
}

void FilterBar::validate()
{
    const QString why = problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_apply->setEnabled(why.isEmpty());
}

void FilterBar::apply()
{
    validate();
    if (!m_apply->isEnabled())
        return;
    Q_EMIT applyRequested(query());
}

void FilterBar::clear()
{
    setQuery(ProjectQuery {});
    apply();
}
