#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// A profile: a name, an API server and the user signed in with it. The token is not here:
// it lives in the credential store under the profile's id.
struct Profile
{
    QString id; // stable key (uuid), also the keychain key
    QString name; // shown to people, unique among profiles
    QUrl serverUrl; // e.g. https://api.dnanexus.com
    QString userId; // "user-alice", once known
    QString userName; // "Alice Smith", once known

    bool isValid() const { return !id.isEmpty() && !name.isEmpty() && serverUrl.isValid(); }
};
