// Issue 14 item 1: on a 1366x768 laptop screen every dialog opens within the screen, and its
// buttons are inside the window (nothing off-screen, nothing cut off). The test runs on an
// offscreen screen of exactly that size (the offscreen platform's configfile).
#include "models/regions/AccountDirectory.h"
#include "models/regions/BillToRules.h"
#include "models/regions/RegionCatalog.h"
#include "tests/support/FormSandbox.h"
#include "tests/support/LaptopScreen.h"
#include "ui/members/MembersDialog.h"
#include "ui/projects/DestroyDialog.h"
#include "ui/projects/EditProjectDialog.h"
#include "ui/projects/NewProjectDialog.h"
#include "ui/projects/SponsorshipDialog.h"
#include "ui/projects/TagsPropertiesDialog.h"
#include "ui/regions/AccountDialog.h"
#include "ui/widgets/WindowFit.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QScreen>
#include <QTest>
#include <memory>

class TestWindowFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void screen_isTheLaptops();
    void fitToScreen_boundsTheWantedSize();
    void dialog_opensWithinTheScreenWithEveryButtonInside_data();
    void dialog_opensWithinTheScreenWithEveryButtonInside();

private:
    QList<BillToOption> billTos();
    std::unique_ptr<QDialog> make(const QString &which);

    FormSandbox m_sandbox;
};

void TestWindowFit::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestWindowFit::screen_isTheLaptops()
{
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1366, 768));
}

void TestWindowFit::fitToScreen_boundsTheWantedSize()
{
    QWidget window;
    fitToScreen(&window, QSize(1400, 900));
    const QSize usable = usableScreenSize(&window);
    QVERIFY(usable.width() <= 1366 && usable.height() < 768);
    QCOMPARE(window.size(), QSize(1400, 900).boundedTo(usable));
    fitToScreen(&window, QSize(500, 300)); // smaller than the screen: as wanted
    QCOMPARE(window.size(), QSize(500, 300));
}

QList<BillToOption> TestWindowFit::billTos()
{
    const QJsonObject me
        = m_sandbox.call(QStringLiteral("user-alice"), QStringLiteral("describe"), {}).result;
    QList<QJsonObject> orgs;
    for (const char *org : { "org-genomics", "org-clinical", "org-eurolab", "org-partners" })
        orgs << m_sandbox.call(QLatin1String(org), QStringLiteral("describe"), {}).result;
    return BillToRules::options(me, orgs);
}

std::unique_ptr<QDialog> TestWindowFit::make(const QString &which)
{
    const QString id = m_sandbox.projectId(QStringLiteral("London genomes"));
    const QJsonObject describe = m_sandbox.describe(id);
    ApiClient *client = m_sandbox.admin();
    if (which == QLatin1String("new-project"))
        return std::make_unique<NewProjectDialog>(client, billTos(), RegionCatalog());
    if (which == QLatin1String("edit-project"))
        return std::make_unique<EditProjectDialog>(client, describe, billTos(), RegionCatalog());
    if (which == QLatin1String("tags"))
        return std::make_unique<TagsPropertiesDialog>(client, describe);
    if (which == QLatin1String("members"))
        return std::make_unique<MembersDialog>(client, describe, QStringLiteral("user-alice"),
                                               billTos());
    if (which == QLatin1String("destroy"))
        return std::make_unique<DestroyDialog>(client, describe);
    if (which == QLatin1String("sponsorship"))
        return std::make_unique<SponsorshipDialog>(client, describe);
    if (which == QLatin1String("account")) {
        auto *directory = new AccountDirectory(client);
        directory->load(QStringLiteral("user-alice"));
        if (!QTest::qWaitFor(
                [directory] { return directory->state() == AccountDirectory::State::Loaded; }))
            return nullptr;
        auto dialog = std::make_unique<AccountDialog>(client, directory);
        directory->setParent(dialog.get());
        return dialog;
    }
    return nullptr;
}

void TestWindowFit::dialog_opensWithinTheScreenWithEveryButtonInside_data()
{
    QTest::addColumn<QString>("which");
    for (const char *name :
         { "new-project", "edit-project", "tags", "members", "destroy", "sponsorship", "account" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestWindowFit::dialog_opensWithinTheScreenWithEveryButtonInside()
{
    QFETCH(QString, which);
    std::unique_ptr<QDialog> dialog = make(which);
    QVERIFY(dialog);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTest::qWait(50); // notes that appear after the first replies may grow the window
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    const QSize size = dialog->frameGeometry().size();
    QVERIFY2(size.width() <= screen.width() && size.height() <= screen.height(),
             qPrintable(QStringLiteral("%1 is %2x%3 on a %4x%5 screen")
                            .arg(which)
                            .arg(size.width())
                            .arg(size.height())
                            .arg(screen.width())
                            .arg(screen.height())));
    const QRect inside = dialog->rect();
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(dialog.get())
            || !qobject_cast<QDialogButtonBox *>(button->parentWidget()))
            continue;
        const QRect at(button->mapTo(dialog.get(), QPoint(0, 0)), button->size());
        QVERIFY2(inside.contains(at),
                 qPrintable(QStringLiteral("%1: the button \"%2\" lies at %3,%4 %5x%6, outside "
                                           "the window's %7x%8")
                                .arg(which, button->text())
                                .arg(at.x())
                                .arg(at.y())
                                .arg(at.width())
                                .arg(at.height())
                                .arg(inside.width())
                                .arg(inside.height())));
    }
}

int main(int argc, char **argv)
{
    return runOnLaptopScreen<TestWindowFit>(argc, argv);
}

#include "tst_windowfit.moc"
