#include "ui/widgets/DiscardChanges.h"

#include <QMessageBox>
#include <QPushButton>

bool askDiscardChanges(QWidget *parent, const QString &what)
{
    QMessageBox box(QMessageBox::Question, QObject::tr("Discard changes?"),
                    QObject::tr("Discard your changes to %1?").arg(what), QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("discardChanges"));
    box.setInformativeText(QObject::tr("Nothing has been sent: closing loses what you typed."));
    QPushButton *discard = box.addButton(QObject::tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discard"));
    QPushButton *keep = box.addButton(QObject::tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditing"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}
