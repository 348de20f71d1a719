#pragma once
// Veranstaltungen (issue 7): events with invitations, registrations (public and by staff, with
// capacity and waiting list), attendance, topics and their follow-up, the region's calendar
// feed token, and co-attendance for the network map.
//
// Who may do what (the web layer declares the same per route; the service decides):
//  - admin and staff: every write in their region;
//  - everyone of the region: reads;
//  - anyone without login: register through an event's public id (if registration is open)
//    and cancel through the personal token they received.
// Every write is one transaction with its audit entry (as in RegisterService). Registrations
// beyond the capacity go to the waiting list; when a place becomes free (a cancellation, or a
// higher capacity), the first of the waiting list moves up in the same transaction.

#include "core/result.hpp"
#include "domain/events.hpp"
#include "services/register_service.hpp"
#include "storage/database.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bb::services {

// What a registration returns: its status (registered or waiting) and the personal cancel
// token, which exists only here (the database keeps its hash).
struct RegistrationReceipt {
  domain::Id registration_id = 0;
  domain::Id event_id = 0;
  domain::RegistrationStatus status = domain::RegistrationStatus::registered;
  std::string cancel_token;
};

struct CancelOutcome {
  domain::Id region_id = 0;
  domain::Id event_id = 0;
  domain::Id registration_id = 0;
  bool was_cancelled_before = false;     // the link was used twice: nothing changed
  std::optional<domain::Id> moved_up;  // the registration that left the waiting list
};

// The public view of an event (the registration page): the event and the places left.
struct PublicEvent {
  domain::Event event;
  std::string municipality_name;
  std::string organiser_name;
  std::int64_t taken = 0;
  std::int64_t waiting = 0;
};

class EventService {
 public:
  explicit EventService(storage::Database& db) : db_(db) {}

  // ----- events -----
  // Gives the event a new random public id; returns its id.
  Result<domain::Id> create_event(const RegisterCaller& who, domain::Event input, std::int64_t now);
  // Keeps the public id. A higher capacity moves people up from the waiting list.
  Result<void> update_event(const RegisterCaller& who, domain::Event input, std::int64_t now);
  // Refused (conflict, error.fields names registrations/transfers) while people are registered
  // or topics became transfers: cancel them first.
  Result<void> delete_event(const RegisterCaller& who, domain::Id event_id, std::int64_t now);
  Result<std::optional<domain::Event>> find_event(domain::Id region_id, domain::Id event_id);
  Result<storage::PageOf<storage::EventSummary>> list_events(domain::Id region_id, const storage::EventQuery& query);
  Result<storage::EventDependants> event_dependants(domain::Id region_id, domain::Id event_id);

  // ----- invitations -----
  Result<domain::Id> invite(const RegisterCaller& who, domain::Invitation input, std::int64_t now);
  Result<void> remove_invitation(const RegisterCaller& who, domain::Id event_id, domain::Id invitation_id,
                                 std::int64_t now);
  Result<std::vector<storage::InvitationView>> invitations(domain::Id region_id, domain::Id event_id);

  // ----- registrations -----
  // Without login: through the event's public id. Consent is required; refused (conflict) if
  // registration is closed or the e-mail address is already registered for the event.
  Result<RegistrationReceipt> register_publicly(std::string_view public_id, domain::Registration input,
                                                std::string request_id, std::int64_t now);
  // Staff register people by hand (with an organisation of the register if they like).
  Result<RegistrationReceipt> register_by_staff(const RegisterCaller& who, domain::Registration input,
                                                std::int64_t now);
  Result<CancelOutcome> cancel_by_token(std::string_view token, std::string request_id, std::int64_t now);
  Result<CancelOutcome> cancel_registration(const RegisterCaller& who, domain::Id event_id,
                                            domain::Id registration_id, std::int64_t now);
  // Check-in: registered -> attended (a waiting person who came anyway is checked in too);
  // undo: attended -> registered.
  Result<void> check_in(const RegisterCaller& who, domain::Id event_id, domain::Id registration_id, bool attended,
                        std::int64_t now);
  Result<std::vector<storage::RegistrationView>> registrations(domain::Id region_id, domain::Id event_id);
  Result<std::optional<domain::Registration>> find_registration(domain::Id region_id, domain::Id event_id,
                                                                domain::Id registration_id);
  Result<storage::AttendanceFigures> figures(domain::Id region_id, domain::Id event_id);

  // ----- public page -----
  Result<std::optional<PublicEvent>> find_public(std::string_view public_id);
  // The registration behind a cancel token (for the cancel page), with its event.
  Result<std::optional<std::pair<domain::Registration, PublicEvent>>> find_by_cancel_token(std::string_view token);

  // ----- follow-up -----
  Result<domain::Id> add_topic(const RegisterCaller& who, domain::EventTopic input, std::int64_t now);
  Result<std::vector<domain::EventTopic>> topics(domain::Id region_id, domain::Id event_id);
  // Turns a topic into a bridge-work transfer in one step: from the event (its title and date)
  // to `to` (a network or an event named in words), dated `date` (empty: the event's day).
  // The topic keeps the transfer's id, which is the link between the two. Refused (conflict) if
  // the topic already became a transfer.
  Result<domain::Id> follow_up_as_transfer(const RegisterCaller& who, domain::Id event_id, domain::Id topic_id,
                                           domain::TransferEnd to, std::string date, std::string result,
                                           std::int64_t now);

  // ----- calendar feed -----
  // Staff: a new secret feed token for the region (the old one stops working). Returned once.
  Result<std::string> rotate_feed_token(const RegisterCaller& who, std::int64_t now);
  Result<bool> has_feed(domain::Id region_id);
  Result<std::optional<domain::Id>> region_of_feed(std::string_view token);

  // ----- co-attendance -----
  Result<std::vector<storage::CoAttendance>> co_attendance(domain::Id region_id, std::string_view from,
                                                           std::string_view to);

 private:
  storage::Database& db_;
};

}  // namespace bb::services
