#pragma once
// Shared by the events pages (issue 7): the service, names for ids, labels of the closed value
// sets, the event form's parsing, and the absolute address of this server (for links that
// leave the browser: QR codes, calendar entries).

#include "services/event_service.hpp"
#include "web/pages/register_page_helpers.hpp"

#include <map>
#include <string>

namespace bb::web::event_pages {

using namespace register_pages;

inline services::EventService events(Services& s) {
  return services::EventService(s.db);
}

inline std::string format_label(const Services& s, const http::Request& req, domain::EventFormat f) {
  return text(s, req, "events.format." + std::string(domain::to_string(f)));
}

inline std::string status_label(const Services& s, const http::Request& req, domain::RegistrationStatus st) {
  return text(s, req, "events.status." + std::string(domain::to_string(st)));
}

// "2026-03-10T18:00" as "10.03.2026, 18:00" (German) or "2026-03-10, 18:00" (English).
inline std::string readable_time(const http::Request& req, const std::string& local) {
  if (!domain::is_local_datetime(local)) return local;
  const std::string day = local.substr(0, 10);
  const std::string time = local.substr(11, 5);
  if (state(req).language == domain::UiLanguage::en) return day + ", " + time;
  return day.substr(8, 2) + "." + day.substr(5, 2) + "." + day.substr(0, 4) + ", " + time;
}

// The time span of an event: the end without its day when it ends on the day it starts.
inline std::string readable_span(const http::Request& req, const domain::Event& e) {
  const std::string start = readable_time(req, e.starts_at);
  if (e.ends_at.size() == 16 && e.starts_at.substr(0, 10) == e.ends_at.substr(0, 10))
    return start + " – " + e.ends_at.substr(11, 5);
  return start + " – " + readable_time(req, e.ends_at);
}

// The scheme and host this request reached us by, e.g. "https://bb.example.org". Only for
// links that leave the page (QR codes, calendar URLs); the Host header is checked to be a plain
// host[:port], so a forged header cannot put markup or another path into them.
inline std::string origin_of(const http::Request& req) {
  std::string host(req.header("host").value_or("localhost"));
  const bool plain = !host.empty() && host.size() < 256 && std::all_of(host.begin(), host.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ':' || c == '[' || c == ']';
  });
  if (!plain) host = "localhost";
  return std::string(req.secure ? "https://" : "http://") + host;
}

struct EventNames {
  std::vector<domain::Municipality> municipalities;
  std::vector<storage::OrganisationName> organisations;  // id, name, active: all of the region
  std::vector<domain::Network> networks;

  std::string municipality(std::optional<domain::Id> id) const {
    if (id)
      for (const auto& m : municipalities)
        if (m.id == *id) return m.name;
    return {};
  }
  std::string organisation(std::optional<domain::Id> id) const {
    if (id)
      for (const auto& o : organisations)
        if (o.id == *id) return o.name;
    return {};
  }
  std::string network(domain::Id id) const {
    for (const auto& n : networks)
      if (n.id == id) return n.name;
    return {};
  }
};

inline Result<EventNames> load_event_names(Services& s, domain::Id region_id) {
  auto municipalities =
      s.db.read_value([&](storage::UnitOfWork& uow) { return uow.regions().municipalities(region_id); });
  if (!municipalities) return municipalities.error();
  auto organisations = all_organisations(s, region_id);
  if (!organisations) return organisations.error();
  auto networks = all_networks(s, region_id);
  if (!networks) return networks.error();
  return EventNames{std::move(*municipalities), std::move(*organisations), std::move(*networks)};
}

}  // namespace bb::web::event_pages
