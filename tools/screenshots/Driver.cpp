#include "tools/screenshots/Driver.h"

#include "app/console/ConsoleApp.h"
#include "models/browser/ProjectListModel.h"
#include "models/details/ProjectDetails.h"
#include "models/regions/AccountDirectory.h"
#include "models/signin/Session.h"
#include "ui/browser/MainWindow.h"
#include "ui/browser/ProjectBrowser.h"
#include "ui/browser/ProjectTableView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

Driver::Driver(ConsoleApp *app, int timeoutMs)
    : m_app(app)
    , m_timeoutMs(timeoutMs)
{ }

QWidget *Driver::window() const
{
    return m_app->window();
}

void Driver::waitFor(const std::function<bool()> &done, const QString &what) const
{
    if (!QTest::qWaitFor(done, m_timeoutMs))
        throw ShotFailed(QStringLiteral("waited %1 s for %2").arg(m_timeoutMs / 1000).arg(what));
}

void Driver::settle(int ms) const
{
    QTest::qWait(ms);
}

void Driver::waitUntilBrowsing() const
{
    Session *session = m_app->session();
    waitFor(
        [session] {
            if (session->state() == Session::State::Failed)
                throw ShotFailed(QStringLiteral("sign-in failed: ") + session->errorMessage());
            return session->state() == Session::State::SignedIn;
        },
        QStringLiteral("the sign-in to the sandbox"));
    ProjectListModel *list = m_app->projectList();
    waitFor(
        [list] {
            return list->rowCount() > 0 && list->state() != ProjectListModel::State::Loading;
        },
        QStringLiteral("the project list"));
    AccountDirectory *accounts = m_app->accounts();
    waitFor([accounts] { return accounts->state() == AccountDirectory::State::Loaded; },
            QStringLiteral("the accounts"));
}

void Driver::selectProject(const QString &name) const
{
    QTableView *table = m_app->browser()->table();
    QAbstractItemModel *model = table->model();
    QString id;
    QModelIndex cell;
    for (int r = 0; r < model->rowCount() && id.isEmpty(); ++r) {
        for (int c = 0; c < model->columnCount() && id.isEmpty(); ++c) {
            const QModelIndex index = model->index(r, c);
            if (!table->isColumnHidden(c) && index.data().toString() == name) {
                id = index.data(ProjectListModel::IdRole).toString();
                cell = index;
            }
        }
    }
    if (id.isEmpty())
        throw ShotFailed(QStringLiteral("no project named \"%1\" in the table").arg(name));
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    ProjectDetails *details = m_app->projectDetails();
    waitFor(
        [details, id] {
            return details->projectId() == id && details->state() == ProjectDetails::State::Loaded;
        },
        QStringLiteral("the details of \"%1\"").arg(name));
}

void Driver::selectAllProjects() const
{
    QTableView *table = m_app->browser()->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    if (table->selectionModel()->selectedRows().size() != table->model()->rowCount())
        throw ShotFailed(QStringLiteral("Ctrl+A did not select every project"));
}

void Driver::trigger(const QString &actionName) const
{
    auto *action = child<QAction>(window(), actionName);
    if (!action->isEnabled())
        throw ShotFailed(QStringLiteral("the action %1 is disabled").arg(actionName));
    action->trigger();
}

void Driver::type(QWidget *field, const QString &text) const
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

void Driver::click(QAbstractButton *button) const
{
    if (!button->isEnabled())
        throw ShotFailed(QStringLiteral("the button %1 is disabled").arg(button->objectName()));
    // A check box or radio button reacts on its box and label only, and it may be much wider
    // than they are: click on the box.
    const bool boxed = qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button);
    const QPoint at = boxed ? QPoint(8, button->height() / 2) : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, {}, at);
}

void Driver::clickRows(QAbstractItemView *view, int column, const QStringList &texts) const
{
    QAbstractItemModel *model = view->model();
    bool first = true;
    for (const QString &text : texts) {
        QModelIndex cell;
        for (int r = 0; r < model->rowCount() && !cell.isValid(); ++r) {
            if (model->index(r, column).data().toString() == text)
                cell = model->index(r, column);
        }
        if (!cell.isValid())
            throw ShotFailed(QStringLiteral("no row \"%1\" in %2").arg(text, view->objectName()));
        view->scrollTo(cell);
        QTest::mouseClick(view->viewport(), Qt::LeftButton,
                          first ? Qt::KeyboardModifiers() : Qt::ControlModifier,
                          view->visualRect(cell).center());
        first = false;
    }
}

void Driver::editCell(QTableWidget *table, int row, int column, const QString &text) const
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item)
        throw ShotFailed(
            QStringLiteral("no cell %1,%2 in %3").arg(row).arg(column).arg(table->objectName()));
    table->scrollToItem(item);
    const QPoint centre = table->visualItemRect(item).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QLineEdit *editor = nullptr;
    waitFor(
        [&] {
            for (QLineEdit *e : table->viewport()->findChildren<QLineEdit *>()) {
                if (e->isVisible())
                    editor = e;
            }
            return editor != nullptr;
        },
        QStringLiteral("the cell editor of %1").arg(table->objectName()));
    type(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    (void)QTest::qWaitFor(
        [&] { return table->item(row, column) && table->item(row, column)->text() == text; }, 1000);
    item = table->item(row, column); // the table may have been refilled
    if (!item || item->text() != text)
        throw ShotFailed(QStringLiteral("the cell %1,%2 of %3 holds \"%4\", not \"%5\"")
                             .arg(row)
                             .arg(column)
                             .arg(table->objectName(), item ? item->text() : QString(), text));
}
