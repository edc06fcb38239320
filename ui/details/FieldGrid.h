#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

class QGridLayout;
class QLabel;

// Caption/value rows for a detail page. A row stays hidden until the page gives it a value, so
// a field the server did not return is never shown as empty or zero. Values are selectable by
// mouse and keyboard. Object names: "<prefix>_<key>" for the value, "<prefix>_<key>_caption"
// for the caption and "<prefix>_<key>_note" for the explanation under the value.
class FieldGrid : public QWidget
{
    Q_OBJECT
public:
    explicit FieldGrid(const QString &prefix, QWidget *parent = nullptr);

    // A heading for the rows declared after it; hidden while none of them is shown.
    void addSection(const QString &title);
    // Declares a row, in display order. The tooltip explains the field to a newcomer.
    void addRow(const QString &key, const QString &caption, const QString &toolTip);

    // Shows the row with this text (plain text) and an optional explanation under it.
    void setValue(const QString &key, const QString &text, const QString &note = QString());
    void hideRow(const QString &key);
    void hideAll();

    bool isRowShown(const QString &key) const;
    bool hasShownRows() const;
    QLabel *valueLabel(const QString &key) const;
    QLabel *noteLabel(const QString &key) const;

private:
    struct Row
    {
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
        QLabel *note = nullptr;
        int section = -1;
        bool shown = false;
    };

    void updateSections();

    QString m_prefix;
    QGridLayout *m_layout;
    QList<QLabel *> m_sections;
    QHash<QString, Row> m_rows;
    int m_nextRow = 0;
};
