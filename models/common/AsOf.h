#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// When something shown was true, as people read it: the time alone on the day it was fetched
// ("19:32"), the date too on any other day ("03/12/2026 19:32"), in local time and the
// locale's short formats.
QString asOfText(const QDateTime &asOf, const QDateTime &now = QDateTime::currentDateTime(),
                 const QLocale &locale = QLocale());
