#include "models/common/LeftFields.h"

bool LeftFields::markLeft(const QString &field)
{
    if (m_tried || m_left.contains(field))
        return false;
    m_left.insert(field);
    return true;
}

bool LeftFields::markTried()
{
    if (m_tried)
        return false;
    m_tried = true;
    return true;
}

QString LeftFields::shown(const QString &field, const QString &error, bool required) const
{
    return required && !hasLeft(field) ? QString() : error;
}
