#include "models/bulk/BulkActionInput.h"

#include "models/projects/ProjectFlags.h"

#include <QCoreApplication>
#include <QMap>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BulkActionInput", text);
}

// Comma-separated words, trimmed; empty words are kept so that validation can name them.
QStringList splitList(const QString &text)
{
    QStringList out;
    if (text.trimmed().isEmpty())
        return out;
    for (const QString &part : text.split(QLatin1Char(',')))
        out << part.trimmed();
    return out;
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

// "name=value" words as pairs; false (with the word at fault) when one has no name.
bool splitPairs(const QStringList &words, QMap<QString, QString> *pairs, QString *error)
{
    for (const QString &w : words) {
        const int eq = int(w.indexOf(QLatin1Char('=')));
        if (eq <= 0)
            return fail(error, tr("Write each one as name=value: \"%1\".").arg(w));
        pairs->insert(w.left(eq).trimmed(), w.mid(eq + 1).trimmed());
    }
    return true;
}

bool toFlags(const QMap<QString, QString> &pairs, QMap<QString, bool> *flags, QString *error)
{
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        if (!ProjectFlags::find(it.key()))
            return fail(error,
                        tr("Unknown flag \"%1\"; flags are %2.")
                            .arg(it.key(), ProjectFlags::keys().join(QStringLiteral(", "))));
        if (it.value() != QLatin1String("true") && it.value() != QLatin1String("false"))
            return fail(error, tr("%1 is true or false.").arg(it.key()));
        flags->insert(it.key(), it.value() == QLatin1String("true"));
    }
    return true;
}

std::optional<BulkAction> build(const BulkActionInput &input, QString *error)
{
    const QStringList words = splitList(input.text);
    switch (input.kind) {
    case BulkAction::Kind::AddTags:
        return BulkAction::addTags(words);
    case BulkAction::Kind::RemoveTags:
        return BulkAction::removeTags(words);
    case BulkAction::Kind::UnsetProperties:
        return BulkAction::unsetProperties(words);
    case BulkAction::Kind::SetProperties: {
        QMap<QString, QString> pairs;
        if (!splitPairs(words, &pairs, error))
            return std::nullopt;
        return BulkAction::setProperties(pairs);
    }
    case BulkAction::Kind::SetFlags: {
        QMap<QString, QString> pairs;
        QMap<QString, bool> flags;
        if (!splitPairs(words, &pairs, error) || !toFlags(pairs, &flags, error))
            return std::nullopt;
        return BulkAction::setFlags(flags);
    }
    case BulkAction::Kind::Invite:
        return BulkAction::invite(input.text.trimmed(), input.level);
    case BulkAction::Kind::SetMemberLevel:
        return BulkAction::setMemberLevel(input.text.trimmed(), input.level);
    case BulkAction::Kind::ChangeBillTo:
        return BulkAction::changeBillTo(input.billTo);
    case BulkAction::Kind::ArchiveFolder:
        return BulkAction::archiveFolder(input.text.trimmed(), input.recurse);
    }
    return std::nullopt;
}
} // namespace

std::optional<BulkAction> parseBulkAction(const BulkActionInput &input, QString *error)
{
    std::optional<BulkAction> action = build(input, error);
    if (!action)
        return std::nullopt;
    const QString why = action->validationError();
    if (!why.isEmpty()) {
        fail(error, why);
        return std::nullopt;
    }
    return action;
}
