#include "domain/register.hpp"
#include "domain/enum_names.hpp"

#include "domain/normalise.hpp"
#include "domain/validation.hpp"

#include <algorithm>
#include <cctype>

namespace bb::domain {

namespace {


constexpr std::array<std::pair<CompanySize, std::string_view>, 4> kSizes{{{CompanySize::micro, "micro"},
                                                                          {CompanySize::small, "small"},
                                                                          {CompanySize::medium, "medium"},
                                                                          {CompanySize::large, "large"}}};
constexpr std::array<std::pair<DataBasis, std::string_view>, 2> kBases{
    {{DataBasis::consent, "consent"}, {DataBasis::legitimate_interest, "legitimate_interest"}}};
constexpr std::array<std::pair<NetworkFocus, std::string_view>, 4> kFoci{{{NetworkFocus::migration, "migration"},
                                                                          {NetworkFocus::local, "local"},
                                                                          {NetworkFocus::sector, "sector"},
                                                                          {NetworkFocus::thematic, "thematic"}}};
constexpr std::array<std::pair<NetworkStatus, std::string_view>, 3> kStatuses{
    {{NetworkStatus::active, "active"}, {NetworkStatus::dormant, "dormant"}, {NetworkStatus::ended, "ended"}}};
constexpr std::array<std::pair<MeetingRhythm, std::string_view>, 7> kRhythms{
    {{MeetingRhythm::none, "none"},
     {MeetingRhythm::weekly, "weekly"},
     {MeetingRhythm::monthly, "monthly"},
     {MeetingRhythm::quarterly, "quarterly"},
     {MeetingRhythm::half_yearly, "half_yearly"},
     {MeetingRhythm::yearly, "yearly"},
     {MeetingRhythm::irregular, "irregular"}}};
constexpr std::array<std::pair<MeetingFormat, std::string_view>, 4> kFormats{{{MeetingFormat::none, "none"},
                                                                              {MeetingFormat::in_person, "in_person"},
                                                                              {MeetingFormat::online, "online"},
                                                                              {MeetingFormat::hybrid, "hybrid"}}};
constexpr std::array<std::pair<MembershipRole, std::string_view>, 3> kRoles{
    {{MembershipRole::lead, "lead"}, {MembershipRole::member, "member"}, {MembershipRole::guest, "guest"}}};
constexpr std::array<std::pair<TieKind, std::string_view>, 4> kKinds{
    {{TieKind::agreement, "agreement"},
     {TieKind::joint_offer, "joint_offer"},
     {TieKind::information_exchange, "information_exchange"},
     {TieKind::referrals, "referrals"}}};

// Length limits count bytes of UTF-8: generous enough that no real name reaches them.
void check_text(FieldErrors& errors, const char* field, std::string_view value, std::size_t max, bool required) {
  const std::string v = trim(value);
  if (required && v.empty()) {
    errors[field] = "validation.required";
  } else if (v.size() > max) {
    errors[field] = "validation.too_long";
  }
}

void check_date(FieldErrors& errors, const char* field, const std::string& value, bool required) {
  if (value.empty()) {
    if (required) errors[field] = "validation.required";
  } else if (!is_iso_date(value)) {
    errors[field] = "validation.date";
  }
}

void check_period(FieldErrors& errors, const std::string& since, const std::string& until) {
  check_date(errors, "since", since, false);
  check_date(errors, "until", until, false);
  if (!errors.contains("since") && !errors.contains("until") && !since.empty() && !until.empty() && until < since)
    errors["until"] = "validation.date_order";
}

void check_optional(FieldErrors& errors, const char* field, const std::optional<std::string>& problem) {
  if (problem) errors[field] = *problem;
}

}  // namespace

bool is_builtin_organisation_type(std::string_view key) {
  return std::find(kBuiltinOrganisationTypes.begin(), kBuiltinOrganisationTypes.end(), key) !=
         kBuiltinOrganisationTypes.end();
}

std::string custom_type_key(std::string_view label) {
  std::string slug;
  for (char c : normalise_for_search(label)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug.push_back(c);
    } else if (c == ' ' && !slug.empty() && slug.back() != '_') {
      slug.push_back('_');
    }
  }
  while (!slug.empty() && slug.back() == '_') slug.pop_back();
  if (slug.size() > 40) slug.resize(40);
  return "custom_" + (slug.empty() ? std::string("type") : slug);
}

std::string_view to_string(CompanySize size) {
  return name_of(kSizes, size);
}
std::optional<CompanySize> parse_company_size(std::string_view text) {
  return parse_in(kSizes, text);
}
std::string_view to_string(DataBasis basis) {
  return name_of(kBases, basis);
}
std::optional<DataBasis> parse_data_basis(std::string_view text) {
  return parse_in(kBases, text);
}
std::string_view to_string(NetworkFocus focus) {
  return name_of(kFoci, focus);
}
std::optional<NetworkFocus> parse_network_focus(std::string_view text) {
  return parse_in(kFoci, text);
}
std::string_view to_string(NetworkStatus status) {
  return name_of(kStatuses, status);
}
std::optional<NetworkStatus> parse_network_status(std::string_view text) {
  return parse_in(kStatuses, text);
}
std::string_view to_string(MeetingRhythm rhythm) {
  return name_of(kRhythms, rhythm);
}
std::optional<MeetingRhythm> parse_meeting_rhythm(std::string_view text) {
  return parse_in(kRhythms, text);
}
std::string_view to_string(MeetingFormat format) {
  return name_of(kFormats, format);
}
std::optional<MeetingFormat> parse_meeting_format(std::string_view text) {
  return parse_in(kFormats, text);
}
std::string_view to_string(MembershipRole role) {
  return name_of(kRoles, role);
}
std::optional<MembershipRole> parse_membership_role(std::string_view text) {
  return parse_in(kRoles, text);
}
std::string_view to_string(TieKind kind) {
  return name_of(kKinds, kind);
}
std::optional<TieKind> parse_tie_kind(std::string_view text) {
  return parse_in(kKinds, text);
}

bool is_network_channel(std::string_view key) {
  return std::find(kNetworkChannels.begin(), kNetworkChannels.end(), key) != kNetworkChannels.end();
}

bool is_iso_date(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (t[i] < '0' || t[i] > '9') return false;
  auto number = [&](std::size_t from, std::size_t count) {
    int n = 0;
    for (std::size_t i = from; i < from + count; ++i) n = n * 10 + (t[i] - '0');
    return n;
  };
  const int year = number(0, 4);
  const int month = number(5, 2);
  const int day = number(8, 2);
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days = kDays[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
  return day <= days;
}

std::optional<std::string> check_optional_email(std::string_view email) {
  if (trim(email).empty()) return std::nullopt;
  return check_email(email);
}

std::optional<std::string> check_website(std::string_view url) {
  const std::string u = trim(url);
  if (u.empty()) return std::nullopt;
  if (u.size() > 500) return "validation.too_long";
  const bool scheme = u.starts_with("https://") || u.starts_with("http://");
  const auto host_start = u.find("://") + 3;
  const std::string_view rest = std::string_view(u).substr(scheme ? host_start : 0);
  const auto host = rest.substr(0, rest.find('/'));
  if (!scheme || host.find('.') == std::string_view::npos || host.front() == '.' || host.back() == '.' ||
      std::any_of(u.begin(), u.end(), [](unsigned char c) { return std::isspace(c) != 0 || c < 0x20; }))
    return "validation.website";
  return std::nullopt;
}

std::optional<std::string> check_phone(std::string_view phone) {
  const std::string p = trim(phone);
  if (p.empty()) return std::nullopt;
  if (p.size() > 50) return "validation.too_long";
  int digits = 0;
  for (unsigned char c : p) {
    if (std::isdigit(c) != 0) {
      ++digits;
    } else if (std::string_view(" +-/().").find(static_cast<char>(c)) == std::string_view::npos) {
      return "validation.phone";
    }
  }
  return digits >= 3 ? std::nullopt : std::optional<std::string>("validation.phone");
}

std::optional<std::string> check_language_codes(const std::vector<std::string>& codes) {
  for (const auto& code : codes) {
    if (code.size() < 2 || code.size() > 3 ||
        !std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      return "validation.language_code";
  }
  return std::nullopt;
}

std::vector<std::string> clean_list(const std::vector<std::string>& items) {
  std::vector<std::string> out;
  std::vector<std::string> seen;
  for (const auto& item : items) {
    std::string t = trim(item);
    if (t.empty()) continue;
    std::string key = normalise_for_search(t);
    if (key.empty()) key = t;
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(std::move(key));
    out.push_back(std::move(t));
  }
  return out;
}

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += ',';
    out += item;
  }
  return out;
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find(',', start);
    if (end == std::string_view::npos) end = text.size();
    std::string item = trim(text.substr(start, end - start));
    if (!item.empty()) out.push_back(std::move(item));
    start = end + 1;
  }
  return out;
}

FieldErrors validate(const Organisation& o) {
  FieldErrors errors;
  check_text(errors, "name", o.name, 200, true);
  if (trim(o.type).empty()) {
    errors["type"] = "validation.required";
  } else if (!is_builtin_organisation_type(o.type) && !o.type.starts_with("custom_")) {
    errors["type"] = "validation.organisation_type";
  }
  check_text(errors, "address", o.address, 500, false);
  check_optional(errors, "website", check_website(o.website));
  check_optional(errors, "email", check_optional_email(o.email));
  check_optional(errors, "phone", check_phone(o.phone));
  check_optional(errors, "languages", check_language_codes(o.languages));
  for (const auto& tag : o.tags) {
    if (tag.find(',') != std::string::npos || trim(tag).size() > 50) errors["tags"] = "validation.tag";
  }
  if (o.tags.size() > 30) errors["tags"] = "validation.too_many";
  check_text(errors, "notes", o.notes, 10000, false);
  check_text(errors, "sector", o.sector, 200, false);
  if (o.trains_now && !o.may_train) errors["trains_now"] = "validation.trains_without_permission";
  return errors;
}

FieldErrors validate(const Contact& c) {
  FieldErrors errors;
  check_text(errors, "name", c.name, 200, true);
  check_text(errors, "function", c.function, 200, false);
  if (c.organisation_id <= 0) errors["organisation_id"] = "validation.required";
  check_optional(errors, "email", check_optional_email(c.email));
  check_optional(errors, "phone", check_phone(c.phone));
  check_optional(errors, "languages", check_language_codes(c.languages));
  if (c.data_basis == DataBasis::consent) check_date(errors, "consent_date", c.consent_date, true);
  return errors;
}

FieldErrors validate(const Network& n) {
  FieldErrors errors;
  check_text(errors, "name", n.name, 200, true);
  check_text(errors, "goals", n.goals, 10000, false);
  check_text(errors, "work_forms", n.work_forms, 10000, false);
  for (const auto& channel : n.channels)
    if (!is_network_channel(channel)) errors["channels"] = "validation.channel";
  check_date(errors, "started_on", n.started_on, false);
  check_date(errors, "status_since", n.status_since, n.status != NetworkStatus::active);
  if (!errors.contains("started_on") && !errors.contains("status_since") && !n.started_on.empty() &&
      !n.status_since.empty() && n.status_since < n.started_on)
    errors["status_since"] = "validation.date_order";
  return errors;
}

FieldErrors validate(const Membership& m) {
  FieldErrors errors;
  if (m.network_id <= 0) errors["network_id"] = "validation.required";
  if (m.organisation_id <= 0) errors["organisation_id"] = "validation.required";
  check_period(errors, m.since, m.until);
  return errors;
}

FieldErrors validate(const Tie& t) {
  FieldErrors errors;
  if (t.organisation_a_id <= 0) errors["organisation_a_id"] = "validation.required";
  if (t.organisation_b_id <= 0) {
    errors["organisation_b_id"] = "validation.required";
  } else if (t.organisation_b_id == t.organisation_a_id) {
    errors["organisation_b_id"] = "validation.tie_self";
  }
  if (t.intensity < 1 || t.intensity > 3) errors["intensity"] = "validation.intensity";
  check_period(errors, t.since, t.until);
  check_text(errors, "note", t.note, 2000, false);
  return errors;
}

FieldErrors validate(const Transfer& t) {
  FieldErrors errors;
  check_date(errors, "date", t.date, true);
  check_text(errors, "topic", t.topic, 200, true);
  auto check_end = [&](const char* field, const TransferEnd& end) {
    const bool has_event = !trim(end.event).empty();
    if (end.network_id.has_value() == has_event) {
      errors[field] = "validation.transfer_end";
    } else if (trim(end.event).size() > 200) {
      errors[field] = "validation.too_long";
    }
  };
  check_end("from", t.from);
  check_end("to", t.to);
  if (!errors.contains("from") && !errors.contains("to") && t.from.network_id && t.from.network_id == t.to.network_id)
    errors["to"] = "validation.transfer_same";
  check_text(errors, "result", t.result, 10000, false);
  return errors;
}

}  // namespace bb::domain
