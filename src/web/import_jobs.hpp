#pragma once
// Import commits that run in the background (issue 3: "a long import shows its progress"): the
// commit request starts a job and answers at once with the job's address; the job page shows
// the progress (htmx polls a fragment every second; without JavaScript a reload link) and, when
// the job is done, the report.
//
// Jobs live in the memory of the process that runs them (a few per user, an hour after they
// finish at most): with several server processes behind one proxy, /import/jobs/ must reach
// the process that took the commit (see docs/DEPLOYMENT.md). The import itself is one database
// transaction either way, so a lost job page never means a half-written import.

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/result.hpp"
#include "domain/entities.hpp"
#include "services/import.hpp"

namespace bb::web {

struct ImportJobStatus {
  services::ImportKind kind = services::ImportKind::organisations;
  std::string phase;  // "" (queued), "check", "write"
  std::size_t done = 0;
  std::size_t total = 0;
  bool finished = false;
  std::optional<Result<services::ImportReport>> result;  // once finished
};

class ImportJobs {
 public:
  using Progress = std::function<void(std::string_view phase, std::size_t done, std::size_t total)>;
  using Work = std::function<Result<services::ImportReport>(const Progress&)>;

  ImportJobs() = default;
  ImportJobs(const ImportJobs&) = delete;
  ImportJobs& operator=(const ImportJobs&) = delete;
  // Waits for the jobs still running (a server stops only after its imports are done).
  ~ImportJobs();

  // Starts `work` on its own thread; returns the job's id (random, unguessable).
  std::string start(domain::Id user_id, services::ImportKind kind, std::size_t total, Work work);
  // The job's state, only for the user who started it.
  std::optional<ImportJobStatus> find(const std::string& id, domain::Id user_id) const;

 private:
  struct Job {
    domain::Id user_id = 0;
    ImportJobStatus status;
    std::chrono::steady_clock::time_point finished_at;
  };
  void prune_locked();

  mutable std::mutex mutex_;
  std::map<std::string, std::shared_ptr<Job>> jobs_;
  std::map<std::string, std::thread> threads_;  // of jobs not yet joined
};

}  // namespace bb::web
