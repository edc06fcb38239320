#pragma once

#include <QApplication>
#include <QString>
#include <QWidget>
#include <functional>
#include <stdexcept>

class ConsoleApp;
class QAbstractButton;
class QAbstractItemView;
class QTableWidget;

// A view could not be brought into the state it shows; the message says which step failed.
class ShotFailed : public std::runtime_error
{
public:
    explicit ShotFailed(const QString &message)
        : std::runtime_error(message.toStdString())
    { }
};

// Drives the real console as a user would: it clicks rows and buttons, triggers menu actions,
// types into fields (by object name) and waits for the sandbox's answers. Every step that
// cannot be done throws ShotFailed.
class Driver
{
public:
    Driver(ConsoleApp *app, int timeoutMs);

    ConsoleApp *app() const { return m_app; }
    QWidget *window() const;

    // Spins the event loop until `done` holds; throws naming `what` after the timeout.
    void waitFor(const std::function<bool()> &done, const QString &what) const;
    // Lets pending layouts, paints and replies settle.
    void settle(int ms = 250) const;

    // Signed in, the project list and the accounts loaded.
    void waitUntilBrowsing() const;
    // Clicks the project's row in the table and waits until its details are loaded.
    void selectProject(const QString &name) const;
    // Ctrl+A in the project table.
    void selectAllProjects() const;
    // Triggers a menu action of the main window by its object name.
    void trigger(const QString &actionName) const;
    // The dialog of type T that the last action opened, once it is visible.
    template<typename T> T *openedDialog() const
    {
        T *dialog = nullptr;
        waitFor(
            [&] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (auto *d = qobject_cast<T *>(w); d && d->isVisible())
                        dialog = d;
                }
                return dialog != nullptr;
            },
            QStringLiteral("the dialog %1 to open")
                .arg(QLatin1String(T::staticMetaObject.className())));
        return dialog;
    }
    // The child of `parent` named `name`; throws when there is none.
    template<typename T> T *child(const QObject *parent, const QString &name) const
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            throw ShotFailed(QStringLiteral("no %1 named \"%2\" in %3")
                                 .arg(QLatin1String(T::staticMetaObject.className()), name,
                                      parent->objectName()));
        return found;
    }

    // Focuses the field, selects what it holds and types `text` over it, key by key.
    void type(QWidget *field, const QString &text) const;
    void click(QAbstractButton *button) const;
    // Clicks the rows of `view` whose DisplayRole in `column` is one of `texts` (Ctrl+click
    // after the first); throws when one is missing.
    void clickRows(QAbstractItemView *view, int column, const QStringList &texts) const;
    // Double-clicks the cell, types `text` into its editor and presses Return.
    void editCell(QTableWidget *table, int row, int column, const QString &text) const;

private:
    ConsoleApp *m_app;
    int m_timeoutMs;
};
