#pragma once
// The analysis library's input: a snapshot of a region's actors and networks, independent of how
// the register stores them. Entities refer to each other by index into the Region's vectors (the
// caller maps database ids to indices), so the algorithms never hash strings.
//
// Dates are ISO "YYYY-MM-DD" strings: they order lexicographically, which is all the analysis
// needs, and they round-trip through JSON and GraphML unchanged.

#include "core/result.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bb::analysis {

// Inclusive validity period; an absent bound is open.
struct Period {
  std::optional<std::string> from;
  std::optional<std::string> until;
  bool contains(const std::string& date) const {
    return (!from || *from <= date) && (!until || date <= *until);
  }
};

struct Organisation {
  std::string id;
  std::string type;          // e.g. "chamber", "school", "migrant_org", "service_centre"
  std::string municipality;
  std::map<std::string, std::string> attributes;  // free-form; "capacity" is read by the handover ranking
};

struct Network {
  std::string id;
  std::string focus;         // e.g. "migration", "business", "school"; keys the pair weights
};

struct Membership {
  int organisation = 0;
  int network = 0;
  Period period;
};

struct Tie {
  int a = 0;
  int b = 0;
  bool directed = false;     // a -> b; undirected ties count in both directions
  std::string kind;          // "cooperation", "referral", ...
  double intensity = 1.0;    // > 0
  Period period;
};

struct Region {
  std::vector<Organisation> organisations;
  std::vector<Network> networks;
  std::vector<Membership> memberships;
  std::vector<Tie> ties;
};

// Indices out of range, non-positive intensities, self-ties and malformed dates are invalid input.
Result<void> validate(const Region& region);

bool is_iso_date(const std::string& s);

}  // namespace bb::analysis
