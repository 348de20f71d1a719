#include "matching/edits.hpp"

#include "matching/validate.hpp"

#include <map>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace bb::matching {

const char* to_string(ConflictKind kind) {
  switch (kind) {
    case ConflictKind::unknown_participant: return "unknown_participant";
    case ConflictKind::pair_not_allowed: return "pair_not_allowed";
    case ConflictKind::pair_twice: return "pair_twice";
    case ConflictKind::slot_out_of_range: return "slot_out_of_range";
    case ConflictKind::table_out_of_range: return "table_out_of_range";
    case ConflictKind::youth_double_booked: return "youth_double_booked";
    case ConflictKind::table_double_booked: return "table_double_booked";
    case ConflictKind::outside_youth_window: return "outside_youth_window";
    case ConflictKind::outside_company_window: return "outside_company_window";
    case ConflictKind::over_max_talks: return "over_max_talks";
    case ConflictKind::guarantee_unmet: return "guarantee_unmet";
  }
  return "unknown";
}

namespace {

std::string describe(const Instance& inst, const Talk& t) {
  return "youth \"" + inst.youths[static_cast<std::size_t>(t.youth)].id + "\", company \"" +
         inst.companies[static_cast<std::size_t>(t.company)].id + "\", table " + std::to_string(t.table) +
         ", slot " + std::to_string(t.slot);
}

// Reports every group of talks sharing a key (youth+slot, table+slot, pair) as one conflict.
template <typename Key>
void report_groups(const std::map<Key, std::vector<std::size_t>>& groups, ConflictKind kind, const char* what,
                   const Instance& inst, const std::vector<Talk>& talks, std::vector<Conflict>& out) {
  for (const auto& [key, members] : groups) {
    if (members.size() < 2) continue;
    const Talk& t = talks[members.front()];
    out.push_back({kind, true, members, t.youth, t.company, kind == ConflictKind::pair_twice ? -1 : t.slot,
                   std::string(what) + ": " + describe(inst, t) + " and " + std::to_string(members.size() - 1) +
                       " more"});
  }
}

}  // namespace

std::vector<Conflict> check_conflicts(const Instance& inst, const std::vector<Talk>& talks) {
  std::vector<Conflict> out;
  const auto num_youths = static_cast<int>(inst.youths.size());
  const auto num_companies = static_cast<int>(inst.companies.size());
  std::unordered_map<std::int64_t, bool> allowed;
  for (const Pair& p : inst.pairs) allowed[std::int64_t{p.youth} * num_companies + p.company] = true;

  std::map<std::pair<int, int>, std::vector<std::size_t>> youth_slot, pair_talks;
  std::map<std::tuple<int, int, int>, std::vector<std::size_t>> table_slot;
  std::vector<int> per_youth(inst.youths.size(), 0);
  for (std::size_t i = 0; i < talks.size(); ++i) {
    const Talk& t = talks[i];
    if (t.youth < 0 || t.youth >= num_youths || t.company < 0 || t.company >= num_companies) {
      out.push_back({ConflictKind::unknown_participant, true, {i}, t.youth, t.company, t.slot,
                     "talk " + std::to_string(i) + " refers to an unknown youth or company"});
      continue;
    }
    const Youth& y = inst.youths[static_cast<std::size_t>(t.youth)];
    const Company& c = inst.companies[static_cast<std::size_t>(t.company)];
    auto add = [&](ConflictKind kind, const std::string& what) {
      out.push_back({kind, true, {i}, t.youth, t.company, t.slot, what + ": " + describe(inst, t)});
    };
    if (!allowed.contains(std::int64_t{t.youth} * num_companies + t.company)) add(ConflictKind::pair_not_allowed, "pair not allowed");
    if (t.slot < 0 || t.slot >= inst.slots) add(ConflictKind::slot_out_of_range, "slot out of range");
    if (t.table < 0 || t.table >= c.tables) add(ConflictKind::table_out_of_range, "table out of range");
    if (!window_or_all(y.present, inst.slots).contains(t.slot)) add(ConflictKind::outside_youth_window, "youth not present");
    if (!window_or_all(c.present, inst.slots).contains(t.slot)) {
      add(ConflictKind::outside_company_window, "company not present");
    }
    youth_slot[{t.youth, t.slot}].push_back(i);
    table_slot[{t.company, t.table, t.slot}].push_back(i);
    pair_talks[{t.youth, t.company}].push_back(i);
    ++per_youth[static_cast<std::size_t>(t.youth)];
  }
  report_groups(youth_slot, ConflictKind::youth_double_booked, "youth in two talks at once", inst, talks, out);
  report_groups(table_slot, ConflictKind::table_double_booked, "table with two talks at once", inst, talks, out);
  report_groups(pair_talks, ConflictKind::pair_twice, "pair talks twice", inst, talks, out);
  for (std::size_t y = 0; y < inst.youths.size(); ++y) {
    const Youth& youth = inst.youths[y];
    const std::string who = "youth \"" + youth.id + "\": " + std::to_string(per_youth[y]) + " talks";
    if (per_youth[y] > youth.max_talks) {
      out.push_back({ConflictKind::over_max_talks, true, {}, static_cast<int>(y), -1, -1,
                     who + ", max_talks " + std::to_string(youth.max_talks)});
    }
    if (per_youth[y] < youth.guaranteed_min) {
      out.push_back({ConflictKind::guarantee_unmet, false, {}, static_cast<int>(y), -1, -1,
                     who + ", guaranteed_min " + std::to_string(youth.guaranteed_min)});
    }
  }
  return out;
}

Result<EditResult> move_talk(const Instance& inst, std::vector<Talk> talks, std::size_t index, int slot, int table) {
  if (index >= talks.size()) return Error::invalid("talk: index out of range", {{"talk", "out_of_range"}});
  talks[index].slot = slot;
  talks[index].table = table;
  auto conflicts = check_conflicts(inst, talks);
  return EditResult{std::move(talks), std::move(conflicts)};
}

Result<EditResult> swap_talks(const Instance& inst, std::vector<Talk> talks, std::size_t a, std::size_t b) {
  if (a >= talks.size() || b >= talks.size()) {
    return Error::invalid("talk: index out of range", {{"talk", "out_of_range"}});
  }
  std::swap(talks[a].slot, talks[b].slot);
  if (talks[a].company == talks[b].company) std::swap(talks[a].table, talks[b].table);
  auto conflicts = check_conflicts(inst, talks);
  return EditResult{std::move(talks), std::move(conflicts)};
}

}  // namespace bb::matching
