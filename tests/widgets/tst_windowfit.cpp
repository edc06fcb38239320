// Issue 14 item 1: on a 1366x768 laptop screen every dialog opens within the screen, and its
// buttons are inside the window (nothing off-screen, nothing cut off). The test runs on an
// offscreen screen of exactly that size (the offscreen platform's configfile).
#include "tests/support/DialogCatalog.h"
#include "tests/support/FormSandbox.h"
#include "tests/support/LaptopScreen.h"
#include "tests/support/LayoutCheck.h"
#include "ui/widgets/WindowFit.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QScreen>
#include <QTableWidget>
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
    void dialog_nothingOverlapsOrIsCutAtItsDefaultAndMinimumSize_data();
    void dialog_nothingOverlapsOrIsCutAtItsDefaultAndMinimumSize();

private:
    std::unique_ptr<QDialog> make(const QString &which);
    bool showAndSettle(QDialog *dialog);

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

std::unique_ptr<QDialog> TestWindowFit::make(const QString &which)
{
    return DialogCatalog::make(m_sandbox, which);
}

// Shows the dialog and waits for what its first replies add (notes, the unarchive quotes).
bool TestWindowFit::showAndSettle(QDialog *dialog)
{
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog))
        return false;
    if (auto *unarchive = qobject_cast<UnarchivePreviewDialog *>(dialog)) {
        auto *table = unarchive->findChild<QTableWidget *>(QStringLiteral("quoteTable"));
        if (!QTest::qWaitFor([unarchive, table] {
                return !unarchive->preview()->isRunning() && table->rowCount() > 0;
            }))
            return false;
    }
    QTest::qWait(50); // notes that appear after the first replies may grow the window
    return true;
}

void TestWindowFit::dialog_opensWithinTheScreenWithEveryButtonInside_data()
{
    QTest::addColumn<QString>("which");
    for (const QString &name : DialogCatalog::allDialogs())
        QTest::newRow(qPrintable(name)) << name;
}

void TestWindowFit::dialog_nothingOverlapsOrIsCutAtItsDefaultAndMinimumSize_data()
{
    dialog_opensWithinTheScreenWithEveryButtonInside_data();
}

// Issue 14 item 2: at the size it opens with, and at the smallest it can be resized to, no
// two widgets of a dialog overlap, none is cut off or squeezed, no wrapped text is cut short.
void TestWindowFit::dialog_nothingOverlapsOrIsCutAtItsDefaultAndMinimumSize()
{
    QFETCH(QString, which);
    std::unique_ptr<QDialog> dialog = make(which);
    QVERIFY(dialog);
    QVERIFY(showAndSettle(dialog.get()));
    QStringList problems = LayoutCheck::problems(dialog.get());
    QVERIFY2(problems.isEmpty(),
             qPrintable(which
                        + QStringLiteral(" at its default size %1x%2:\n")
                              .arg(dialog->width())
                              .arg(dialog->height())
                        + problems.join(QLatin1Char('\n'))));
    dialog->resize(dialog->minimumSize().expandedTo(dialog->minimumSizeHint()));
    QTest::qWait(20);
    problems = LayoutCheck::problems(dialog.get());
    QVERIFY2(problems.isEmpty(),
             qPrintable(which
                        + QStringLiteral(" at its smallest size %1x%2:\n")
                              .arg(dialog->width())
                              .arg(dialog->height())
                        + problems.join(QLatin1Char('\n'))));
}

void TestWindowFit::dialog_opensWithinTheScreenWithEveryButtonInside()
{
    QFETCH(QString, which);
    std::unique_ptr<QDialog> dialog = make(which);
    QVERIFY(dialog);
    QVERIFY(showAndSettle(dialog.get()));
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    const QSize size = dialog->frameGeometry().size();
    QVERIFY2(size.width() <= screen.width() && size.height() <= screen.height(),
             qPrintable(QStringLiteral("%1 is %2x%3 on a %4x%5 screen")
                            .arg(which)
                            .arg(size.width())
                            .arg(size.height())
                            .arg(screen.width())
                            .arg(screen.height())));
    // Held content must not make the smallest window taller or wider than the laptop either.
    const QSize smallest = dialog->minimumSize().expandedTo(dialog->minimumSizeHint());
    QVERIFY2(smallest.width() <= screen.width() && smallest.height() <= screen.height(),
             qPrintable(QStringLiteral("%1 cannot be smaller than %2x%3")
                            .arg(which)
                            .arg(smallest.width())
                            .arg(smallest.height())));
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
