#include "services/offer_audit.hpp"

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

boost::json::object audit_fields(const domain::Offer& o) {
  boost::json::object j;
  j["provider_id"] = o.provider_id;
  j["title"] = o.title;
  j["description"] = o.description;
  j["target_groups"] = to_json(o.target_groups);
  j["field"] = o.field;
  j["format"] = o.format;
  boost::json::array municipalities;
  for (auto id : o.municipality_ids) municipalities.emplace_back(id);
  j["municipality_ids"] = std::move(municipalities);
  j["languages"] = to_json(o.languages);
  j["cost"] = o.cost;
  j["free_of_charge"] = o.free_of_charge;
  j["schedule"] = o.schedule;
  j["starts_on"] = o.starts_on;
  j["ends_on"] = o.ends_on;
  j["capacity"] = o.capacity ? boost::json::value(*o.capacity) : boost::json::value(nullptr);
  j["funding_source"] = o.funding_source;
  j["funding_ends_on"] = o.funding_ends_on;
  j["contact_id"] = optional_id(o.contact_id);
  j["status"] = o.status;
  j["last_verified_on"] = o.last_verified_on;
  j["published"] = o.published;
  return j;
}

boost::json::object audit_fields(const domain::OfferTranslation& t) {
  boost::json::object j;
  j["title_" + t.language] = t.title;
  j["description_" + t.language] = t.description;
  return j;
}

boost::json::object audit_fields(const domain::Criterion& c) {
  boost::json::object j;
  j["key"] = c.key;
  j["label"] = c.label;
  j["description"] = c.description;
  j["weight"] = c.weight;
  j["position"] = c.position;
  j["active"] = c.active;
  return j;
}

boost::json::object audit_fields(const domain::Assessment& a) {
  boost::json::object j;
  j["offer_id"] = a.offer_id;
  j["assessed_on"] = a.assessed_on;
  j["assessor_name"] = a.assessor_name;
  j["score"] = a.score ? boost::json::value(*a.score) : boost::json::value(nullptr);
  j["next_review_on"] = a.next_review_on;
  // "criterion id: level" pairs as one readable text (the audit log shows it as typed; a JSON
  // object would be one long unbreakable word there).
  std::string ratings;
  for (const auto& r : a.ratings)
    ratings += (ratings.empty() ? "" : ", ") + std::to_string(r.criterion_id) + ": " + r.level;
  j["ratings"] = ratings;
  j["actions"] = to_json(a.actions);
  j["note"] = a.note;
  return j;
}

boost::json::object audit_fields(const domain::Need& n) {
  boost::json::object j;
  j["source_kind"] = n.source_kind;
  j["organisation_id"] = optional_id(n.organisation_id);
  j["source_note"] = n.source_note;
  j["target_group"] = n.target_group;
  j["municipality_id"] = optional_id(n.municipality_id);
  j["field"] = n.field;
  j["description"] = n.description;
  j["urgency"] = n.urgency;
  j["reported_on"] = n.reported_on;
  j["status"] = n.status;
  j["offer_id"] = optional_id(n.offer_id);
  j["measure_id"] = optional_id(n.measure_id);
  return j;
}

}  // namespace bb::services
