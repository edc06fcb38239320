#include "api/Level.h"
#include "models/details/ProjectDetails.h"
#include "ui/details/DetailFormat.h"
#include "ui/details/DetailPages.h"
#include "ui/details/DetailTable.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {
struct Member
{
    QString id;
    QString level;
    Level rank;
};
} // namespace

MembersPage::MembersPage(QWidget *parent)
    : DetailPage({ QStringLiteral("members"), QStringLiteral("Members"), QStringLiteral("Members"),
                   QStringLiteral("Who has access to the project, and at which level"), false },
                 parent)
    , m_summary(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("members_summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = DetailTable::create(
        this, QStringLiteral("members_table"),
        { QStringLiteral("Member"), QStringLiteral("Type"), QStringLiteral("Level") },
        { QStringLiteral("The user or organization that was given access"),
          QStringLiteral("A user is one person; an organization's level applies to all its "
                         "members; Everyone means any user of the platform"),
          QStringLiteral("What the member may do: VIEW < UPLOAD < CONTRIBUTE < ADMINISTER") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    // The levels in words, for readers who do not know them (the tooltips say it again).
    QStringList legend;
    for (const char *level : { "VIEW", "UPLOAD", "CONTRIBUTE", "ADMINISTER" }) {
        legend.append(QLatin1String("<b>") + QLatin1String(level) + QLatin1String("</b>: ")
                      + DetailFormat::levelMeaning(QLatin1String(level)).toHtmlEscaped());
    }
    m_legend = new QLabel(legend.join(QLatin1String("<br>")), this);
    m_legend->setObjectName(QStringLiteral("members_legend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_legend);
    layout->addStretch(1);
}

bool MembersPage::showDetails(const ProjectDetails &details)
{
    m_table->setRowCount(0);
    const bool has = details.has(QStringLiteral("permissions"));
    m_summary->setVisible(has);
    m_table->setVisible(has);
    m_legend->setVisible(has);
    if (!has)
        return false;

    const QJsonObject permissions = details.value(QStringLiteral("permissions")).toObject();
    QList<Member> members;
    for (auto it = permissions.begin(); it != permissions.end(); ++it) {
        const QString level = it.value().toString();
        members.append({ it.key(), level, levelFromName(level) });
    }
    std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) {
        if (a.rank != b.rank)
            return a.rank > b.rank;
        return DetailFormat::memberName(a.id).compare(DetailFormat::memberName(b.id),
                                                      Qt::CaseInsensitive)
            < 0;
    });

    m_summary->setText(
        members.isEmpty()
            ? QStringLiteral("Nobody has been given access to this project.")
            : QStringLiteral("%1 with access, highest level first. A user's level is the "
                             "highest of their own, their organizations' and Everyone's.")
                  .arg(members.size() == 1 ? QStringLiteral("1 member")
                                           : QStringLiteral("%1 members").arg(members.size())));
    m_table->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const Member &m = members.at(row);
        auto *name = new QTableWidgetItem(DetailFormat::memberName(m.id));
        name->setData(Qt::UserRole, m.id);
        auto *kind = new QTableWidgetItem(DetailFormat::memberKind(m.id));
        auto *level = new QTableWidgetItem(m.level);
        const QString meaning = DetailFormat::levelMeaning(m.level);
        name->setToolTip(m.id);
        level->setToolTip(meaning);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, kind);
        m_table->setItem(row, 2, level);
    }
    DetailTable::fitHeightToRows(m_table);
    return true;
}
