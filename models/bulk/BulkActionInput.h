#pragma once

#include "api/Level.h"
#include "models/bulk/BulkAction.h"
#include "models/regions/BillToOption.h"

#include <QString>
#include <optional>

// What the bulk dialog's editor holds: the kind chosen, the text typed and the choices made.
struct BulkActionInput
{
    BulkAction::Kind kind = BulkAction::Kind::AddTags;
    // Tags or property names ("qc, pilot"), pairs ("key=value, ..."), flags
    // ("protected=true, ..."), a member, or a folder.
    QString text;
    Level level = Level::None; // Invite, SetMemberLevel
    BillToOption billTo; // ChangeBillTo
    bool recurse = true; // ArchiveFolder
};

// The action the input describes, or nothing with the reason in *error, naming the word at
// fault ("Unknown flag \"x\"; flags are ...", "protected is true or false.") or the rule the
// action breaks (BulkAction::validationError).
std::optional<BulkAction> parseBulkAction(const BulkActionInput &input, QString *error = nullptr);
