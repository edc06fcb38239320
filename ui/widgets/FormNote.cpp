#include "ui/widgets/FormNote.h"

#include "ui/widgets/WindowFit.h"

#include <QLayout>
#include <algorithm>

FormNote::FormNote(Kind kind, const QString &objectName, QWidget *parent)
    : QLabel(parent)
    , m_kind(kind)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setKind(kind);
    hide();
}

void FormNote::setKind(Kind kind)
{
    m_kind = kind;
    // Fixed colours that read on light and dark palettes alike.
    switch (kind) {
    case Kind::Error:
        setStyleSheet(QStringLiteral("color: #c62828;"));
        break;
    case Kind::Warning:
        setStyleSheet(QStringLiteral("color: #a15c00;"));
        break;
    case Kind::Info:
        setStyleSheet(QString());
        break;
    }
}

void FormNote::setMessage(const QString &text)
{
    setText(text);
    setVisible(m_reserve || !text.isEmpty());
}

void FormNote::setReservesSpace(bool reserve)
{
    m_reserve = reserve;
    setMinimumHeight(reserve ? fontMetrics().lineSpacing() : 0);
    setVisible(m_reserve || !text().isEmpty());
}

void FormNote::growToFit(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    // Never past the screen: a window taller than the laptop's loses its buttons.
    const int bounded = std::min(needed, usableScreenSize(window).height());
    if (bounded > window->height())
        window->resize(window->width(), bounded);
}

QSize FormNote::sizeHint() const
{
    // A wrapped label's own hint is narrow and several lines tall, and some layouts (a form
    // row in a page that has room) give it that height: a one-line error would take three
    // and push the fields below down after all. Its height is the text's at its width.
    QSize hint = QLabel::sizeHint();
    if (m_reserve && wordWrap() && width() > 0)
        hint.setHeight(std::max(minimumHeight(), heightForWidth(width())));
    return hint;
}
