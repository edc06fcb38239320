#pragma once

#include "api/ApiClient.h"
#include "models/browser/ProjectListModel.h"
#include "tests/browser/FakeProjectServer.h"

#include <QAbstractItemModelTester>
#include <memory>

// A signed-in ProjectListModel in front of a FakeProjectServer, for the browser model tests.
// A test fills the server first, then calls serve().
struct ProjectListRig
{
    FakeNetworkAccessManager nam;
    FakeProjectServer server;
    ApiClient client { &nam, QUrl(QStringLiteral("http://fake")) };
    ProjectListModel model { &client };
    std::unique_ptr<QAbstractItemModelTester> tester;

    ProjectListRig() { client.setToken(QStringLiteral("token")); }

    // Puts the server behind the network manager and attaches the model tester. The tester
    // calls fetchMore() after every change, like a view that always wants more rows.
    void serve()
    {
        server.install(&nam);
        tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
};
