#pragma once

#include <QString>

struct SandboxOptions
{
    QString dbPath; // SQLite file; empty with memory=false: the user's data folder
    bool memory = false; // an in-memory database (tests)
    QString worldFile; // JSON world loaded into a new database; empty: built-in demo world
    int generate = 0; // extra generated projects (benchmarks)
    int unarchiveDelayMs = 5000;
};

struct SandboxUser
{
    QString id; // "user-alice"
    QString token;
};
