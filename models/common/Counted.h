#pragma once

#include <QString>

// A count with its noun in English, "1 file" / "2,048 files", the number in the user's locale.
// The console ships no translations, so tr()'s "%n file(s)" would show its "(s)".
QString counted(qint64 n, const QString &one, const QString &many);
