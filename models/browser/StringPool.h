#pragma once

#include <QSet>
#include <QString>

// Hands out one shared copy of each distinct string. Regions, billTos and tags repeat across
// thousands of rows; with implicit sharing every row then points at the same buffer instead of
// holding its own, which keeps a 100,000-row list small.
class StringPool
{
public:
    QString intern(const QString &text);
    void clear() { m_strings.clear(); }
    int size() const { return int(m_strings.size()); }

private:
    QSet<QString> m_strings;
};
