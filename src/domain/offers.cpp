#include "domain/offers.hpp"

#include "domain/validation.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace bb::domain {

namespace {

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& set, std::string_view key) {
  return std::find(set.begin(), set.end(), key) != set.end();
}

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

}  // namespace

bool is_rtl_language(std::string_view code) { return code == "ar" || code == "fa"; }
bool is_target_group(std::string_view key) { return one_of(kTargetGroups, key); }
bool is_offer_field(std::string_view key) { return one_of(kOfferFields, key); }
bool is_offer_format(std::string_view key) { return one_of(kOfferFormats, key); }
bool is_offer_status(std::string_view key) { return one_of(kOfferStatuses, key); }
bool is_translation_language(std::string_view code) { return code != "de" && one_of(kContentLanguages, code); }
bool is_default_criterion(std::string_view key) { return one_of(kDefaultCriteria, key); }
bool is_rating_level(std::string_view key) { return one_of(kRatingLevels, key); }
bool is_need_source(std::string_view key) { return one_of(kNeedSources, key); }
bool is_urgency(std::string_view key) { return one_of(kUrgencies, key); }
bool is_need_status(std::string_view key) { return one_of(kNeedStatuses, key); }

std::string add_days(std::string_view iso_date, int days) {
  using namespace std::chrono;
  auto number = [&](std::size_t from, std::size_t count) {
    int n = 0;
    for (std::size_t i = from; i < from + count && i < iso_date.size(); ++i) n = n * 10 + (iso_date[i] - '0');
    return n;
  };
  const year_month_day start{year{number(0, 4)}, month{static_cast<unsigned>(number(5, 2))},
                             day{static_cast<unsigned>(number(8, 2))}};
  const year_month_day end{sys_days{start} + std::chrono::days{days}};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(end.year()),
                static_cast<unsigned>(end.month()), static_cast<unsigned>(end.day()));
  return buffer;
}

bool funding_nearing_end(const Offer& offer, std::string_view today) {
  if (offer.status == "ended" || offer.funding_ends_on.empty() || !is_iso_date(today)) return false;
  return offer.funding_ends_on <= add_days(today, kFundingWarningDays);
}

LocalisedText localise(const Offer& offer, const std::vector<OfferTranslation>& translations,
                       std::string_view language) {
  LocalisedText out{offer.title, offer.description, false, false};
  if (language == "de") return out;
  const auto found = std::find_if(translations.begin(), translations.end(),
                                  [&](const OfferTranslation& t) { return t.language == language; });
  if (found == translations.end()) {
    out.title_fallback = true;
    out.description_fallback = !offer.description.empty();
    return out;
  }
  if (!found->title.empty()) {
    out.title = found->title;
  } else {
    out.title_fallback = true;
  }
  if (!found->description.empty()) {
    out.description = found->description;
  } else if (!offer.description.empty()) {
    out.description_fallback = true;
  }
  return out;
}

std::optional<int> compute_score(const std::vector<Rating>& ratings, const std::vector<int>& weights) {
  long earned = 0;
  long possible = 0;
  for (std::size_t i = 0; i < ratings.size() && i < weights.size(); ++i) {
    const auto& level = ratings[i].level;
    if (level == "not_applicable" || !is_rating_level(level)) continue;
    possible += 2L * weights[i];
    if (level == "met") earned += 2L * weights[i];
    if (level == "partly") earned += weights[i];
  }
  if (possible == 0) return std::nullopt;
  return static_cast<int>(std::lround(100.0 * static_cast<double>(earned) / static_cast<double>(possible)));
}

FieldErrors validate(const Offer& o) {
  FieldErrors errors;
  if (o.provider_id <= 0) errors["provider_id"] = "validation.required";
  check_text(errors, "title", o.title, 200, true);
  check_text(errors, "description", o.description, 20000, false);
  if (o.target_groups.empty()) {
    errors["target_groups"] = "validation.required";
  } else if (!std::all_of(o.target_groups.begin(), o.target_groups.end(),
                          [](const std::string& g) { return is_target_group(g); })) {
    errors["target_groups"] = "validation.choice";
  }
  if (o.field.empty()) {
    errors["field"] = "validation.required";
  } else if (!is_offer_field(o.field)) {
    errors["field"] = "validation.choice";
  }
  if (o.format.empty()) {
    errors["format"] = "validation.required";
  } else if (!is_offer_format(o.format)) {
    errors["format"] = "validation.choice";
  }
  if (auto problem = check_language_codes(o.languages)) errors["languages"] = *problem;
  check_text(errors, "cost", o.cost, 200, false);
  check_text(errors, "schedule", o.schedule, 500, false);
  check_date(errors, "starts_on", o.starts_on, false);
  check_date(errors, "ends_on", o.ends_on, false);
  if (!errors.contains("starts_on") && !errors.contains("ends_on") && !o.starts_on.empty() && !o.ends_on.empty() &&
      o.ends_on < o.starts_on)
    errors["ends_on"] = "validation.date_order";
  if (o.capacity && (*o.capacity < 0 || *o.capacity > 1000000)) errors["capacity"] = "validation.number";
  check_text(errors, "funding_source", o.funding_source, 200, false);
  check_date(errors, "funding_ends_on", o.funding_ends_on, false);
  if (!is_offer_status(o.status)) errors["status"] = "validation.choice";
  check_date(errors, "last_verified_on", o.last_verified_on, false);
  return errors;
}

FieldErrors validate(const OfferTranslation& t) {
  FieldErrors errors;
  if (!is_translation_language(t.language)) errors["language"] = "validation.choice";
  check_text(errors, "title", t.title, 200, true);
  check_text(errors, "description", t.description, 20000, false);
  return errors;
}

FieldErrors validate(const Criterion& c) {
  FieldErrors errors;
  if (c.key.empty() || (!is_default_criterion(c.key) && !c.key.starts_with("custom_")))
    errors["key"] = "validation.choice";
  check_text(errors, "label", c.label, 200, !is_default_criterion(c.key));
  check_text(errors, "description", c.description, 2000, false);
  if (c.weight < 1 || c.weight > 3) errors["weight"] = "validation.weight";
  return errors;
}

FieldErrors validate(const Assessment& a) {
  FieldErrors errors;
  if (a.offer_id <= 0) errors["offer_id"] = "validation.required";
  check_date(errors, "assessed_on", a.assessed_on, true);
  check_date(errors, "next_review_on", a.next_review_on, false);
  if (!errors.contains("assessed_on") && !errors.contains("next_review_on") && !a.next_review_on.empty() &&
      a.next_review_on < a.assessed_on)
    errors["next_review_on"] = "validation.date_order";
  if (a.ratings.empty()) errors["ratings"] = "validation.required";
  for (const auto& r : a.ratings) {
    const std::string field = "rating_" + std::to_string(r.criterion_id);
    if (!is_rating_level(r.level)) {
      errors[field] = r.level.empty() ? "validation.required" : "validation.choice";
    } else if (r.evidence.size() > 2000) {
      errors[field] = "validation.too_long";
    }
  }
  if (a.actions.size() > 30) errors["actions"] = "validation.too_many";
  for (const auto& action : a.actions)
    if (action.size() > 500) errors["actions"] = "validation.too_long";
  check_text(errors, "note", a.note, 5000, false);
  check_text(errors, "assessor_name", a.assessor_name, 200, false);
  return errors;
}

FieldErrors validate(const Need& n) {
  FieldErrors errors;
  if (!is_need_source(n.source_kind)) errors["source_kind"] = "validation.choice";
  if (n.source_kind == "organisation" && !n.organisation_id) errors["organisation_id"] = "validation.required";
  check_text(errors, "source_note", n.source_note, 500, false);
  if (n.target_group.empty()) {
    errors["target_group"] = "validation.required";
  } else if (!is_target_group(n.target_group)) {
    errors["target_group"] = "validation.choice";
  }
  if (n.field.empty()) {
    errors["field"] = "validation.required";
  } else if (!is_offer_field(n.field)) {
    errors["field"] = "validation.choice";
  }
  check_text(errors, "description", n.description, 5000, true);
  if (!is_urgency(n.urgency)) errors["urgency"] = "validation.choice";
  check_date(errors, "reported_on", n.reported_on, true);
  if (!is_need_status(n.status)) {
    errors["status"] = "validation.choice";
  } else if (n.status == "addressed" && !n.offer_id) {
    errors["offer_id"] = "validation.need_offer";
  }
  return errors;
}

}  // namespace bb::domain
