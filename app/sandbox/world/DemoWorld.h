#pragma once

#include <QJsonObject>

namespace sandbox {

// The built-in world used when no --world file is given (described in WORLD.md): four users,
// four orgs, all eight regions, projects in every region with members, tags, properties, files
// (some shared between projects, some archived) and root executions. Entity IDs are
// deterministic so that documentation and tests can rely on them; tokens are
// "sandbox-token-<handle>".
class DemoWorld
{
public:
    static QJsonObject json();
};

} // namespace sandbox
