#pragma once

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRect>
#include <QStringList>
#include <QWidget>

// Issue 14 item 2: what a user sees as a broken layout, as a list of sentences (empty when the
// window is laid out cleanly). For every visible widget inside `window`:
// - no two siblings overlap (one drawn over the other: buttons over a log);
// - it lies inside its parent (else it is cut off: radio buttons at half height);
// - a control is not squeezed below its minimum size hint (a check box cut to half height);
// - a word-wrapped label is tall enough for its text at its width (a sentence that stops).
// Inside a scroll area's viewport content scrolls, so clipping there is not a fault; the parts
// of composite widgets (a combo box's, a scroll area's) are theirs to arrange and are skipped.
namespace LayoutCheck {

inline QString describe(const QWidget *w, const QWidget *window)
{
    const QRect at(w->mapTo(window, QPoint(0, 0)), w->size());
    QString name = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                             : w->objectName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        name += QStringLiteral(" \"") + button->text() + QLatin1Char('"');
    else if (const auto *label = qobject_cast<const QLabel *>(w))
        name += QStringLiteral(" \"") + label->text().left(40) + QLatin1Char('"');
    return QStringLiteral("%1 at %2,%3 %4x%5")
        .arg(name)
        .arg(at.x())
        .arg(at.y())
        .arg(at.width())
        .arg(at.height());
}

// Widgets whose children are their own business (and are checked by Qt, not by layouts here).
inline bool isComposite(const QWidget *w)
{
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QLineEdit *>(w)
        || (qobject_cast<const QAbstractScrollArea *>(w) && w->layout() == nullptr);
}

// True when `w` is inside a scroll area's viewport (it may be clipped) or inside a composite.
inline bool isExempt(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (isComposite(p))
            return true;
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget())) {
            if (area->viewport() == p)
                return true;
        }
    }
    return false;
}

inline bool isControl(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w);
}

inline QStringList problems(QWidget *window)
{
    QStringList out;
    QList<QWidget *> shown;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->isWindow() || !w->isVisibleTo(window) || isExempt(w, window))
            continue;
        shown.append(w);
    }
    for (int i = 0; i < shown.size(); ++i) {
        QWidget *w = shown.at(i);
        QWidget *parent = w->parentWidget();
        if (!QRect(QPoint(0, 0), parent->size()).contains(w->geometry()))
            out << QStringLiteral("%1 is cut off by its parent %2")
                       .arg(describe(w, window), describe(parent, window));
        if (isControl(w)) {
            const QSize min = w->minimumSizeHint();
            if (w->height() < min.height() || w->width() < min.width())
                out << QStringLiteral("%1 is squeezed below its minimum %2x%3")
                           .arg(describe(w, window))
                           .arg(min.width())
                           .arg(min.height());
        }
        if (const auto *label = qobject_cast<const QLabel *>(w)) {
            if (label->wordWrap() && !label->text().isEmpty()
                && label->height() < label->heightForWidth(label->width()))
                out << QStringLiteral("%1 needs %2 px of height for its text")
                           .arg(describe(w, window))
                           .arg(label->heightForWidth(label->width()));
        }
        for (int j = i + 1; j < shown.size(); ++j) {
            QWidget *other = shown.at(j);
            if (other->parentWidget() != parent)
                continue;
            const QRect overlap = w->geometry().intersected(other->geometry());
            if (!overlap.isEmpty())
                out << QStringLiteral("%1 overlaps %2")
                           .arg(describe(w, window), describe(other, window));
        }
    }
    return out;
}

} // namespace LayoutCheck
