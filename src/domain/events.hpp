#pragma once
// Veranstaltungen (issue 7): events, their invitations, registrations (with waiting list and
// attendance) and the topics raised at them. Plain records plus the closed value sets and the
// field rules; nothing here knows HTTP or SQL.
//
// Times: an event starts and ends at a wall-clock time in Europe/Berlin, kept as text
// "YYYY-MM-DDTHH:MM" (the value of an HTML datetime-local field). Text order is time order,
// and the calendar export writes them with TZID=Europe/Berlin, so daylight saving time is the
// calendar client's business, not a conversion of ours.

#include "domain/localised_text.hpp"
#include "domain/entities.hpp"
#include "domain/register.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bb::domain {

// The formats of issue 7 (catalog: "events.format.<key>").
enum class EventFormat {
  ausbilder_fruehstueck,
  azubi_speeddating,
  dialogforum,
  netzwerkkonferenz,
  elternabend,
  informationsveranstaltung,
  workshop,
};
inline constexpr std::array<EventFormat, 7> kEventFormats = {
    EventFormat::ausbilder_fruehstueck, EventFormat::azubi_speeddating, EventFormat::dialogforum,
    EventFormat::netzwerkkonferenz,     EventFormat::elternabend,       EventFormat::informationsveranstaltung,
    EventFormat::workshop};
std::string_view to_string(EventFormat format);
std::optional<EventFormat> parse_event_format(std::string_view text);

// The languages an event's title and description may be translated into; German is the source.
inline constexpr std::array<std::string_view, 6> kEventLanguages = {"en", "tr", "ar", "uk", "ru", "fa"};
bool is_event_language(std::string_view code);
bool is_right_to_left(std::string_view code);  // ar, fa

struct EventTranslation {
  std::string language;  // one of kEventLanguages
  std::string title;
  std::string description;
};

struct Event {
  Id id = 0;
  Id region_id = 0;
  std::string public_id;  // random, for the public registration page and the calendar UID
  EventFormat format = EventFormat::informationsveranstaltung;
  std::string title;        // German
  std::string description;  // German
  std::string starts_at;    // "YYYY-MM-DDTHH:MM", Europe/Berlin
  std::string ends_at;
  std::string place;
  std::optional<Id> municipality_id;
  std::optional<Id> organiser_id;
  std::vector<Id> co_organiser_ids;
  std::vector<Id> network_ids;
  std::string audience;
  int capacity = 0;  // places; 0 = no limit
  std::vector<std::string> languages;  // ISO 639-1 codes of the languages spoken at the event
  bool registration_open = true;
  std::vector<EventTranslation> translations;
  UnixTime created_at = 0;
  UnixTime updated_at = 0;
};

// Title and description in one language: the translation where it has text, else German.
// `fallback` tells the page to say that the text is shown in German.
LocalisedText localised(const Event& event, std::string_view language);

enum class InvitationKind { organisation, contact, network };
std::string_view to_string(InvitationKind kind);
std::optional<InvitationKind> parse_invitation_kind(std::string_view text);

struct Invitation {
  Id id = 0;
  Id region_id = 0;
  Id event_id = 0;
  InvitationKind kind = InvitationKind::organisation;
  Id target_id = 0;  // the organisation, contact or network
  std::string invited_on;  // "YYYY-MM-DD"
  std::string note;
  UnixTime created_at = 0;
};

enum class RegistrationStatus { registered, waiting, cancelled, attended };
std::string_view to_string(RegistrationStatus status);
std::optional<RegistrationStatus> parse_registration_status(std::string_view text);

enum class RegisteredBy { self, staff };
std::string_view to_string(RegisteredBy by);

struct Registration {
  Id id = 0;
  Id region_id = 0;
  Id event_id = 0;
  std::string name;
  std::string email;
  std::optional<Id> organisation_id;  // from the register (staff); public registrants type a name
  std::string organisation_name;
  bool consent_given = false;
  std::optional<UnixTime> consent_at;
  RegistrationStatus status = RegistrationStatus::registered;
  RegisteredBy registered_by = RegisteredBy::self;
  std::optional<Id> registered_by_user_id;
  std::optional<UnixTime> checked_in_at;
  UnixTime created_at = 0;
  UnixTime updated_at = 0;
};

// A topic raised at an event, and what the follow-up made of it. Today a topic can become a
// bridge-work transfer (transfer_id). Extension point: needs and plan measures (issues to come)
// add their own optional ids here, a column each in event_topics, and a follow-up action in
// EventService next to follow_up_as_transfer.
struct EventTopic {
  Id id = 0;
  Id region_id = 0;
  Id event_id = 0;
  std::string topic;
  std::string note;
  std::optional<Id> transfer_id;
  UnixTime created_at = 0;
};

// ----- validation (field -> catalog key; empty: valid) ----------------------------------------

// "YYYY-MM-DDTHH:MM" with a real day and time.
bool is_local_datetime(std::string_view text);

FieldErrors validate(const Event& e);
FieldErrors validate(const Invitation& i);
// Public registrations need consent; staff registrations record it when the person gave it.
FieldErrors validate(const Registration& r, bool consent_required);
FieldErrors validate(const EventTopic& t);

}  // namespace bb::domain
