#pragma once

#include <QLabel>

// The red sentence beside a form field that says why its value cannot be sent. Hidden while
// empty so that a valid form takes no room for it, unless it reserves its line.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT
public:
    // objectName: e.g. "nameError", so that tests find it.
    explicit FieldErrorLabel(const QString &objectName, QWidget *parent = nullptr);

    void setError(const QString &message); // empty hides it
    void clearError() { setError({}); }
    bool hasError() const { return !text().isEmpty(); }
    // Keeps one line's room while empty, so that the fields below do not move when an error
    // appears or goes (the next click lands where the user aimed).
    void setReservesSpace(bool reserve);
    QSize sizeHint() const override;

private:
    bool m_reserve = false;
};
