#include "ui/widgets/FieldErrorLabel.h"

#include <QPalette>

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
