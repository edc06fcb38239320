#include "models/common/DataSize.h"
#include "models/details/ProjectDetails.h"
#include "ui/details/DetailFormat.h"
#include "ui/details/DetailPages.h"
#include "ui/details/FieldGrid.h"

#include <QJsonObject>
#include <QLabel>
#include <QVBoxLayout>

UploadLimitsPage::UploadLimitsPage(QWidget *parent)
    : DetailPage({ QStringLiteral("uploads"), QStringLiteral("Upload limits"),
                   QStringLiteral("Uploads"),
                   QStringLiteral("Size limits for uploading files into this project") },
                 parent)
    , m_grid(new FieldGrid(QStringLiteral("uploads"), this))
{
    FieldGrid *g = m_grid;
    g->addRow(QStringLiteral("maximumFileSize"), QStringLiteral("Largest file"),
              QStringLiteral("The largest single file that can be uploaded into this project."));
    g->addRow(QStringLiteral("minimumPartSize"), QStringLiteral("Smallest part"),
              QStringLiteral("Every part except the last must be at least this large."));
    g->addRow(QStringLiteral("maximumPartSize"), QStringLiteral("Largest part"),
              QStringLiteral("No part may be larger than this."));
    g->addRow(QStringLiteral("maximumNumParts"), QStringLiteral("Most parts"),
              QStringLiteral("The most parts one file may be split into (also the highest part "
                             "number)."));
    g->addRow(QStringLiteral("emptyLastPartAllowed"), QStringLiteral("Empty last part allowed"),
              QStringLiteral("Whether the last part of a file may hold 0 bytes. It decides how "
                             "an upload tool sends an empty file."));

    m_intro = new QLabel(QStringLiteral("Files are uploaded in numbered parts, so that a "
                                        "large file can be sent in pieces and a failed piece "
                                        "sent again. Upload tools follow these limits; you "
                                        "only need them when writing your own."),
                         this);
    m_intro->setObjectName(QStringLiteral("uploads_intro"));
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_grid->setObjectName(QStringLiteral("uploads_grid"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_grid);
    layout->addStretch(1);
}

bool UploadLimitsPage::showDetails(const ProjectDetails &details)
{
    using namespace DetailFormat;
    m_grid->hideAll();
    const bool has = details.has(QStringLiteral("fileUploadParameters"));
    m_intro->setVisible(has);
    if (!has)
        return false;
    const QJsonObject p = details.value(QStringLiteral("fileUploadParameters")).toObject();
    auto present = [&](const char *key) { return p.contains(QLatin1String(key)); };
    auto number = [&](const char *key) { return toInteger(p.value(QLatin1String(key))); };

    if (present("maximumFileSize"))
        m_grid->setValue(QStringLiteral("maximumFileSize"),
                         DataSize::exact(number("maximumFileSize")));
    if (present("minimumPartSize"))
        m_grid->setValue(QStringLiteral("minimumPartSize"),
                         DataSize::exact(number("minimumPartSize")),
                         QStringLiteral("Applies to every part except the last one."));
    if (present("maximumPartSize"))
        m_grid->setValue(QStringLiteral("maximumPartSize"),
                         DataSize::exact(number("maximumPartSize")));
    if (present("maximumNumParts"))
        m_grid->setValue(QStringLiteral("maximumNumParts"), integer(number("maximumNumParts")),
                         QStringLiteral("Parts are numbered from 1 up to this number."));
    if (present("emptyLastPartAllowed")) {
        const bool allowed = p.value(QLatin1String("emptyLastPartAllowed")).toBool();
        m_grid->setValue(QStringLiteral("emptyLastPartAllowed"), yesNo(allowed),
                         allowed ? QStringLiteral("A file needs at least one part, and the last "
                                                  "may be empty: an empty file is one empty part.")
                                 : QStringLiteral("The last part must hold at least 1 byte: an "
                                                  "empty file is uploaded with no parts at all."));
    }
    return m_grid->hasShownRows();
}
