#pragma once
// Internal: igraph (Debian's build) is not thread-safe, so every call into the linked libigraph
// holds this one lock (defined in metrics.cpp). Not part of the library's interface.

#include <mutex>

namespace bb::analysis {

std::mutex& igraph_global_lock();

// Replaces igraph's default error handler (which aborts the process) by one that only returns the
// error code, once per process. Every entry point into igraph calls it first.
void igraph_quiet_errors();

}  // namespace bb::analysis
