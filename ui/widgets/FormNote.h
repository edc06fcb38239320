#pragma once

#include <QLabel>

// A sentence under a form field: an error (why OK is disabled, or why the server refused), a
// warning (what the value will do) or a plain note. Hidden while it has no text, so that an
// empty note takes no room.
class FormNote : public QLabel
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Info };

    FormNote(Kind kind, const QString &objectName, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    // Shows `text`, or hides the note when it is empty (unless it reserves its line).
    void setMessage(const QString &text);
    // Keeps one line's room while empty, for an error under a field: the fields below do not
    // move when it appears or goes, so the next click lands where the user aimed.
    void setReservesSpace(bool reserve);
    QSize sizeHint() const override;

    // Makes `window` tall enough for its layout at its current width, after notes appeared:
    // top-level windows do not grow by themselves, and wrapped text would be cut off.
    static void growToFit(QWidget *window);

private:
    Kind m_kind;
    bool m_reserve = false;
};
