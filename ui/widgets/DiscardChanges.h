#pragma once

#include <QString>

class QWidget;

// Asked when a form with edits is about to close (Escape, Cancel, Close, the window's close
// button): "Discard your changes to <what>?", with "Keep editing" as the default, so that a
// stray Escape loses nothing. True when the user chose to discard. The box's objectName is
// "discardChanges" and its buttons "discard" and "keepEditing".
bool askDiscardChanges(QWidget *parent, const QString &what);
