#include "domain/speeddating.hpp"

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace bb::domain {

namespace {
bool is_hh_mm(std::string_view t) {
  if (t.size() != 5 || t[2] != ':') return false;
  for (std::size_t i : {0u, 1u, 3u, 4u})
    if (t[i] < '0' || t[i] > '9') return false;
  return (t[0] - '0') * 10 + (t[1] - '0') < 24 && (t[3] - '0') * 10 + (t[4] - '0') < 60;
}

}  // namespace

int SpeeddatingSettings::slots() const {
  return std::accumulate(blocks.begin(), blocks.end(), 0);
}

std::string SpeeddatingSettings::slot_start(int slot) const {
  int minutes = 0;
  if (is_hh_mm(start_time)) minutes = std::stoi(start_time.substr(0, 2)) * 60 + std::stoi(start_time.substr(3, 2));
  int before = 0;  // slots in earlier blocks
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (slot < before + blocks[b]) break;
    before += blocks[b];
    minutes += blocks[b] * slot_minutes + break_minutes;
  }
  minutes += (slot - before) * slot_minutes;
  char out[8];
  std::snprintf(out, sizeof out, "%02d:%02d", (minutes / 60) % 24, minutes % 60);
  return out;
}

std::string_view to_string(PreferenceKind kind) {
  switch (kind) {
    case PreferenceKind::youth_wish: return "youth_wish";
    case PreferenceKind::company_wish: return "company_wish";
    case PreferenceKind::excluded: return "excluded";
  }
  return "youth_wish";
}

std::optional<PreferenceKind> parse_preference_kind(std::string_view text) {
  for (auto k : {PreferenceKind::youth_wish, PreferenceKind::company_wish, PreferenceKind::excluded})
    if (to_string(k) == text) return k;
  return std::nullopt;
}

namespace {
bool intersects(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}
}  // namespace

PairFacts pair_facts(const SpeeddatingYouth& y, const SpeeddatingCompany& c,
                     const std::vector<SpeeddatingPreference>& preferences_of_pair) {
  PairFacts f;
  f.occupation_match = intersects(y.occupations, c.occupations);
  f.shared_language = intersects(y.languages, c.languages);
  f.same_municipality = y.municipality_id && c.municipality_id && *y.municipality_id == *c.municipality_id;
  for (const auto& p : preferences_of_pair) {
    if (p.kind == PreferenceKind::excluded) f.excluded = true;
    else ++f.wishes;
  }
  return f;
}

std::optional<std::int64_t> pair_score(const PairFacts& f, const SpeeddatingWeights& w) {
  if (f.excluded || (!f.occupation_match && f.wishes == 0)) return std::nullopt;
  return std::int64_t{w.occupation} * (f.occupation_match ? 1 : 0) + std::int64_t{w.wish} * f.wishes +
         std::int64_t{w.language} * (f.shared_language ? 1 : 0) +
         std::int64_t{w.distance} * (f.same_municipality ? 1 : 0);
}

namespace {
void check_window(FieldErrors& errors, const std::optional<int>& first, const std::optional<int>& last, int slots) {
  if (first && (*first < 0 || *first >= slots)) errors["first_slot"] = "speeddating.error.slot_range";
  if (last && (*last < 0 || *last >= slots)) errors["last_slot"] = "speeddating.error.slot_range";
  if (first && last && *first > *last && !errors.count("last_slot")) errors["last_slot"] = "speeddating.error.window";
}

void check_occupations(FieldErrors& errors, const std::vector<std::string>& occupations) {
  for (const auto& o : occupations)
    if (!occupation_name(o)) errors["occupations"] = "speeddating.error.occupation";
}
}  // namespace

FieldErrors validate(const SpeeddatingSettings& s) {
  FieldErrors errors;
  if (!is_hh_mm(s.start_time)) errors["start_time"] = "speeddating.error.time";
  if (s.slot_minutes < 3 || s.slot_minutes > 60) errors["slot_minutes"] = "speeddating.error.slot_minutes";
  if (s.blocks.empty() || s.blocks.size() > 10 ||
      std::any_of(s.blocks.begin(), s.blocks.end(), [](int b) { return b < 1 || b > 40; }))
    errors["blocks"] = "speeddating.error.blocks";
  if (s.break_minutes < 0 || s.break_minutes > 120) errors["break_minutes"] = "speeddating.error.break_minutes";
  if (s.guaranteed_min < 0 || s.guaranteed_min > 20) errors["guaranteed_min"] = "speeddating.error.guaranteed_min";
  const auto weight = [&](const char* field, int v) {
    if (v < 0 || v > 1000) errors[field] = "speeddating.error.weight";
  };
  weight("weight_occupation", s.weights.occupation);
  weight("weight_wish", s.weights.wish);
  weight("weight_language", s.weights.language);
  weight("weight_distance", s.weights.distance);
  return errors;
}

FieldErrors validate(const SpeeddatingYouth& y, int slots) {
  FieldErrors errors;
  if (y.name.empty() || y.name.size() > 200) errors["name"] = "speeddating.error.name";
  if (y.school.size() > 200) errors["school"] = "speeddating.error.too_long";
  if (y.occupations.empty()) errors["occupations"] = "speeddating.error.occupations_required";
  check_occupations(errors, y.occupations);
  if (y.max_talks < 1 || y.max_talks > 40) errors["max_talks"] = "speeddating.error.max_talks";
  check_window(errors, y.first_slot, y.last_slot, slots);
  return errors;
}

FieldErrors validate(const SpeeddatingCompany& c, int slots) {
  FieldErrors errors;
  if (c.name.empty() || c.name.size() > 200) errors["name"] = "speeddating.error.name";
  if (c.occupations.empty()) errors["occupations"] = "speeddating.error.occupations_required";
  check_occupations(errors, c.occupations);
  if (c.places < 0 || c.places > 1000) errors["places"] = "speeddating.error.places";
  if (c.tables < 1 || c.tables > 50) errors["tables"] = "speeddating.error.tables";
  check_window(errors, c.first_slot, c.last_slot, slots);
  return errors;
}

}  // namespace bb::domain
