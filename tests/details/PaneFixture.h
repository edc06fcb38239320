#pragma once

#include "api/ApiClient.h"
#include "models/details/ProjectDetails.h"
#include "tests/details/DescribeSamples.h"
#include "tests/support/FakeNetworkAccessManager.h"
#include "ui/details/DetailPage.h"
#include "ui/details/DetailPane.h"

#include <QDir>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

// A DetailPane over a ProjectDetails whose client talks to a fake network, and ways to read
// what the pane shows by object name.
namespace PaneFixture {
inline const QString fullId = QLatin1String(DescribeSamples::fullId);

inline QString describePath(const QString &id)
{
    return QLatin1Char('/') + id + QLatin1String("/describe");
}

struct Fixture
{
    FakeNetworkAccessManager nam;
    ApiClient client { &nam, QUrl(QStringLiteral("http://fake")) };
    ProjectDetails details { &client };
    DetailPane pane { &details };
    Fixture() { client.setToken(QStringLiteral("token")); }

    void setDescribe(const QJsonObject &describe)
    {
        details.setDescribe(describe.value(QLatin1String("id")).toString(), describe);
    }
    QLabel *label(const char *name) const { return pane.findChild<QLabel *>(QLatin1String(name)); }
    // The text of a shown value label; a null string when it is missing or hidden.
    QString shownText(const char *name) const
    {
        QLabel *l = label(name);
        return l && !l->isHidden() ? l->text() : QString();
    }
    bool isShown(const char *name) const
    {
        QWidget *w = pane.findChild<QWidget *>(QLatin1String(name));
        return w && !w->isHidden();
    }
    QTableWidget *table(const char *name) const
    {
        return pane.findChild<QTableWidget *>(QLatin1String(name));
    }
};

// With DXC_DETAIL_PNG_DIR set, saves the pane as it looks at 600 px wide, to look at.
inline void saveShot(DetailPane &pane, const QString &name, int height = 400)
{
    const QString dir = qEnvironmentVariable("DXC_DETAIL_PNG_DIR");
    if (dir.isEmpty())
        return;
    pane.resize(600, height);
    QVERIFY(pane.grab().save(QDir(dir).filePath(name + QLatin1String(".png"))));
}

inline QStringList column(const QTableWidget *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    return texts;
}
} // namespace PaneFixture
