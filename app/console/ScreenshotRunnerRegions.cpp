// The views of the regions area: the billTo and region pickers as New project uses them, and
// the account page. They show the demo administrator's accounts as the sandbox describes them.
#include "app/console/ConsoleApp.h"
#include "app/console/ScreenshotRunner.h"
#include "models/regions/AccountDirectory.h"
#include "models/regions/AccountRegionsForm.h"
#include "models/regions/AccountRules.h"
#include "models/regions/RegionCatalog.h"
#include "ui/browser/MainWindow.h"
#include "ui/regions/AccountDialog.h"
#include "ui/regions/BillToPicker.h"
#include "ui/regions/RegionPicker.h"

#include <QHBoxLayout>
#include <QPointer>
#include <memory>

namespace {

bool accountsLoaded(ConsoleApp *app)
{
    return app->accounts()->state() == AccountDirectory::State::Loaded;
}

// The first account for which some regions are greyed: the interesting case to show.
template<typename Accept>
QString firstWithGreyedRegions(const QList<BillToOption> &options, Accept accept)
{
    const qsizetype all = RegionCatalog().regions().size();
    for (const BillToOption &o : options) {
        if (accept(o) && !o.permittedRegions.isEmpty() && o.permittedRegions.size() < all)
            return o.id;
    }
    return {};
}

// A top-level window made once the accounts are loaded, captured on the next poll.
ScreenshotRunner::View windowView(const QString &name, std::function<QWidget *(ConsoleApp *)> make)
{
    auto window = std::make_shared<QPointer<QWidget>>();
    auto ready = [window, make](ConsoleApp *app) -> QWidget * {
        if (*window)
            return window->data();
        if (!accountsLoaded(app))
            return nullptr;
        QWidget *w = make(app);
        w->setAttribute(Qt::WA_DeleteOnClose);
        w->show();
        *window = w;
        return nullptr;
    };
    return { name, [](ConsoleApp *) {}, ready };
}

QWidget *regionPickerWindow(ConsoleApp *app)
{
    auto *w = new QWidget(app->window(), Qt::Window);
    w->setObjectName(QStringLiteral("regionPickerView"));
    w->setWindowTitle(ConsoleApp::tr("Bill to and region"));
    auto *billTo = new BillToPicker(w);
    auto *regions = new RegionPicker({}, w);
    billTo->setRegionPicker(regions);
    const QList<BillToOption> options = app->accounts()->options();
    billTo->setOptions(
        options, firstWithGreyedRegions(options, [](const BillToOption &o) { return o.enabled; }));
    auto *layout = new QHBoxLayout(w);
    layout->addWidget(billTo, 2);
    layout->addWidget(regions, 3);
    w->resize(1280, 720);
    return w;
}

QWidget *billToPickerWindow(ConsoleApp *app)
{
    auto *w = new QWidget(app->window(), Qt::Window);
    w->setObjectName(QStringLiteral("billToPickerView"));
    w->setWindowTitle(ConsoleApp::tr("Bill to"));
    auto *billTo = new BillToPicker(w);
    const QList<BillToOption> options = app->accounts()->options();
    QString withPrices;
    for (const BillToOption &o : options) {
        if (withPrices.isEmpty() && o.enabled && o.isOrg() && o.hasPricing())
            withPrices = o.id;
    }
    billTo->setOptions(options, withPrices);
    auto *layout = new QHBoxLayout(w);
    layout->addWidget(billTo);
    w->resize(760, 620);
    return w;
}

ScreenshotRunner::View accountView()
{
    auto ready = [](ConsoleApp *app) -> QWidget * {
        if (AccountDialog *open = app->accountDialog())
            return open;
        if (!accountsLoaded(app))
            return nullptr;
        AccountDialog *dialog = app->openAccountDialog();
        if (!dialog)
            return nullptr;
        // An org with greyed regions, and a new default chosen, so that the request shows.
        const QList<AccountEntry> entries = AccountRules::administered(app->accounts()->options());
        QList<BillToOption> accounts;
        for (const AccountEntry &e : entries)
            accounts << e.account;
        const QString org
            = firstWithGreyedRegions(accounts, [](const BillToOption &o) { return o.isOrg(); });
        if (!org.isEmpty() && dialog->selectAccount(org)) {
            const BillToOption account = dialog->form()->account();
            for (const QString &region : account.permittedRegions) {
                if (region != account.defaultRegion && dialog->chooseRegion(region))
                    break;
            }
        }
        return nullptr; // captured on the next poll, once it is shown
    };
    return { QStringLiteral("account"), [](ConsoleApp *) {}, ready };
}

} // namespace

QList<ScreenshotRunner::View> ScreenshotRunner::regionViews()
{
    return { windowView(QStringLiteral("region-picker"), regionPickerWindow),
             windowView(QStringLiteral("billto-picker"), billToPickerWindow), accountView() };
}
