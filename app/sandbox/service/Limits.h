#pragma once

#include <QtGlobal>

// What a client may store in the sandbox (documented in app/sandbox/world/WORLD.md, "Limits").
// The DNAnexus API documentation states no sizes for these fields; the platform has limits, so
// the sandbox picks generous ones that keep every request linear and small. Lengths count
// UTF-16 code units (QString::size()).
namespace sandbox::limits {

constexpr qsizetype MaxNameLength = 1000; // project name
constexpr qsizetype MaxSummaryLength = 4096;
constexpr qsizetype MaxDescriptionLength = 64 * 1024;
constexpr qsizetype MaxTagLength = 256;
constexpr qsizetype MaxTagsPerProject = 1000; // also per request
constexpr qsizetype MaxPropertyKeyLength = 256;
constexpr qsizetype MaxPropertyValueLength = 8192;
constexpr qsizetype MaxPropertiesPerProject = 1000; // also per request
constexpr qsizetype MaxIdLength = 256; // IDs in lists (allowedExecutables)
constexpr qsizetype MaxIdsPerList = 1000;
// How much of a client's text an error message quotes.
constexpr qsizetype MaxQuotedLength = 200;

} // namespace sandbox::limits
