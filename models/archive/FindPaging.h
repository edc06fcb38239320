#pragma once

class QJsonObject;

// /system/findDataObjects (and the other find routes) page with "next": the value to pass as
// "starting" for the next page, null (or absent) after the last one. The sandbox and the
// platform both send null; an empty string is treated the same so that a bad reply cannot loop.
bool hasNextPage(const QJsonObject &result);
