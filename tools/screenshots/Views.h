#pragma once

#include <QList>
#include <QString>
#include <functional>

class Driver;
class QWidget;

// One view that dxconsole-shots renders: the steps a user takes to reach it, ending with the
// window or dialog to save. Each starts from a freshly started console on a new in-memory
// sandbox with the demo world.
struct View
{
    QString name;
    std::function<QWidget *(Driver &)> show;
};

// Every view, in the order --list prints them.
QList<View> allViews();

// The main window, its side pages, the archive dialogs, bulk actions (BrowserViews.cpp).
QList<View> browserViews();
// The Project menu's forms and the account and region pickers (FormViews.cpp).
QList<View> formViews();
