#include "models/common/TypedConfirmation.h"

#include <QCoreApplication>

namespace TypedConfirmation {

QString problem(const QString &typed, const QString &expected)
{
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("TypedConfirmation", text); };
    if (typed == expected)
        return {};
    if (typed.isEmpty())
        return tr("Type the project's name to confirm.");
    if (typed.trimmed() == expected.trimmed())
        return tr("Spaces at the start or end must match the project's name exactly.");
    if (typed.compare(expected, Qt::CaseInsensitive) == 0)
        return tr("Upper and lower case must match the project's name exactly.");
    return tr("Does not match the project's name.");
}

} // namespace TypedConfirmation
