#include "ui/widgets/WindowFit.h"

#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QWidget>
#include <algorithm>

namespace {
// Room for a title bar and a panel the available geometry does not always subtract.
constexpr int horizontalMargin = 16;
constexpr int verticalMargin = 48;
} // namespace

QSize usableScreenSize(const QWidget *window)
{
    const QWidget *anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    QScreen *screen = anchor->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    const QSize available = screen->availableGeometry().size();
    return QSize(std::max(320, available.width() - horizontalMargin),
                 std::max(240, available.height() - verticalMargin));
}

void fitToScreen(QWidget *window, const QSize &wanted)
{
    window->resize(wanted.boundedTo(usableScreenSize(window)));
}

QWidget *scrolling(QWidget *content, const QString &objectName)
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(objectName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

void holdContentAt(QWidget *window, int minimumWidth)
{
    QLayout *layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    const int width = std::max(minimumWidth, layout->minimumSize().width());
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                   : layout->totalMinimumSize().height();
    window->setMinimumSize(width, std::max(height, layout->totalMinimumSize().height()));
}
