#include "api/EntityId.h"

namespace {
bool isIdChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z');
}
} // namespace

QString entityClass(const QString &id)
{
    const qsizetype dash = id.indexOf(QLatin1Char('-'));
    if (dash <= 0)
        return {};
    const QString cls = id.left(dash);
    for (const QChar c : cls) {
        if (c < QLatin1Char('a') || c > QLatin1Char('z'))
            return {};
    }
    return cls;
}

bool isEntityId(const QString &id, const QString &cls)
{
    const QString actual = entityClass(id);
    if (actual.isEmpty() || (!cls.isEmpty() && actual != cls))
        return false;
    const QStringView rest = QStringView(id).mid(actual.size() + 1);
    if (rest.size() != 24)
        return false;
    for (const QChar c : rest) {
        if (!isIdChar(c))
            return false;
    }
    return true;
}
