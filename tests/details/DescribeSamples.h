#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Describe results as a server sends them, for the detail pane's tests.
namespace DescribeSamples {

inline const char *fullId = "project-G4x5Ky0J8V7Qf3b2Zk1Pq9Xy";

// Every field a describe with all `fields` returns, with realistic values.
inline QJsonObject full()
{
    static const char json[] = R"({
  "id": "project-G4x5Ky0J8V7Qf3b2Zk1Pq9Xy",
  "class": "project",
  "name": "Cohort sequencing 2024",
  "summary": "Whole-genome sequencing of the 2024 cohort",
  "description": "Raw reads, alignments and variant calls for the 2024 cohort.\nAsk Alice before deleting anything.",
  "region": "aws:eu-central-1",
  "version": 42,
  "tags": ["wgs", "cohort 2024", "GRCh38"],
  "billTo": "org-genomics_lab",
  "protected": true,
  "restricted": false,
  "downloadRestricted": true,
  "previewViewerRestricted": false,
  "externalUploadRestricted": true,
  "databaseResultsRestricted": 10,
  "containsPHI": false,
  "databaseUIViewOnly": false,
  "created": 1704103200000,
  "createdBy": {"user": "user-alice", "job": "job-G4x5Ky0J8V7Qf3b2Zk1Pq9Aa", "executable": "app-G4x5Ky0J8V7Qf3b2Zk1Pq9Bb"},
  "modified": 1717236000000,
  "level": "ADMINISTER",
  "dataUsage": 1534.25,
  "defaultInstanceType": "mem2_ssd1_v2_x4",
  "sponsoredDataUsage": 12.5,
  "sponsoredUntil": 4102444800000,
  "pendingTransfer": "org-partner_institute",
  "totalSponsoredEgressBytes": 5000000000000,
  "consumedSponsoredEgressBytes": 1300000000000,
  "allowedExecutables": ["app-G4x5Ky0J8V7Qf3b2Zk1Pq9Cc", "applet-G4x5Ky0J8V7Qf3b2Zk1Pq9Dd"],
  "atSpendingLimit": false,
  "storageCost": 35.29,
  "properties": {"sequencer": "NovaSeq 6000", "batch": "B-17", "PI": "Dr. Alice Smith"},
  "permissions": {
    "user-zoe": "VIEW",
    "user-alice": "ADMINISTER",
    "PUBLIC": "VIEW",
    "org-genomics_lab": "CONTRIBUTE",
    "user-bob": "ADMINISTER",
    "user-carol": "UPLOAD"
  },
  "appCaches": {},
  "fileUploadParameters": {
    "minimumPartSize": 5242880,
    "maximumPartSize": 5368709120,
    "emptyLastPartAllowed": true,
    "maximumNumParts": 10000,
    "maximumFileSize": 5497558138880
  },
  "availableInstanceTypes": {
    "mem1_ssd1_v2_x2": {"numCores": 2, "totalMemoryMB": 3891, "ephemeralStorageGB": 38, "rank": 1,
      "os": [{"distribution": "Ubuntu", "release": "20.04"}]},
    "mem2_ssd1_v2_x4": {"numCores": 4, "totalMemoryMB": 15360, "ephemeralStorageGB": 75, "rank": 3,
      "os": [{"distribution": "Ubuntu", "release": "20.04"}, {"distribution": "Ubuntu", "release": "24.04"}]},
    "mem3_ssd1_v2_x16": {"numCores": 16, "totalMemoryMB": 126976, "ephemeralStorageGB": 300, "rank": 7,
      "os": [{"distribution": "Ubuntu", "release": "24.04"}]},
    "mem1_ssd1_v2_x36": {"numCores": 36, "totalMemoryMB": 70656, "ephemeralStorageGB": 700, "rank": 5,
      "os": [{"distribution": "Ubuntu", "release": "20.04"}]}
  },
  "objects": 18234,
  "folders": ["/", "/reads", "/alignments", "/variants"]
})";
    return QJsonDocument::fromJson(json).object();
}

inline QJsonObject minimal()
{
    return QJsonObject { { QLatin1String("id"), QLatin1String(fullId) },
                         { QLatin1String("name"), QLatin1String("Only a name") } };
}

} // namespace DescribeSamples
