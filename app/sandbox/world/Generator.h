#pragma once

#include <QtGlobal>

class QRandomGenerator;

namespace sandbox {

class World;

// Adds varied projects for benchmarks and paging tests: names, regions, tags, properties,
// a few files each, creation times spread over two years; the demo administrator (the world's
// first user) is a member of every one.
class Generator
{
public:
    static void addProjects(World &world, int count, QRandomGenerator &random, qint64 now);
};

} // namespace sandbox
