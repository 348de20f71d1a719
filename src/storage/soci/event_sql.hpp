#pragma once
// SOCI implementations of the events repositories (storage/event_repositories.hpp). They use
// the Bindings helper of the register (register_sql.hpp): values are always bound.

#include "storage/event_repositories.hpp"
#include "storage/soci/register_sql.hpp"

#include <soci/soci.h>

namespace bb::storage::soci_impl {

class SociEventRepository final : public EventRepository {
 public:
  explicit SociEventRepository(soci::session& sql) : sql_(sql) {}
  Result<Id> create(Id region_id, const domain::Event& event, UnixTime now) override;
  Result<bool> update(Id region_id, const domain::Event& event, UnixTime now) override;
  Result<bool> remove(Id region_id, Id event_id) override;
  Result<std::optional<domain::Event>> find(Id region_id, Id event_id) override;
  Result<std::optional<PublicEventRef>> find_public(std::string_view public_id) override;
  Result<PageOf<EventSummary>> list(Id region_id, const EventQuery& query) override;
  Result<EventDependants> dependants(Id region_id, Id event_id) override;
  Result<void> lock(Id region_id, Id event_id) override;
  Result<Id> add_invitation(Id region_id, const domain::Invitation& invitation, UnixTime now) override;
  Result<bool> remove_invitation(Id region_id, Id event_id, Id invitation_id) override;
  Result<std::vector<InvitationView>> invitations(Id region_id, Id event_id) override;
  Result<Id> add_topic(Id region_id, const domain::EventTopic& topic, UnixTime now) override;
  Result<bool> set_topic_transfer(Id region_id, Id topic_id, Id transfer_id) override;
  Result<std::optional<domain::EventTopic>> find_topic(Id region_id, Id topic_id) override;
  Result<std::vector<domain::EventTopic>> topics(Id region_id, Id event_id) override;
  Result<void> set_feed_token(Id region_id, std::string_view token_hash, UnixTime now) override;
  Result<std::optional<Id>> region_of_feed(std::string_view token_hash) override;
  Result<bool> has_feed(Id region_id) override;
  Result<std::vector<CoAttendance>> co_attendance(Id region_id, std::string_view from, std::string_view to) override;

 private:
  void write_parts(Id region_id, Id event_id, const domain::Event& event);
  soci::session& sql_;
};

class SociRegistrationRepository final : public RegistrationRepository {
 public:
  explicit SociRegistrationRepository(soci::session& sql) : sql_(sql) {}
  Result<Id> create(Id region_id, const domain::Registration& registration, std::string_view cancel_token_hash,
                    UnixTime now) override;
  Result<bool> set_status(Id region_id, Id registration_id, domain::RegistrationStatus status,
                          std::optional<UnixTime> checked_in_at, UnixTime now) override;
  Result<std::optional<domain::Registration>> find(Id region_id, Id registration_id) override;
  Result<std::optional<domain::Registration>> find_by_cancel_token(std::string_view token_hash) override;
  Result<std::vector<RegistrationView>> of_event(Id region_id, Id event_id) override;
  Result<std::int64_t> count_taken(Id region_id, Id event_id) override;
  Result<std::optional<domain::Registration>> first_waiting(Id region_id, Id event_id) override;
  Result<std::optional<Id>> active_by_email(Id region_id, Id event_id, std::string_view email) override;
  Result<AttendanceFigures> figures(Id region_id, Id event_id) override;

 private:
  soci::session& sql_;
};

}  // namespace bb::storage::soci_impl
