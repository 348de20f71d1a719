#pragma once
// The storage boundary. A Database hands out UnitOfWork objects, each one transaction on one
// connection; services do all their reads and writes of one request through it.
// Backends: SQLite 3 (embedded default) and PostgreSQL 15 (scale-out), both through SOCI,
// chosen by the connection URL.

#include "core/result.hpp"
#include "storage/event_repositories.hpp"
#include "storage/map_layout_repository.hpp"
#include "storage/analysis_repository.hpp"
#include "storage/offer_repositories.hpp"
#include "storage/plan_repositories.hpp"
#include "storage/register_repositories.hpp"
#include "storage/repositories.hpp"
#include "storage/speeddating_repository.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace bb::storage {

enum class Backend { sqlite, postgresql };

class UnitOfWork {
 public:
  virtual ~UnitOfWork() = default;
  virtual RegionRepository& regions() = 0;
  virtual UserRepository& users() = 0;
  virtual SessionRepository& sessions() = 0;
  virtual ApiTokenRepository& api_tokens() = 0;
  virtual ThrottleRepository& throttle() = 0;
  virtual AuditRepository& audit() = 0;
  virtual SettingsRepository& settings() = 0;
  // The register (issue 3).
  virtual OrganisationRepository& organisations() = 0;
  virtual ContactRepository& contacts() = 0;
  virtual NetworkRepository& networks() = 0;
  virtual MembershipRepository& memberships() = 0;
  virtual TieRepository& ties() = 0;
  virtual TransferRepository& transfers() = 0;
  // Events (issue 7).
  virtual EventRepository& events() = 0;
  virtual RegistrationRepository& registrations() = 0;
  virtual MapLayoutRepository& map_layouts() = 0;
  // The network analysis (issue 4): a region's whole register graph in a few statements.
  virtual AnalysisRepository& analysis() = 0;
  // Offers & needs (issue 5).
  virtual OfferRepository& offers() = 0;
  virtual CriterionRepository& criteria() = 0;
  virtual AssessmentRepository& assessments() = 0;
  virtual NeedRepository& needs() = 0;
  // The action plan (issue 6).
  virtual PlanRepository& plans() = 0;
  virtual SpeeddatingRepository& speeddating() = 0;  // the speed-dating planner (issue 7)
};

using Work = std::function<Result<void>(UnitOfWork&)>;

class Database {
 public:
  virtual ~Database() = default;
  virtual Backend backend() const = 0;
  // Cheap round trip to the database (readiness probe).
  virtual Result<void> ping() = 0;
  // One write transaction: committed if `work` succeeds, rolled back if it fails or throws.
  // On SQLite, writers are serialised so that users never see "database is locked".
  virtual Result<void> write(const Work& work) = 0;
  // Reads without an explicit transaction: each statement sees the latest committed data, but
  // two statements of one read may see different commits. The hot path (session check plus one
  // record) saves the BEGIN/COMMIT round trips this way; work that needs a consistent view of
  // several statements uses write().
  virtual Result<void> read(const Work& work) = 0;

  // Convenience: run a read that produces a value.
  template <typename F>
  auto read_value(F&& f) -> decltype(f(std::declval<UnitOfWork&>())) {
    using R = decltype(f(std::declval<UnitOfWork&>()));
    std::optional<R> out;
    auto status = read([&](UnitOfWork& uow) -> Result<void> {
      out.emplace(f(uow));
      if (!out->ok()) return out->error();
      return success();
    });
    if (!status.ok() && (!out || out->ok())) return R(status.error());
    return std::move(*out);
  }
  template <typename F>
  auto write_value(F&& f) -> decltype(f(std::declval<UnitOfWork&>())) {
    using R = decltype(f(std::declval<UnitOfWork&>()));
    std::optional<R> out;
    auto status = write([&](UnitOfWork& uow) -> Result<void> {
      out.emplace(f(uow));
      if (!out->ok()) return out->error();
      return success();
    });
    if (!status.ok() && (!out || out->ok())) return R(status.error());
    return std::move(*out);
  }
};

struct OpenOptions {
  unsigned pool_size = 4;
  bool migrate = true;  // apply pending migrations while opening
};

// Parses "sqlite:PATH" or "postgresql://..." (also "postgres://..."), connects, checks the
// schema version and (if asked) migrates. Errors are specific: bad URL, unreachable server,
// unwritable file, database newer than this binary.
Result<std::unique_ptr<Database>> open_database(std::string_view url, const OpenOptions& options = {});

}  // namespace bb::storage
