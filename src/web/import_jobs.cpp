#include "web/import_jobs.hpp"

#include "auth/crypto.hpp"

namespace bb::web {

namespace {
constexpr auto kKeepFinished = std::chrono::hours(1);
}

ImportJobs::~ImportJobs() {
  std::map<std::string, std::thread> threads;
  {
    std::lock_guard lock(mutex_);
    threads.swap(threads_);
  }
  for (auto& [id, t] : threads)
    if (t.joinable()) t.join();
}

std::string ImportJobs::start(domain::Id user_id, services::ImportKind kind, std::size_t total, Work work) {
  auto job = std::make_shared<Job>();
  job->user_id = user_id;
  job->status.kind = kind;
  job->status.total = total;
  const std::string id = auth::random_token(18);
  std::lock_guard lock(mutex_);
  prune_locked();
  jobs_[id] = job;
  threads_[id] = std::thread([this, job, work = std::move(work)] {
    const Progress progress = [this, job](std::string_view phase, std::size_t done, std::size_t all) {
      std::lock_guard inner(mutex_);
      job->status.phase = std::string(phase);
      job->status.done = done;
      job->status.total = all;
    };
    auto result = work(progress);
    std::lock_guard inner(mutex_);
    job->status.result.emplace(std::move(result));
    job->status.finished = true;
    job->finished_at = std::chrono::steady_clock::now();
  });
  return id;
}

std::optional<ImportJobStatus> ImportJobs::find(const std::string& id, domain::Id user_id) const {
  std::lock_guard lock(mutex_);
  const auto found = jobs_.find(id);
  if (found == jobs_.end() || found->second->user_id != user_id) return std::nullopt;
  return found->second->status;
}

void ImportJobs::prune_locked() {
  const auto now = std::chrono::steady_clock::now();
  std::erase_if(jobs_, [&](const auto& entry) {
    return entry.second->status.finished && now - entry.second->finished_at > kKeepFinished;
  });
  // Threads of finished jobs are joined here: `finished` is set under this lock as the thread's
  // last act, so the join returns at once.
  for (auto it = threads_.begin(); it != threads_.end();) {
    const auto job = jobs_.find(it->first);
    if (job == jobs_.end() || job->second->status.finished) {
      if (it->second.joinable()) it->second.join();
      it = threads_.erase(it);
    } else {
      ++it;
    }
  }
}

}  // namespace bb::web
