#pragma once

#include "ui/details/DetailPage.h"

class QPlainTextEdit;
class QPushButton;

// The whole describe result as the server sent it, indented, with a button that copies it.
class RawJsonPage : public DetailPage
{
    Q_OBJECT
public:
    explicit RawJsonPage(QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("json"); }
    QString title() const override { return QStringLiteral("Raw JSON"); }
    QString shortTitle() const override { return QStringLiteral("JSON"); }
    QString toolTip() const override;
    bool wantsScrollArea() const override { return false; }
    void showDetails(const ProjectDetails &details) override;
    bool hasContent() const override;

    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *copyButton() const { return m_copy; }

private:
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
};
