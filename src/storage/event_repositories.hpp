#pragma once
// Repository interfaces of the events module (issue 7). As in register_repositories.hpp, every
// method takes the region id and never touches another region's rows; the only lookups
// without a region are the public ones (an event by its public id, a registration by the hash
// of its cancel token, a feed by its token hash), which return the region with the row.

#include "core/result.hpp"
#include "domain/events.hpp"
#include "storage/register_repositories.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bb::storage {

struct EventQuery {
  std::optional<domain::EventFormat> format;
  std::optional<Id> municipality_id;
  std::string from;  // "YYYY-MM-DD": events starting on or after that day (empty: open)
  std::string to;    // "YYYY-MM-DD": events starting on or before that day (empty: open)
  std::string search;
  bool descending = false;  // by start
  int limit = 50;
  int offset = 0;
};

// An event in lists: with the names the list shows and its registration numbers.
struct EventSummary {
  domain::Event event;  // without translations, co-organisers and networks
  std::string municipality_name;
  std::string organiser_name;
  std::int64_t registered = 0;  // registered + attended
  std::int64_t waiting = 0;
  std::int64_t attended = 0;
};

struct EventDependants {
  std::int64_t registrations = 0;  // not cancelled
  std::int64_t transfers = 0;      // topics turned into transfers
  bool any() const { return registrations + transfers > 0; }
};

struct InvitationView {
  domain::Invitation invitation;
  std::string target_name;  // organisation, contact (with its organisation) or network
};

struct RegistrationView {
  domain::Registration registration;
  std::string organisation_display;  // the register's name if linked, else as typed
  std::string organisation_type;     // empty if not linked
};

// Attendance numbers after an event: attendees by the type and the municipality of their
// organisation ("" = no organisation from the register / no municipality).
struct AttendanceFigures {
  struct Count {
    std::string key;  // organisation type key, or municipality name
    std::int64_t attendees = 0;
    std::int64_t organisations = 0;
  };
  std::vector<Count> by_type;
  std::vector<Count> by_municipality;
  std::int64_t registered = 0;
  std::int64_t attended = 0;
  std::int64_t cancelled = 0;
  std::int64_t waiting = 0;
};

// Two organisations whose people attended the same events.
struct CoAttendance {
  Id organisation_a_id = 0;  // a < b
  Id organisation_b_id = 0;
  std::string organisation_a_name;
  std::string organisation_b_name;
  std::int64_t events = 0;
  std::string last_date;  // "YYYY-MM-DD" of the latest such event
  std::vector<std::string> formats;  // the formats of those events, sorted, distinct
};

struct PublicEventRef {
  Id region_id = 0;
  Id event_id = 0;
};

class EventRepository {
 public:
  virtual ~EventRepository() = default;
  // Writes the event with its translations, co-organisers and networks (all replaced on update).
  virtual Result<Id> create(Id region_id, const domain::Event& event, UnixTime now) = 0;
  virtual Result<bool> update(Id region_id, const domain::Event& event, UnixTime now) = 0;
  virtual Result<bool> remove(Id region_id, Id event_id) = 0;
  virtual Result<std::optional<domain::Event>> find(Id region_id, Id event_id) = 0;
  virtual Result<std::optional<PublicEventRef>> find_public(std::string_view public_id) = 0;
  virtual Result<PageOf<EventSummary>> list(Id region_id, const EventQuery& query) = 0;
  virtual Result<EventDependants> dependants(Id region_id, Id event_id) = 0;
  // Serialises registrations of one event inside the current transaction (PostgreSQL: a row
  // lock, taken by a no-op UPDATE because SQLite has no SELECT ... FOR UPDATE; SQLite's writers
  // are serialised anyway), so that two people never take the last place at once.
  virtual Result<void> lock(Id region_id, Id event_id) = 0;

  virtual Result<Id> add_invitation(Id region_id, const domain::Invitation& invitation, UnixTime now) = 0;
  virtual Result<bool> remove_invitation(Id region_id, Id event_id, Id invitation_id) = 0;
  virtual Result<std::vector<InvitationView>> invitations(Id region_id, Id event_id) = 0;

  virtual Result<Id> add_topic(Id region_id, const domain::EventTopic& topic, UnixTime now) = 0;
  virtual Result<bool> set_topic_transfer(Id region_id, Id topic_id, Id transfer_id) = 0;
  virtual Result<std::optional<domain::EventTopic>> find_topic(Id region_id, Id topic_id) = 0;
  virtual Result<std::vector<domain::EventTopic>> topics(Id region_id, Id event_id) = 0;

  // The region's calendar feed token (hash); set replaces it.
  virtual Result<void> set_feed_token(Id region_id, std::string_view token_hash, UnixTime now) = 0;
  virtual Result<std::optional<Id>> region_of_feed(std::string_view token_hash) = 0;
  virtual Result<bool> has_feed(Id region_id) = 0;

  // Pairs of organisations with attendees at the same event, for events starting within
  // [from, to] ("YYYY-MM-DD", empty: open), by number of events, then names.
  virtual Result<std::vector<CoAttendance>> co_attendance(Id region_id, std::string_view from,
                                                          std::string_view to) = 0;
};

class RegistrationRepository {
 public:
  virtual ~RegistrationRepository() = default;
  virtual Result<Id> create(Id region_id, const domain::Registration& registration, std::string_view cancel_token_hash,
                            UnixTime now) = 0;
  // Status and check-in time only (the rest of a registration does not change).
  virtual Result<bool> set_status(Id region_id, Id registration_id, domain::RegistrationStatus status,
                                  std::optional<UnixTime> checked_in_at, UnixTime now) = 0;
  virtual Result<std::optional<domain::Registration>> find(Id region_id, Id registration_id) = 0;
  virtual Result<std::optional<domain::Registration>> find_by_cancel_token(std::string_view token_hash) = 0;
  // Every registration of the event: active ones first (registered/attended by name), then
  // the waiting list in its order, then the cancelled ones.
  virtual Result<std::vector<RegistrationView>> of_event(Id region_id, Id event_id) = 0;
  // Places taken (registered + attended).
  virtual Result<std::int64_t> count_taken(Id region_id, Id event_id) = 0;
  // The first of the waiting list (lowest id), if any.
  virtual Result<std::optional<domain::Registration>> first_waiting(Id region_id, Id event_id) = 0;
  // An active (not cancelled) registration of this e-mail address for the event, if any.
  virtual Result<std::optional<Id>> active_by_email(Id region_id, Id event_id, std::string_view email) = 0;
  virtual Result<AttendanceFigures> figures(Id region_id, Id event_id) = 0;
};

}  // namespace bb::storage
