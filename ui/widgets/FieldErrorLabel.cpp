#include "ui/widgets/FieldErrorLabel.h"

#include <QPalette>
#include <algorithm>

FieldErrorLabel::FieldErrorLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A fixed red that reads on light and dark palettes alike.
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    setPalette(p);
    setVisible(false);
}

void FieldErrorLabel::setError(const QString &message)
{
    setText(message);
    setAccessibleDescription(message);
    setVisible(m_reserve || !message.isEmpty());
}

void FieldErrorLabel::setReservesSpace(bool reserve)
{
    m_reserve = reserve;
    setMinimumHeight(reserve ? fontMetrics().lineSpacing() : 0);
    setVisible(m_reserve || hasError());
}

QSize FieldErrorLabel::sizeHint() const
{
    // A wrapped label's own hint is narrow and several lines tall, and some layouts (a form
    // row in a page that has room) give it that height: a one-line error would take three
    // and push the fields below down after all. Its height is the text's at its width.
    QSize hint = QLabel::sizeHint();
    if (m_reserve && wordWrap() && width() > 0)
        hint.setHeight(std::max(minimumHeight(), heightForWidth(width())));
    return hint;
}
