#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class ConsoleApp;
class QWidget;

// --show VIEW [--screenshot FILE]: opens a view, waits until its data has loaded, then saves
// a PNG of the window (or of the view's dialog) and quits.
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    struct View
    {
        QString name;
        // Opens the view once the session is signed in.
        std::function<void(ConsoleApp *)> open;
        // The widget to capture once everything it shows has arrived; nullptr until then.
        std::function<QWidget *(ConsoleApp *)> ready;
    };

    ScreenshotRunner(ConsoleApp *app, const QString &view, const QString &file, int timeoutMs,
                     QObject *parent = nullptr);

    static QStringList viewNames();
    void start();

private:
    static QList<View> views();
    // region-picker, billto-picker, account (ScreenshotRunnerRegions.cpp).
    static QList<View> regionViews();
    void poll();
    void capture(QWidget *widget);

    ConsoleApp *m_app;
    View m_view;
    QString m_file;
    int m_timeoutMs;
    bool m_opened = false;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
};
