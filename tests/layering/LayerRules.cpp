#include "tests/layering/LayerRules.h"

#include <QDir>
#include <QRegularExpression>

namespace {

QSet<QString> classHeaders(const QString &folder)
{
    QSet<QString> names;
    const QStringList entries = QDir(folder).entryList(QDir::Files);
    for (const QString &entry : entries) {
        if (entry.size() > 1 && entry.at(0) == u'Q' && entry.at(1).isUpper()
            && !entry.contains(u'.'))
            names.insert(entry);
    }
    return names;
}

// The Qt module an angled include belongs to: "Widgets" for <QDialog> or <QtWidgets/QDialog>.
QString qtModuleOf(const QString &name, const QtModuleHeaders &qt)
{
    const QString base = name.section(u'/', -1);
    const QString prefix = name.contains(u'/') ? name.section(u'/', 0, 0) : QString();
    if (prefix == u"QtWidgets" || (prefix.isEmpty() && qt.widgets.contains(base)))
        return QStringLiteral("Widgets");
    if (prefix == u"QtNetwork" || (prefix.isEmpty() && qt.network.contains(base)))
        return QStringLiteral("Network");
    if (prefix == u"QtSql" || (prefix.isEmpty() && qt.sql.contains(base)))
        return QStringLiteral("Sql");
    if (prefix == u"QtGui" || (prefix.isEmpty() && qt.gui.contains(base)))
        return QStringLiteral("Gui");
    return {};
}

struct Rule
{
    QString layer; // folder prefix of the files it governs
    QStringList allowedProject; // project include prefixes it may use
    QStringList deniedProject; // exceptions inside the allowed ones
    QStringList deniedQt; // Qt modules it must not include
    QString why;
};

const QList<Rule> &rules()
{
    static const QList<Rule> list = {
        { QStringLiteral("api/"),
          { QStringLiteral("api/") },
          {},
          { QStringLiteral("Widgets"), QStringLiteral("Sql"), QStringLiteral("Gui") },
          QStringLiteral("the API client knows no model, widget or storage") },
        { QStringLiteral("models/"),
          { QStringLiteral("models/"), QStringLiteral("api/") },
          {},
          { QStringLiteral("Widgets"), QStringLiteral("Network") },
          QStringLiteral("models know no widget and make no request but through api/") },
        { QStringLiteral("platform/"),
          { QStringLiteral("platform/"), QStringLiteral("models/"), QStringLiteral("api/") },
          {},
          { QStringLiteral("Widgets") },
          QStringLiteral("platform adapters implement model interfaces") },
        { QStringLiteral("ui/"),
          { QStringLiteral("ui/"), QStringLiteral("models/"), QStringLiteral("api/") },
          { QStringLiteral("api/ApiClient.h"), QStringLiteral("api/ApiCall.h"),
            QStringLiteral("api/ProjectApi.h"), QStringLiteral("api/ApiReplyParser.h") },
          { QStringLiteral("Network"), QStringLiteral("Sql") },
          QStringLiteral("widgets make no request and keep no store; models do") },
        { QStringLiteral("app/sandbox/"),
          { QStringLiteral("app/sandbox/") },
          {},
          { QStringLiteral("Widgets"), QStringLiteral("Gui") },
          QStringLiteral("the sandbox depends on nothing of the console") },
        { QStringLiteral("app/console/"),
          { QStringLiteral("app/"), QStringLiteral("ui/"), QStringLiteral("models/"),
            QStringLiteral("api/"), QStringLiteral("platform/") },
          { QStringLiteral("app/sandbox/http/"), QStringLiteral("app/sandbox/routes/"),
            QStringLiteral("app/sandbox/store/") },
          {},
          QStringLiteral("the console starts the sandbox through its host, nothing deeper") },
    };
    return list;
}

} // namespace

QtModuleHeaders QtModuleHeaders::fromFolders(const QString &widgets, const QString &network,
                                             const QString &sql, const QString &gui)
{
    return { classHeaders(widgets), classHeaders(network), classHeaders(sql), classHeaders(gui) };
}

QList<IncludeLine> includesOf(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"));
    QList<IncludeLine> result;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = re.match(lines.at(i));
        if (m.hasMatch())
            result.append({ i + 1, m.captured(2), m.captured(1) == u"<" });
    }
    return result;
}

QStringList layerViolations(const QString &path, const QString &text, const QtModuleHeaders &qt)
{
    const Rule *rule = nullptr;
    for (const Rule &r : rules()) {
        if (path.startsWith(r.layer))
            rule = &r;
    }
    QStringList problems;
    const QList<IncludeLine> includes = includesOf(text);
    for (const IncludeLine &inc : includes) {
        const QString where = path + u':' + QString::number(inc.line) + u": ";
        if (!inc.angled) {
            const bool generated = inc.name.endsWith(u".moc") || inc.name.startsWith(u"moc_")
                || inc.name.startsWith(u"ui_");
            if (!generated && !inc.name.contains(u'/'))
                problems.append(where + u"\"" + inc.name
                                + u"\" is a bare include; name it from the repository root");
        }
        if (!rule)
            continue;
        if (inc.angled) {
            const QString module = qtModuleOf(inc.name, qt);
            if (!module.isEmpty() && rule->deniedQt.contains(module))
                problems.append(where + u'<' + inc.name + u"> is Qt " + module + u": " + rule->why);
            continue;
        }
        if (!inc.name.contains(u'/') || inc.name.endsWith(u".moc"))
            continue;
        bool allowed = false;
        for (const QString &prefix : rule->allowedProject)
            allowed = allowed || inc.name.startsWith(prefix);
        for (const QString &prefix : rule->deniedProject)
            allowed = allowed && !inc.name.startsWith(prefix);
        if (!allowed)
            problems.append(where + u"\"" + inc.name + u"\" reaches outside " + rule->layer + u": "
                            + rule->why);
    }
    return problems;
}
