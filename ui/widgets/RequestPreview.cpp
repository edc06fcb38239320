#include "ui/widgets/RequestPreview.h"

#include "models/common/CommandLine.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtMath>

RequestPreview::RequestPreview(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_body(new QWidget(this))
    , m_text(new QPlainTextEdit(m_body))
    , m_copy(new QPushButton(tr("Copy request"), m_body))
    , m_command(new QPlainTextEdit(m_body))
    , m_copyCommand(new QPushButton(tr("Cop&y as command"), m_body))
{
    setObjectName(QStringLiteral("requestPreview"));
    m_toggle->setObjectName(QStringLiteral("requestPreviewToggle"));
    m_text->setObjectName(QStringLiteral("requestPreviewText"));
    m_copy->setObjectName(QStringLiteral("requestPreviewCopy"));

    m_toggle->setText(tr("Show request"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolTip(tr("The exact request this form will send to the server"));

    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMinimumHeight(120);
    m_text->setAccessibleName(tr("Request"));
    m_copy->setToolTip(tr("Copy the request to the clipboard"));

    m_command->setObjectName(QStringLiteral("requestPreviewCommand"));
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The whole command stays in view: long JSON wraps anywhere rather than scrolling away.
    m_command->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_command->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_command->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_command->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_command->setPlaceholderText(tr("The same call as a dx command appears here once there "
                                     "is something to send."));
    m_command->setAccessibleName(tr("Equivalent dx command"));
    m_copyCommand->setObjectName(QStringLiteral("copyCommandButton"));
    m_copyCommand->setToolTip(tr("Copy the equivalent command of the dx command-line client "
                                 "(Alt+Y)"));
    m_copyCommand->setEnabled(false);
    auto *commandLabel = new QLabel(tr("As a dx command:"), m_body);
    commandLabel->setBuddy(m_command);
    connect(m_command->document()->documentLayout(),
            &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &RequestPreview::fitCommandHeight);
    // A new width wraps the command again, which documentSizeChanged does not always say.
    m_command->installEventFilter(this);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_text);
    bodyLayout->addWidget(commandLabel);
    bodyLayout->addWidget(m_command);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_copyCommand);
    bodyLayout->addLayout(buttons);
    m_body->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body);

    connect(m_toggle, &QToolButton::toggled, this, &RequestPreview::setExpanded);
    connect(m_copy, &QPushButton::clicked, this, &RequestPreview::copy);
    connect(m_copyCommand, &QPushButton::clicked, this, &RequestPreview::copyCommand);
    fitCommandHeight();
}

QString RequestPreview::format(const QString &route, const QJsonObject &body)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Indented);
    return QStringLiteral("POST ") + route + QLatin1Char('\n') + QString::fromUtf8(json).trimmed();
}

void RequestPreview::setRequest(const QString &route, const QJsonObject &body)
{
    setRequests({ PreviewRequest { route, body } });
}

void RequestPreview::setRequests(const QList<PreviewRequest> &requests)
{
    QStringList parts, commands;
    for (const PreviewRequest &r : requests) {
        parts << format(r.route, r.body);
        commands << CommandLine::forRoute(r.route, r.body);
    }
    const QString text = parts.join(QStringLiteral("\n\n"));
    if (text != m_text->toPlainText())
        m_text->setPlainText(text);
    m_copy->setEnabled(!requests.isEmpty());
    // A route that is not "/subject/method" has no command: then none rather than some.
    setCommand(commands.contains(QString()) ? QString() : commands.join(QLatin1Char('\n')));
}

void RequestPreview::setPlaceholder(const QString &text)
{
    m_text->setPlainText(text);
    m_copy->setEnabled(false);
    setCommand(QString());
}

void RequestPreview::setCommand(const QString &command)
{
    if (command != m_command->toPlainText())
        m_command->setPlainText(command);
    m_copyCommand->setEnabled(!command.isEmpty());
}

QString RequestPreview::commandText() const
{
    return m_command->toPlainText();
}

// As tall as the wrapped command(s), from one line up to six; past that it scrolls.
void RequestPreview::fitCommandHeight()
{
    const qreal lines = m_command->document()->documentLayout()->documentSize().height();
    const int maxLines = 6;
    const int shown = qBound(1, qCeil(lines), maxLines);
    m_command->setVerticalScrollBarPolicy(lines > maxLines ? Qt::ScrollBarAsNeeded
                                                           : Qt::ScrollBarAlwaysOff);
    const QMargins margins = m_command->contentsMargins(); // the frame included
    const int height = shown * m_command->fontMetrics().lineSpacing()
        + 2 * qCeil(m_command->document()->documentMargin()) + margins.top() + margins.bottom();
    if (m_command->height() != height)
        m_command->setFixedHeight(height);
}

QString RequestPreview::text() const
{
    return m_text->toPlainText();
}

bool RequestPreview::isExpanded() const
{
    return m_toggle->isChecked();
}

void RequestPreview::setExpanded(bool expanded)
{
    if (m_toggle->isChecked() != expanded)
        m_toggle->setChecked(expanded); // comes back here through toggled()
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setText(expanded ? tr("Hide request") : tr("Show request"));
    m_body->setVisible(expanded);
}

bool RequestPreview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_command && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &RequestPreview::fitCommandHeight, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void RequestPreview::copyCommand()
{
    const QString command = commandText();
    if (command.isEmpty())
        return;
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(command);
    Q_EMIT commandCopied(command);
}

void RequestPreview::copy()
{
    const QString t = text();
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(t);
    Q_EMIT copied(t);
}
