#include "models/details/ProjectDetails.h"
#include "ui/details/DetailPages.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RawJsonPage::RawJsonPage(QWidget *parent)
    : DetailPage({ QStringLiteral("json"), QStringLiteral("Raw JSON"), QStringLiteral("JSON"),
                   QStringLiteral("The project's description as JSON, to copy"), false },
                 parent)
    , m_text(new QPlainTextEdit(this))
    , m_copy(new QPushButton(QStringLiteral("&Copy JSON"), this))
{
    auto *note = new QLabel(QStringLiteral("The project's description exactly as the server "
                                           "returned it, for scripts and support requests."),
                            this);
    note->setObjectName(QStringLiteral("json_note"));
    note->setWordWrap(true);

    m_text->setObjectName(QStringLiteral("json_text"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setToolTip(QStringLiteral("The describe result in JSON; select text or copy it all"));

    m_copy->setObjectName(QStringLiteral("json_copyButton"));
    m_copy->setToolTip(QStringLiteral("Copy the whole JSON to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_text->toPlainText()); });

    auto *top = new QHBoxLayout;
    top->addWidget(note, 1);
    top->addWidget(m_copy, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
}

bool RawJsonPage::showDetails(const ProjectDetails &details)
{
    const QJsonObject describe = details.describe();
    m_text->setPlainText(describe.isEmpty() ? QString()
                                            : QString::fromUtf8(QJsonDocument(describe).toJson(
                                                QJsonDocument::Indented)));
    m_copy->setEnabled(!describe.isEmpty());
    return !describe.isEmpty();
}
