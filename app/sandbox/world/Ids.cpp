#include "app/sandbox/world/Ids.h"

#include <QRandomGenerator>

namespace sandbox::ids {

QString make(const QString &idClass, QRandomGenerator &random)
{
    static const char alphabet[] = "0123456789BFGJKPQVXYZbfgjkpqvxyz";
    QString id = idClass + QLatin1Char('-');
    id.reserve(idClass.size() + 25);
    for (int i = 0; i < 24; ++i)
        id.append(QLatin1Char(alphabet[random.bounded(32)]));
    return id;
}

bool isEntityId(const QString &id, const QString &idClass)
{
    const int prefix = int(idClass.size()) + 1;
    if (id.size() != prefix + 24 || !id.startsWith(idClass)
        || id.at(prefix - 1) != QLatin1Char('-'))
        return false;
    for (int i = prefix; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return false;
    }
    return true;
}

bool isHandleId(const QString &id, const QString &idClass)
{
    const int prefix = int(idClass.size()) + 1;
    if (id.size() <= prefix || !id.startsWith(idClass) || id.at(prefix - 1) != QLatin1Char('-'))
        return false;
    for (int i = prefix; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || c == u'.' || c == u'_'
              || c == u'-'))
            return false;
    }
    return true;
}

} // namespace sandbox::ids
