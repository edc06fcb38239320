// Issue 14 item 7, on every dialog: each underlined Alt shortcut reaches a widget, and Tab
// walks from field to field (no table keeps it cell by cell). Runs on the laptop screen of
// tst_windowfit, so that the dialogs lay out as they do there.
#include "tests/support/DialogCatalog.h"
#include "tests/support/FormSandbox.h"
#include "tests/support/LaptopScreen.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <memory>

namespace {

// The letter that Alt goes with in a widget's text ("&Name" -> N; "&&" is a literal '&').
QChar mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

QString nameOf(const QWidget *w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                     : w->objectName();
}

struct Owner
{
    QChar key;
    QWidget *widget;
    QString text;
    int tab = -1; // a tab of `widget`, a QTabBar
};

// Every Alt shortcut visible in `dialog` now: labels (plain text, as rich text has entities),
// buttons, group boxes and tabs.
QList<Owner> owners(QDialog *dialog)
{
    QList<Owner> out;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(dialog))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const bool rich = label->textFormat() == Qt::RichText
                || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            if (!rich && !mnemonicOf(label->text()).isNull())
                out << Owner { mnemonicOf(label->text()), label, label->text() };
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!mnemonicOf(button->text()).isNull())
                out << Owner { mnemonicOf(button->text()), button, button->text() };
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            if (!mnemonicOf(box->title()).isNull())
                out << Owner { mnemonicOf(box->title()), box, box->title() };
        } else if (auto *bar = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->isTabVisible(i) && !mnemonicOf(bar->tabText(i)).isNull())
                    out << Owner { mnemonicOf(bar->tabText(i)), bar, bar->tabText(i), i };
            }
        }
    }
    return out;
}

bool focusIsIn(const QWidget *target)
{
    QWidget *focus = QApplication::focusWidget();
    return focus
        && (focus == target || target->isAncestorOf(focus)
            || (target->focusProxy() && focus == target->focusProxy()));
}

// What is wrong with the Alt shortcuts of `dialog` as it shows now, as sentences.
QStringList mnemonicProblems(QDialog *dialog)
{
    QStringList out;
    const QList<Owner> all = owners(dialog);
    QMap<QChar, QStringList> byKey;
    for (const Owner &o : all)
        byKey[o.key] << QStringLiteral("%1 \"%2\"").arg(nameOf(o.widget), o.text);
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        // Qt then only moves the focus between the owners, and activates none of them.
        if (it.value().size() > 1)
            out << QStringLiteral("Alt+%1 is underlined in %2")
                       .arg(it.key(), it.value().join(", "));
    }
    for (const Owner &o : all) {
        if (byKey.value(o.key).size() > 1)
            continue;
        const QString what
            = QStringLiteral("Alt+%1 of %2 \"%3\"").arg(o.key, nameOf(o.widget), o.text);
        const auto key = Qt::Key(o.key.unicode());
        if (auto *label = qobject_cast<QLabel *>(o.widget)) {
            QWidget *buddy = label->buddy();
            if (!buddy) {
                out << what + QStringLiteral(": the label has no buddy, the key does nothing");
                continue;
            }
            if (!buddy->isEnabled() || buddy->focusPolicy() == Qt::NoFocus)
                continue; // nothing to reach while it is disabled
            QTest::keyClick(dialog, key, Qt::AltModifier);
            if (!focusIsIn(buddy))
                out << what
                        + QStringLiteral(": the focus went to %1, not to %2")
                              .arg(QApplication::focusWidget() ? nameOf(QApplication::focusWidget())
                                                               : QStringLiteral("nothing"),
                                   nameOf(buddy));
        } else if (auto *bar = qobject_cast<QTabBar *>(o.widget)) {
            if (!bar->isTabEnabled(o.tab))
                continue;
            const int before = bar->currentIndex();
            QTest::keyClick(dialog, key, Qt::AltModifier);
            if (bar->currentIndex() != o.tab)
                out << what + QStringLiteral(": the tab did not open");
            bar->setCurrentIndex(before);
        } else if (auto *box = qobject_cast<QGroupBox *>(o.widget); box && !box->isCheckable()) {
            if (!box->isEnabled())
                continue;
            QTest::keyClick(dialog, key, Qt::AltModifier);
            if (!focusIsIn(box))
                out << what + QStringLiteral(": the focus did not go into the group");
        }
        // Buttons, check boxes and checkable groups are not pressed here (that would act);
        // a button's own Alt shortcut is Qt's, and works when no other widget shares it.
    }
    return out;
}

QStringList tabProblems(QDialog *dialog)
{
    QStringList out;
    for (QAbstractItemView *view : dialog->findChildren<QAbstractItemView *>()) {
        if (view->isVisibleTo(dialog) && view->tabKeyNavigation())
            out << QStringLiteral("%1: Tab moves from cell to cell instead of to the next field")
                       .arg(nameOf(view));
    }
    return out;
}

} // namespace

class TestDialogKeys : public QObject
{
    Q_OBJECT
    FormSandbox m_sandbox;

    // Runs `check` on the dialog as it opens and on each page of its tab widgets.
    template<typename Check> QStringList onEveryPage(QDialog *dialog, Check check)
    {
        QStringList out = check(dialog);
        for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>()) {
            if (!tabs->isVisibleTo(dialog))
                continue;
            const int shown = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (i == shown || !tabs->isTabEnabled(i) || !tabs->isTabVisible(i))
                    continue;
                tabs->setCurrentIndex(i);
                for (const QString &p : check(dialog))
                    out << tabs->tabText(i) + QStringLiteral(" page: ") + p;
            }
            tabs->setCurrentIndex(shown);
        }
        out.removeDuplicates();
        return out;
    }

    std::unique_ptr<QDialog> shown(const QString &which)
    {
        std::unique_ptr<QDialog> dialog = DialogCatalog::make(m_sandbox, which);
        if (!dialog)
            return nullptr;
        dialog->show();
        dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(dialog.get()))
            return nullptr;
        QTest::qWait(20); // the first replies fill what the dialog shows
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void mnemonicOf_readsTheUnderlinedLetter()
    {
        QCOMPARE(mnemonicOf(QStringLiteral("&Name:")), QChar('N'));
        QCOMPARE(mnemonicOf(QStringLiteral("Re&load")), QChar('L'));
        QVERIFY(mnemonicOf(QStringLiteral("Tags && properties")).isNull());
        QVERIFY(mnemonicOf(QStringLiteral("Close")).isNull());
    }

    void dialog_data()
    {
        QTest::addColumn<QString>("which");
        for (const QString &name : DialogCatalog::allDialogs())
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyMnemonic_reachesItsWidget_data() { dialog_data(); }
    void everyMnemonic_reachesItsWidget()
    {
        QFETCH(QString, which);
        std::unique_ptr<QDialog> dialog = shown(which);
        QVERIFY(dialog);
        const QStringList problems = onEveryPage(dialog.get(), mnemonicProblems);
        QVERIFY2(problems.isEmpty(), qPrintable(which + QLatin1Char('\n') + problems.join('\n')));
    }

    void tab_walksFieldsNotTableCells_data() { dialog_data(); }
    void tab_walksFieldsNotTableCells()
    {
        QFETCH(QString, which);
        std::unique_ptr<QDialog> dialog = shown(which);
        QVERIFY(dialog);
        const QStringList problems = onEveryPage(dialog.get(), tabProblems);
        QVERIFY2(problems.isEmpty(), qPrintable(which + QLatin1Char('\n') + problems.join('\n')));
    }
};

int main(int argc, char **argv)
{
    return runOnLaptopScreen<TestDialogKeys>(argc, argv);
}

#include "tst_dialogkeys.moc"
