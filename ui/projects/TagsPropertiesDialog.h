#pragma once

#include <QDialog>
#include <QJsonObject>

class ApiClient;
class FieldErrorLabel;
class PropertiesTable;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class RequestPreview;
class TagsPropertiesForm;

// "Tags and properties": add and remove tags, edit properties as a key/value table, see the
// diff and the exact calls before applying; "Remove all properties" describes the project first
// and nulls every key. The work is TagsPropertiesForm's.
class TagsPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    void reject() override; // asks before edits are lost
    // describe: the project's describe result with "id", "tags" and "properties".
    TagsPropertiesDialog(ApiClient *client, const QJsonObject &describe, QWidget *parent = nullptr);
    ~TagsPropertiesDialog() override;

    TagsPropertiesForm *form() const { return m_form; }

Q_SIGNALS:
    void projectChanged(const QString &projectId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addTag();
    void refresh();
    void loadFromForm();

    TagsPropertiesForm *m_form;
    QListWidget *m_tagList;
    QLineEdit *m_newTag;
    QPushButton *m_addTag;
    QPushButton *m_removeTag;
    FieldErrorLabel *m_tagError;
    PropertiesTable *m_properties;
    FieldErrorLabel *m_propertiesError;
    QPushButton *m_removeAll;
    QLabel *m_diff;
    RequestPreview *m_preview;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QMetaObject::Connection m_focusWatch; // leaving the properties table
};
