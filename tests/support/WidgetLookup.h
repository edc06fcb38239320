#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QKeySequence>
#include <QList>
#include <QPair>
#include <QString>
#include <QTest>
#include <QTimer>
#include <QWidget>

// The named child of a dialog or widget under test; a missing one stops the test at once
// (a renamed widget, not a failed expectation).
template<typename T> T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QLatin1String(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

// Presses Alt+key on `dialog` (shown and active) for each pair and returns the first that did
// not put the focus on its field, as a sentence; empty when every mnemonic reached its field.
inline QString missedMnemonic(QWidget *dialog, const QList<QPair<Qt::Key, QWidget *>> &keys)
{
    for (const auto &[key, field] : keys) {
        QTest::keyClick(dialog, key, Qt::AltModifier);
        QWidget *focus = QApplication::focusWidget();
        if (focus != field)
            return QStringLiteral("Alt+%1 focused %2 instead of %3")
                .arg(QKeySequence(key).toString(),
                     focus ? focus->objectName() : QStringLiteral("nothing"), field->objectName());
    }
    return {};
}

// Saves a picture of `widget` when DXC_SHOT_DIR is set, for looking at it.
inline void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DXC_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->show();
    QTest::qWait(50);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Clicks the button named `button` of the next modal box named `box` (a QMessageBox opened
// with exec() by the code under test) as soon as it shows; *seen tells whether one showed.
// Call before the action that opens the box.
inline void answerModal(const char *box, const char *button, bool *seen)
{
    *seen = false;
    auto *timer = new QTimer(QCoreApplication::instance());
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer,
                     [timer, box, button, seen, left = 300]() mutable {
                         QWidget *modal = QApplication::activeModalWidget();
                         auto *b = modal && modal->objectName() == QLatin1String(box)
                             ? modal->findChild<QAbstractButton *>(QLatin1String(button))
                             : nullptr;
                         if (b || --left <= 0) {
                             timer->stop();
                             timer->deleteLater();
                         }
                         if (b) {
                             *seen = true;
                             b->click();
                         }
                     });
    timer->start();
}
