#include "services/register_audit.hpp"

#include <boost/json/array.hpp>

namespace bb::services {

namespace {

boost::json::array to_json(const std::vector<std::string>& items) {
  boost::json::array out;
  for (const auto& item : items) out.emplace_back(item);
  return out;
}

boost::json::value optional_id(const std::optional<domain::Id>& id) {
  return id ? boost::json::value(*id) : boost::json::value(nullptr);
}

}  // namespace

boost::json::object audit_fields(const domain::Organisation& o) {
  boost::json::object j;
  j["name"] = o.name;
  j["type"] = o.type;
  j["municipality_id"] = optional_id(o.municipality_id);
  j["address"] = o.address;
  j["website"] = o.website;
  j["email"] = o.email;
  j["phone"] = o.phone;
  j["languages"] = to_json(o.languages);
  j["tags"] = to_json(o.tags);
  j["notes"] = o.notes;
  j["active"] = o.active;
  j["size"] = o.size ? boost::json::value(std::string(domain::to_string(*o.size))) : boost::json::value(nullptr);
  j["sector"] = o.sector;
  j["migrant_led"] = o.migrant_led;
  j["may_train"] = o.may_train;
  j["trains_now"] = o.trains_now;
  return j;
}

boost::json::object audit_fields(const domain::Contact& c) {
  boost::json::object j;
  j["organisation_id"] = c.organisation_id;
  j["name"] = c.name;
  j["function"] = c.function;
  j["email"] = c.email;
  j["phone"] = c.phone;
  j["languages"] = to_json(c.languages);
  j["data_basis"] = std::string(domain::to_string(c.data_basis));
  j["consent_date"] = c.consent_date;
  j["anonymised"] = c.anonymised;
  return j;
}

boost::json::object audit_fields(const domain::Network& n) {
  boost::json::object j;
  j["name"] = n.name;
  j["focus"] = std::string(domain::to_string(n.focus));
  j["goals"] = n.goals;
  j["meeting_rhythm"] = std::string(domain::to_string(n.meeting_rhythm));
  j["meeting_format"] = std::string(domain::to_string(n.meeting_format));
  j["channels"] = to_json(n.channels);
  j["work_forms"] = n.work_forms;
  j["lead_organisation_id"] = optional_id(n.lead_organisation_id);
  boost::json::array municipalities;
  for (auto id : n.municipality_ids) municipalities.emplace_back(id);
  j["municipality_ids"] = std::move(municipalities);
  j["status"] = std::string(domain::to_string(n.status));
  j["started_on"] = n.started_on;
  j["status_since"] = n.status_since;
  return j;
}

boost::json::object audit_fields(const domain::Membership& m) {
  boost::json::object j;
  j["network_id"] = m.network_id;
  j["organisation_id"] = m.organisation_id;
  j["role"] = std::string(domain::to_string(m.role));
  j["since"] = m.since;
  j["until"] = m.until;
  return j;
}

boost::json::object audit_fields(const domain::Tie& t) {
  boost::json::object j;
  j["organisation_a_id"] = t.organisation_a_id;
  j["organisation_b_id"] = t.organisation_b_id;
  j["kind"] = std::string(domain::to_string(t.kind));
  j["directed"] = t.directed;
  j["intensity"] = t.intensity;
  j["since"] = t.since;
  j["until"] = t.until;
  j["note"] = t.note;
  return j;
}

boost::json::object audit_fields(const domain::Transfer& t) {
  boost::json::object j;
  j["date"] = t.date;
  j["topic"] = t.topic;
  j["from_network_id"] = optional_id(t.from.network_id);
  j["from_event"] = t.from.event;
  j["to_network_id"] = optional_id(t.to.network_id);
  j["to_event"] = t.to.event;
  j["result"] = t.result;
  return j;
}

std::pair<boost::json::object, boost::json::object> changed_fields(const boost::json::object& before,
                                                                   const boost::json::object& after) {
  std::pair<boost::json::object, boost::json::object> out;
  for (const auto& [key, value] : before) {
    const auto* now = after.if_contains(key);
    if (now == nullptr || *now != value) {
      out.first[key] = value;
      out.second[key] = now != nullptr ? *now : boost::json::value(nullptr);
    }
  }
  for (const auto& [key, value] : after) {
    if (!before.contains(key)) {
      out.first[key] = nullptr;
      out.second[key] = value;
    }
  }
  return out;
}

void redact_contact_fields(boost::json::object& fields) {
  for (auto key : kContactPersonalFields) {
    if (auto* value = fields.if_contains(key)) *value = nullptr;
  }
}

}  // namespace bb::services
