#pragma once

#include "models/regions/AccountRules.h"
#include "models/regions/RegionCatalog.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class AccountDirectory;
class AccountRegionsForm;
class ApiClient;
class DefaultBillToForm;
class FormNote;
class QDialogButtonBox;
class QLabel;
class QListView;
class QListWidget;
class QComboBox;
class QPushButton;
class RegionListModel;
class RequestPreview;
class WorldMapWidget;
class WorldOutline;

// The account page: the signed-in user and each org they administer, with the permitted
// regions on a world map and the default region, which can be changed to another permitted
// region. Non-modal; binds to an AccountRegionsForm and the AccountDirectory (no network code
// here). Orgs the user only belongs to are named below the list with the reason. Below them,
// the user's own default billTo (DefaultBillToForm): the account New project preselects.
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    AccountDialog(ApiClient *client, AccountDirectory *directory,
                  std::shared_ptr<const WorldOutline> outline = {}, QWidget *parent = nullptr);

    AccountRegionsForm *form() const { return m_form; }
    DefaultBillToForm *billToForm() const { return m_billToForm; }
    void setCatalog(const RegionCatalog &catalog);

    // The accounts listed, in list order (the user, then the administered orgs).
    QStringList accountIds() const;
    bool selectAccount(const QString &accountId); // false when not listed
    bool chooseRegion(const QString &region); // false when not permitted for the account

    QListWidget *accountList() const { return m_accounts; }
    QListView *regionList() const { return m_regionList; }
    WorldMapWidget *map() const { return m_map; }
    QPushButton *setDefaultButton() const { return m_setDefault; }
    RequestPreview *preview() const { return m_preview; }
    QComboBox *defaultBillToCombo() const { return m_billToCombo; }
    QPushButton *saveBillToButton() const { return m_saveBillTo; }

private:
    void reloadAccounts();
    void onAccountRow(int row);
    void onAccountChanged(const QString &accountId);
    void showRegions();
    void refresh();
    void fillBillToChoices();
    void refreshBillTo();

    AccountDirectory *m_directory;
    AccountRegionsForm *m_form;
    RegionCatalog m_catalog;
    QList<AccountEntry> m_entries;
    QString m_shownAccount; // id and default region the map was built for
    QString m_shownDefault;
    QListWidget *m_accounts;
    QLabel *m_loading;
    QLabel *m_readOnly;
    QPushButton *m_reload;
    QLabel *m_title;
    QLabel *m_permitted;
    QLabel *m_default;
    WorldMapWidget *m_map;
    RegionListModel *m_regions;
    QListView *m_regionList;
    FormNote *m_problem;
    FormNote *m_status;
    QPushButton *m_setDefault;
    RequestPreview *m_preview;
    DefaultBillToForm *m_billToForm;
    QComboBox *m_billToCombo;
    QPushButton *m_saveBillTo;
    FormNote *m_billToNote;
    QDialogButtonBox *m_buttons;
};
