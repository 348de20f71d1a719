#include "matching/validate.hpp"

#include <string>
#include <unordered_set>

namespace bb::matching {
namespace {

Error invalid(const std::string& field, const std::string& problem) {
  return Error::invalid(field + ": " + problem, {{field, problem}});
}

std::string quoted(const std::string& id) { return "\"" + id + "\""; }

Result<void> check_window(const std::optional<Window>& present, int slots, const std::string& field,
                          const std::string& who) {
  if (!present) return success();
  if (present->first < 0 || present->last >= slots) {
    return invalid(field, "slots must lie in [0, " + std::to_string(slots - 1) + "] (" + who + ")");
  }
  if (present->first > present->last) {
    return invalid(field, "first slot " + std::to_string(present->first) + " is after last slot " +
                              std::to_string(present->last) + " (" + who + ")");
  }
  return success();
}

}  // namespace

Window window_or_all(const std::optional<Window>& present, int slots) {
  return present ? *present : Window{0, slots - 1};
}

Result<void> validate(const Instance& instance) {
  const int slots = instance.slots;
  if (slots < 1 || slots > kMaxSlots) {
    return invalid("slots", "must be between 1 and " + std::to_string(kMaxSlots));
  }
  std::unordered_set<std::string> ids;
  for (std::size_t i = 0; i < instance.youths.size(); ++i) {
    const Youth& y = instance.youths[i];
    const std::string field = "youths[" + std::to_string(i) + "]";
    const std::string who = "youth " + quoted(y.id);
    if (y.id.empty()) return invalid(field + ".id", "must not be empty");
    if (!ids.insert(y.id).second) return invalid(field + ".id", "duplicate youth id " + quoted(y.id));
    if (y.max_talks < 0 || y.max_talks > slots) {
      return invalid(field + ".max_talks", "must be between 0 and slots=" + std::to_string(slots) + " (" + who + ")");
    }
    if (y.guaranteed_min < 0 || y.guaranteed_min > y.max_talks) {
      return invalid(field + ".guaranteed_min", "must be between 0 and max_talks=" + std::to_string(y.max_talks) +
                                                    " (" + who + ")");
    }
    if (auto r = check_window(y.present, slots, field + ".present", who); !r) return r;
  }
  ids.clear();
  for (std::size_t i = 0; i < instance.companies.size(); ++i) {
    const Company& c = instance.companies[i];
    const std::string field = "companies[" + std::to_string(i) + "]";
    const std::string who = "company " + quoted(c.id);
    if (c.id.empty()) return invalid(field + ".id", "must not be empty");
    if (!ids.insert(c.id).second) return invalid(field + ".id", "duplicate company id " + quoted(c.id));
    if (c.tables < 0 || c.tables > kMaxTables) {
      return invalid(field + ".tables", "must be between 0 and " + std::to_string(kMaxTables) + " (" + who + ")");
    }
    if (auto r = check_window(c.present, slots, field + ".present", who); !r) return r;
  }
  const auto num_youths = static_cast<long long>(instance.youths.size());
  const auto num_companies = static_cast<long long>(instance.companies.size());
  std::unordered_set<long long> seen;
  seen.reserve(instance.pairs.size());
  for (std::size_t i = 0; i < instance.pairs.size(); ++i) {
    const Pair& p = instance.pairs[i];
    const std::string field = "pairs[" + std::to_string(i) + "]";
    if (p.youth < 0 || p.youth >= num_youths) return invalid(field + ".youth", "unknown youth");
    if (p.company < 0 || p.company >= num_companies) return invalid(field + ".company", "unknown company");
    const std::string who = "youth " + quoted(instance.youths[static_cast<std::size_t>(p.youth)].id) +
                            ", company " + quoted(instance.companies[static_cast<std::size_t>(p.company)].id);
    if (p.score < -kMaxAbsScore || p.score > kMaxAbsScore) {
      return invalid(field + ".score", "must be between " + std::to_string(-kMaxAbsScore) + " and " +
                                           std::to_string(kMaxAbsScore) + " (" + who + ")");
    }
    if (!seen.insert(static_cast<long long>(p.youth) * num_companies + p.company).second) {
      return invalid(field, "pair listed twice (" + who + ")");
    }
  }
  return success();
}

}  // namespace bb::matching
