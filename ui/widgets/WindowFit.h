#pragma once

#include <QSize>
#include <QString>

class QWidget;

// Windows open within the screen they appear on: a laptop's 1366x768 as well as a large
// screen. The usable size is the screen's available geometry (the parent's screen, else the
// primary one) less room for a panel or dock the platform may not report.
QSize usableScreenSize(const QWidget *window);

// Resizes `window` to `wanted`, bounded by usableScreenSize(). A window whose layout needs more
// than the screen still gets its minimum size (its content then has to scroll).
void fitToScreen(QWidget *window, const QSize &wanted);

// `content` in a frameless scroll area that gives it the viewport's width: a page that scrolls
// on a small screen instead of forcing its window taller than the screen.
QWidget *scrolling(QWidget *content, const QString &objectName);

// Makes `minimumWidth` the window's narrowest and gives it the height its layout needs at that
// width, word-wrapped labels included (a top-level layout's own minimum ignores them, so a
// window could be shrunk until its rows overlapped). Call again when the content changes.
void holdContentAt(QWidget *window, int minimumWidth);
