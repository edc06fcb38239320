#pragma once

#include <QDir>
#include <QString>
#include <QTest>
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
