#include "domain/events.hpp"
#include "domain/enum_names.hpp"

#include "domain/validation.hpp"

#include <algorithm>

namespace bb::domain {

namespace {


constexpr std::array<std::pair<EventFormat, std::string_view>, 7> kFormatNames{
    {{EventFormat::ausbilder_fruehstueck, "ausbilder_fruehstueck"},
     {EventFormat::azubi_speeddating, "azubi_speeddating"},
     {EventFormat::dialogforum, "dialogforum"},
     {EventFormat::netzwerkkonferenz, "netzwerkkonferenz"},
     {EventFormat::elternabend, "elternabend"},
     {EventFormat::informationsveranstaltung, "informationsveranstaltung"},
     {EventFormat::workshop, "workshop"}}};
constexpr std::array<std::pair<InvitationKind, std::string_view>, 3> kKindNames{
    {{InvitationKind::organisation, "organisation"},
     {InvitationKind::contact, "contact"},
     {InvitationKind::network, "network"}}};
constexpr std::array<std::pair<RegistrationStatus, std::string_view>, 4> kStatusNames{
    {{RegistrationStatus::registered, "registered"},
     {RegistrationStatus::waiting, "waiting"},
     {RegistrationStatus::cancelled, "cancelled"},
     {RegistrationStatus::attended, "attended"}}};

void check_text(FieldErrors& errors, const char* field, std::string_view value, std::size_t max, bool required) {
  const std::string v = trim(value);
  if (required && v.empty()) {
    errors[field] = "validation.required";
  } else if (v.size() > max) {
    errors[field] = "validation.too_long";
  }
}

int digits(std::string_view t, std::size_t from, std::size_t count) {
  int n = 0;
  for (std::size_t i = from; i < from + count; ++i) n = n * 10 + (t[i] - '0');
  return n;
}

}  // namespace

std::string_view to_string(EventFormat format) {
  return name_of(kFormatNames, format);
}
std::optional<EventFormat> parse_event_format(std::string_view text) {
  return parse_in(kFormatNames, text);
}
std::string_view to_string(InvitationKind kind) {
  return name_of(kKindNames, kind);
}
std::optional<InvitationKind> parse_invitation_kind(std::string_view text) {
  return parse_in(kKindNames, text);
}
std::string_view to_string(RegistrationStatus status) {
  return name_of(kStatusNames, status);
}
std::optional<RegistrationStatus> parse_registration_status(std::string_view text) {
  return parse_in(kStatusNames, text);
}
std::string_view to_string(RegisteredBy by) {
  return by == RegisteredBy::staff ? "staff" : "self";
}

bool is_event_language(std::string_view code) {
  return std::find(kEventLanguages.begin(), kEventLanguages.end(), code) != kEventLanguages.end();
}

bool is_right_to_left(std::string_view code) {
  return code == "ar" || code == "fa";
}

LocalisedText localised(const Event& event, std::string_view language) {
  LocalisedText out{event.title, event.description, false, false};
  if (language == "de" || language.empty()) return out;
  const auto it = std::find_if(event.translations.begin(), event.translations.end(),
                               [&](const EventTranslation& t) { return t.language == language; });
  const bool has_title = it != event.translations.end() && !trim(it->title).empty();
  const bool has_description = it != event.translations.end() && !trim(it->description).empty();
  if (has_title) out.title = it->title;
  if (has_description) out.description = it->description;
  out.title_fallback = !has_title;
  out.description_fallback = !has_description && !event.description.empty();
  return out;
}

bool is_local_datetime(std::string_view t) {
  if (t.size() != 16 || t[10] != 'T' || t[13] != ':') return false;
  if (!is_iso_date(t.substr(0, 10))) return false;
  for (std::size_t i : {11, 12, 14, 15})
    if (t[i] < '0' || t[i] > '9') return false;
  return digits(t, 11, 2) <= 23 && digits(t, 14, 2) <= 59;
}

FieldErrors validate(const Event& e) {
  FieldErrors errors;
  check_text(errors, "title", e.title, 200, true);
  check_text(errors, "description", e.description, 20000, false);
  if (e.starts_at.empty()) {
    errors["starts_at"] = "validation.required";
  } else if (!is_local_datetime(e.starts_at)) {
    errors["starts_at"] = "events.validation.datetime";
  }
  if (e.ends_at.empty()) {
    errors["ends_at"] = "validation.required";
  } else if (!is_local_datetime(e.ends_at)) {
    errors["ends_at"] = "events.validation.datetime";
  } else if (!errors.contains("starts_at") && e.ends_at <= e.starts_at) {
    errors["ends_at"] = "events.validation.end_before_start";
  }
  check_text(errors, "place", e.place, 300, false);
  check_text(errors, "audience", e.audience, 500, false);
  if (e.capacity < 0 || e.capacity > 100000) errors["capacity"] = "events.validation.capacity";
  if (auto problem = check_language_codes(e.languages)) errors["languages"] = *problem;
  if (e.organiser_id && std::find(e.co_organiser_ids.begin(), e.co_organiser_ids.end(), *e.organiser_id) !=
                            e.co_organiser_ids.end())
    errors["co_organiser_ids"] = "events.validation.organiser_twice";
  for (const auto& t : e.translations) {
    if (!is_event_language(t.language)) {
      errors["translations"] = "events.validation.translation_language";
      continue;
    }
    const std::string title_field = "title_" + t.language;
    const std::string description_field = "description_" + t.language;
    check_text(errors, title_field.c_str(), t.title, 200, false);
    check_text(errors, description_field.c_str(), t.description, 20000, false);
  }
  return errors;
}

FieldErrors validate(const Invitation& i) {
  FieldErrors errors;
  if (i.target_id <= 0) errors["target_id"] = "validation.required";
  if (i.invited_on.empty()) {
    errors["invited_on"] = "validation.required";
  } else if (!is_iso_date(i.invited_on)) {
    errors["invited_on"] = "validation.date";
  }
  check_text(errors, "note", i.note, 2000, false);
  return errors;
}

FieldErrors validate(const Registration& r, bool consent_required) {
  FieldErrors errors;
  check_text(errors, "name", r.name, 200, true);
  if (auto problem = check_email(r.email)) errors["email"] = *problem;
  check_text(errors, "organisation_name", r.organisation_name, 200, false);
  if (consent_required && !r.consent_given) errors["consent"] = "events.validation.consent";
  return errors;
}

FieldErrors validate(const EventTopic& t) {
  FieldErrors errors;
  check_text(errors, "topic", t.topic, 200, true);
  check_text(errors, "note", t.note, 5000, false);
  return errors;
}

}  // namespace bb::domain
