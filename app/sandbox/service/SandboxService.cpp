#include "app/sandbox/service/SandboxService.h"

#include "app/sandbox/service/Call.h"
#include "app/sandbox/service/Failure.h"
#include "app/sandbox/service/Input.h"
#include "app/sandbox/store/Store.h"
#include "app/sandbox/world/DemoWorld.h"
#include "app/sandbox/world/Generator.h"
#include "app/sandbox/world/World.h"
#include "app/sandbox/world/WorldLoader.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <exception>

Q_LOGGING_CATEGORY(lcService, "dxsandbox.service")

using namespace sandbox;

class SandboxService::Impl
{
public:
    explicit Impl(const SandboxOptions &o)
        : options(o)
    {
        addSystemRoutes(routes);
        addProjectRoutes(routes);
        addDescribeRoutes(routes);
        addMetadataRoutes(routes);
        addSponsorshipRoutes(routes);
        addMemberRoutes(routes);
        addTransferRoutes(routes);
        addArchiveRoutes(routes);
        addFileRoutes(routes);
        addAccountRoutes(routes);
    }

    QString databasePath() const
    {
        if (options.memory)
            return QStringLiteral(":memory:");
        if (!options.dbPath.isEmpty())
            return options.dbPath;
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        return folder + QStringLiteral("/sandbox.sqlite");
    }

    bool buildWorld(QString *error)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (options.worldFile.isEmpty()) {
            if (!WorldLoader::load(DemoWorld::json(), now, &world, error))
                return false;
        } else if (!WorldLoader::loadFile(options.worldFile, now, &world, error)) {
            return false;
        }
        world.reindexAccounts();
        QElapsedTimer timer;
        timer.start();
        Generator::addProjects(world, options.generate, random, now);
        qCInfo(lcService) << "generated" << options.generate << "projects in" << timer.restart()
                          << "ms";
        const bool saved = store.saveAll(world, error);
        qCInfo(lcService) << "stored the world in" << timer.elapsed() << "ms";
        return saved;
    }

    // Puts memory back to what the database holds, after a failed or partial write.
    void rollback()
    {
        QString error;
        if (!store.load(world, &error))
            qCCritical(lcService) << "cannot reload the world after a failed write:" << error;
    }

    static QString kindOf(const QString &subject)
    {
        if (subject == QLatin1String("system") || subject == QLatin1String("project"))
            return subject;
        const QString prefixes[]
            = { QStringLiteral("project"), QStringLiteral("user"), QStringLiteral("org") };
        for (const QString &prefix : prefixes) {
            if (subject.size() > prefix.size() + 1 && subject.startsWith(prefix)
                && subject.at(prefix.size()) == QLatin1Char('-'))
                return prefix + QStringLiteral("-*");
        }
        return QString();
    }

    ServiceReply route(const QByteArray &path, const QByteArray &authorization,
                       const QByteArray &body);

    SandboxOptions options;
    World world;
    Store store;
    RouteTable routes;
    // Seeded once from the system source: drawing every ID character from the system source
    // costs a system call each, which dominated request and generation times.
    QRandomGenerator random { QRandomGenerator::system()->generate() };
    bool opened = false;
};

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of a JSON escape backslash-u-XXXX at `at`, or -1.
int escapeAt(const QByteArray &json, qsizetype at)
{
    if (at + 6 > json.size() || json[at] != '\\' || json[at + 1] != 'u')
        return -1;
    int unit = 0;
    for (qsizetype i = at + 2; i < at + 6; ++i) {
        const int digit = hexValue(json[i]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

// The offset of an escape of a code unit D800-DFFF that is not half of a surrogate pair, or -1.
// QJsonDocument turns such an escape into a replacement character, and text the client did not send
// would be stored. Backslashes only occur inside strings in valid JSON, so no string tracking is
// needed.
qsizetype loneSurrogateAt(const QByteArray &json)
{
    for (qsizetype i = json.indexOf('\\'); i >= 0 && i < json.size(); ++i) {
        if (json[i] != '\\')
            continue;
        const int unit = escapeAt(json, i);
        if (unit < 0) {
            ++i; // an escape of another kind, such as \\ or \"
            continue;
        }
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return i;
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const int low = escapeAt(json, i + 6);
            if (low < 0xDC00 || low > 0xDFFF)
                return i;
            i += 6;
        }
        i += 5;
    }
    return -1;
}

} // namespace

static ServiceReply failureReply(const Failure &failure)
{
    ServiceReply reply;
    reply.status = failure.status();
    reply.body = failure.body();
    if (reply.status == 503)
        reply.retryAfterSeconds = 1;
    return reply;
}

ServiceReply SandboxService::Impl::route(const QByteArray &path, const QByteArray &authorization,
                                         const QByteArray &body)
{
    static const QByteArray bearer("Bearer ");
    const Account *caller = nullptr;
    if (authorization.startsWith(bearer))
        caller = world.userByToken(QString::fromUtf8(authorization.mid(bearer.size()).trimmed()));
    if (!caller)
        throw Failure { QStringLiteral("InvalidAuthentication"),
                        authorization.isEmpty()
                            ? QStringLiteral("the Authorization header is missing; send "
                                             "Authorization: Bearer <token>")
                            : QStringLiteral("the token is invalid or has expired") };

    const QString text = QString::fromUtf8(path);
    const QStringList parts = text.split(QLatin1Char('/'));
    const QString kind
        = parts.size() == 3 && parts.at(0).isEmpty() ? kindOf(parts.at(1)) : QString();
    const Handler handler = kind.isEmpty() ? nullptr : routes.find(kind, parts.at(2));
    if (!handler)
        throw Failure { QStringLiteral("ResourceNotFound"),
                        QStringLiteral("no such route: ") + input::quoted(text) };

    QJsonObject input;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        // QJsonDocument rejects a top-level scalar; wrapped in an array it parses, and then it
        // is valid JSON that is not an object (InvalidInput), not malformed JSON.
        if (parseError.error != QJsonParseError::NoError
            && QJsonDocument::fromJson('[' + body + ']').array().size() == 1)
            failInvalidInput(QStringLiteral("input: must be a JSON object (a hash)"));
        if (parseError.error != QJsonParseError::NoError)
            throw Failure { QStringLiteral("MalformedJSON"),
                            QStringLiteral("the input could not be parsed as JSON: %1 at offset %2")
                                .arg(parseError.errorString())
                                .arg(parseError.offset) };
        if (!document.isObject())
            failInvalidInput(QStringLiteral("input: must be a JSON object (a hash)"));
        input = document.object();
        const qsizetype surrogate = loneSurrogateAt(body);
        if (surrogate >= 0)
            failInvalidInput(QStringLiteral("input: a string holds a lone UTF-16 surrogate (%1) "
                                            "at offset %2; text must be valid Unicode")
                                 .arg(QString::fromLatin1(body.mid(surrogate, 6)))
                                 .arg(surrogate));
    }

    Changes changes;
    Call call {
        world, changes, options, *caller, parts.at(1), input, QDateTime::currentMSecsSinceEpoch(),
        random
    };
    QByteArray result;
    try {
        result = handler(call).json;
    } catch (...) {
        if (!changes.isEmpty())
            rollback();
        throw;
    }
    if (!changes.isEmpty()) {
        QString error;
        if (!store.commit(world, changes, &error)) {
            rollback();
            throw Failure { QStringLiteral("InternalError"),
                            QStringLiteral("the change could not be stored: ") + error };
        }
    }
    ServiceReply reply;
    reply.body = std::move(result);
    return reply;
}

SandboxService::SandboxService(const SandboxOptions &options)
    : d(std::make_unique<Impl>(options))
{ }

SandboxService::~SandboxService() = default;

bool SandboxService::open(QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const QString path = d->databasePath();
    if (!d->store.open(path, &message))
        return false;
    if (d->store.hasWorld()) {
        if (!d->store.load(d->world, &message))
            return false;
        if (d->options.generate > 0)
            qCInfo(lcService) << "existing database" << path
                              << "kept; --generate only applies "
                                 "to a new database";
    } else if (!d->buildWorld(&message)) {
        return false;
    }
    d->opened = true;
    qCInfo(lcService) << "world:" << d->world.userOrder.size() << "users,"
                      << d->world.orgOrder.size() << "orgs," << d->world.projectCount()
                      << "projects";
    return true;
}

QList<SandboxUser> SandboxService::users() const
{
    QList<SandboxUser> list;
    for (const QString &id : qAsConst(d->world.userOrder)) {
        if (const Account *user = d->world.account(id))
            list.append(SandboxUser { user->id, user->token });
    }
    return list;
}

ServiceReply SandboxService::handle(const QByteArray &path, const QByteArray &authorization,
                                    const QByteArray &body)
{
    try {
        if (!d->opened)
            return failureReply(Failure { QStringLiteral("ServiceUnavailable"),
                                          QStringLiteral("the sandbox is not open") });
        return d->route(path, authorization, body);
    } catch (const Failure &failure) {
        return failureReply(failure);
    } catch (const std::exception &e) {
        qCWarning(lcService) << "internal error on" << path << e.what();
    } catch (...) {
        qCWarning(lcService) << "internal error on" << path;
    }
    return failureReply(Failure { QStringLiteral("InternalError"),
                                  QStringLiteral("the sandbox failed to handle the request") });
}
