#include "analysis/model.hpp"

#include <cctype>

namespace bb::analysis {

bool is_iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  const int month = std::stoi(s.substr(5, 2));
  const int day = std::stoi(s.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

namespace {
bool valid_period(const Period& p) {
  return (!p.from || is_iso_date(*p.from)) && (!p.until || is_iso_date(*p.until));
}
}  // namespace

Result<void> validate(const Region& region) {
  const int orgs = static_cast<int>(region.organisations.size());
  const int nets = static_cast<int>(region.networks.size());
  for (const auto& m : region.memberships) {
    if (m.organisation < 0 || m.organisation >= orgs || m.network < 0 || m.network >= nets)
      return Error::invalid("analysis.membership_out_of_range");
    if (!valid_period(m.period)) return Error::invalid("analysis.invalid_date");
  }
  for (const auto& t : region.ties) {
    if (t.a < 0 || t.a >= orgs || t.b < 0 || t.b >= orgs) return Error::invalid("analysis.tie_out_of_range");
    if (t.a == t.b) return Error::invalid("analysis.self_tie");
    if (!(t.intensity > 0)) return Error::invalid("analysis.tie_intensity_not_positive");
    if (!valid_period(t.period)) return Error::invalid("analysis.invalid_date");
  }
  return success();
}

}  // namespace bb::analysis
