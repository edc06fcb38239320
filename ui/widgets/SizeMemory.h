#pragma once

#include <QObject>
#include <QString>

class QSettings;
class QSplitter;
class QWidget;

// Sizes the user gave a window or a splitter, kept in QSettings under a key (the callers make
// it per profile) and given back the next time, within the screen (fitToScreen): a dialog
// widened once opens wide again, never larger than the laptop it now runs on.
namespace SizeMemory {
// Restores `window`'s size from `key` now (if one was saved) and saves it when it hides.
void remember(QWidget *window, QSettings *settings, const QString &key);
// Restores the splitter's positions from `key` now and saves them whenever they move; the
// connection that saves them is returned, to be dropped when the key changes.
QMetaObject::Connection remember(QSplitter *splitter, QSettings *settings, const QString &key);
// The key of `name` for a profile: "profiles/<id>/sizes/<name>".
QString key(const QString &profileId, const QString &name);
} // namespace SizeMemory
