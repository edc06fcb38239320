#include "RequestPreview.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

RequestPreview::RequestPreview(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_body(new QWidget(this))
    , m_text(new QPlainTextEdit(m_body))
    , m_copy(new QPushButton(tr("Copy"), m_body))
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

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_text);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copy);
    bodyLayout->addLayout(buttons);
    m_body->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body);

    connect(m_toggle, &QToolButton::toggled, this, &RequestPreview::setExpanded);
    connect(m_copy, &QPushButton::clicked, this, &RequestPreview::copy);
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
    QStringList parts;
    for (const PreviewRequest &r : requests)
        parts << format(r.route, r.body);
    const QString text = parts.join(QStringLiteral("\n\n"));
    if (text != m_text->toPlainText())
        m_text->setPlainText(text);
    m_copy->setEnabled(!requests.isEmpty());
}

void RequestPreview::setPlaceholder(const QString &text)
{
    m_text->setPlainText(text);
    m_copy->setEnabled(false);
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

void RequestPreview::copy()
{
    const QString t = text();
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(t);
    Q_EMIT copied(t);
}
