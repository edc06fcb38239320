#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QToolButton;

// One request a form will send: "/project-xxxx/update" and its JSON body.
struct PreviewRequest
{
    QString route;
    QJsonObject body;
};

// A collapsible "Show request" section: the exact request(s) a form will send, as
// "POST /route" and the indented JSON body, updated by the form on every edit, with a Copy
// button; under it the same call(s) as commands of the `dx` command-line client (one a line,
// CommandLine::forRoute) with "Copy as command". Collapsed by default so that it does not crowd
// the form.
class RequestPreview : public QWidget
{
    Q_OBJECT
public:
    explicit RequestPreview(QWidget *parent = nullptr);

    void setRequest(const QString &route, const QJsonObject &body);
    // Forms that send several calls (addTags, removeTags, setProperties) show them in order.
    void setRequests(const QList<PreviewRequest> &requests);
    // Shown instead when there is nothing to send yet (e.g. no change, or invalid input).
    void setPlaceholder(const QString &text);

    QString text() const;
    bool isExpanded() const;
    void setExpanded(bool expanded);

    QToolButton *toggleButton() const { return m_toggle; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *copyCommandButton() const { return m_copyCommand; }
    QPlainTextEdit *commandEdit() const { return m_command; }
    // The dx command(s) for the requests shown; empty while a placeholder is shown.
    QString commandText() const;

    // "POST /route\n{...}" for one request.
    static QString format(const QString &route, const QJsonObject &body);

Q_SIGNALS:
    void copied(const QString &text);
    void commandCopied(const QString &command);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void copy();
    void copyCommand();
    void setCommand(const QString &command);
    void fitCommandHeight();

    QToolButton *m_toggle;
    QWidget *m_body;
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
    QPlainTextEdit *m_command;
    QPushButton *m_copyCommand;
};
