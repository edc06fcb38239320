#include "ui/widgets/SizeMemory.h"

#include "ui/widgets/WindowFit.h"

#include <QEvent>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QWidget>

namespace {
// Saves the window's size when it hides (closed, accepted or rejected).
class SizeSaver : public QObject
{
public:
    SizeSaver(QWidget *window, QSettings *settings, const QString &key)
        : QObject(window)
        , m_settings(settings)
        , m_key(key)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Hide && watched == parent()) {
            auto *window = static_cast<QWidget *>(watched);
            m_settings->setValue(m_key, window->size());
        }
        return false;
    }

private:
    QSettings *m_settings;
    QString m_key;
};
} // namespace

namespace SizeMemory {

void remember(QWidget *window, QSettings *settings, const QString &key)
{
    if (!settings || key.isEmpty())
        return;
    const QSize saved = settings->value(key).toSize();
    if (saved.isValid())
        fitToScreen(window, saved);
    new SizeSaver(window, settings, key);
}

QMetaObject::Connection remember(QSplitter *splitter, QSettings *settings, const QString &key)
{
    if (!settings || key.isEmpty())
        return {};
    const QByteArray saved = settings->value(key).toByteArray();
    if (!saved.isEmpty())
        splitter->restoreState(saved);
    QPointer<QSplitter> guard(splitter);
    return QObject::connect(splitter, &QSplitter::splitterMoved, splitter, [guard, settings, key] {
        if (guard)
            settings->setValue(key, guard->saveState());
    });
}

QString key(const QString &profileId, const QString &name)
{
    if (profileId.isEmpty() || name.isEmpty())
        return {};
    // Letters, digits and '-' only: '/' separates groups in QSettings, and the built-in
    // profile's ID starts with a control character.
    QString id = profileId;
    for (QChar &c : id) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    return QStringLiteral("profiles/%1/sizes/%2").arg(id, name);
}

} // namespace SizeMemory
