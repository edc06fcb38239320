#pragma once

#include "models/archive/ArchiveRules.h"
#include "models/common/LatestCall.h"

#include <QObject>

class ApiClient;

// Finds out whether the signed-in user may archive all copies (allCopies) in a project billed
// to `billTo`: whoami, then the billTo org's describe (its `level` is the caller's membership).
class AllCopiesPermission : public QObject
{
    Q_OBJECT
public:
    explicit AllCopiesPermission(ApiClient *client, QObject *parent = nullptr);

    void check(const QString &billTo);
    AllCopiesCheck result() const { return m_result; }
    bool isChecking() const { return m_call.isActive(); }

Q_SIGNALS:
    void checked(const AllCopiesCheck &result);

private:
    void describeOrg(const QString &userId);
    void conclude(const AllCopiesCheck &result);

    ApiClient *m_client;
    QString m_billTo;
    LatestCall m_call { this };
    AllCopiesCheck m_result { false,
                              QStringLiteral("Checking whether you may archive all "
                                             "copies…") };
};
