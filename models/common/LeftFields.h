#pragma once

#include <QSet>
#include <QString>

// Which fields of a form the user has left once, and whether sending was tried. A "required"
// error (nothing typed) is shown only for such a field: a form just opened shows no red, and
// the first key does not make a message vanish and the layout jump (issue 14 item 3). Errors
// about what was typed show at once; this only holds back the empty-field ones.
class LeftFields
{
public:
    // Each returns true when it changed something (the caller then tells the view).
    bool markLeft(const QString &field);
    bool markTried(); // a send was tried: every field counts as left
    bool hasLeft(const QString &field) const { return m_tried || m_left.contains(field); }
    bool wasTried() const { return m_tried; }

    // `error` as it is to be shown now: empty when it is a "required" one (`required`) for a
    // field not left yet.
    QString shown(const QString &field, const QString &error, bool required) const;

private:
    QSet<QString> m_left;
    bool m_tried = false;
};
