#pragma once

#include <QIcon>
#include <optional>

// Small icons for the project flags, drawn in code so that they need no image plugin and
// scale with the font: protected (padlock), restricted (no entry), download restricted
// (crossed-out download) and containsPHI (medical cross).
namespace FlagIcons {
enum class Flag { Protected, Restricted, DownloadRestricted, ContainsPHI };
QIcon icon(Flag flag);
void paint(QPainter *painter, const QRectF &rect, Flag flag);
// The flag a project table column shows (ProjectColumns::Protected...), if any.
std::optional<Flag> ofColumn(int column);
} // namespace FlagIcons
