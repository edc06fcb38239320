// Headers that nearly every translation unit includes, precompiled once per target (or once
// for all tests): parsing Qt's headers is most of the build time on two cores.
#pragma once
#ifdef __cplusplus
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVariant>
#include <functional>
#include <memory>
#endif
