// The JSON API of offers & needs (issue 5): /api/v1/offers (list with filters, search and
// paging; get with translations; create, patch, delete; put a translation), /api/v1/assessments
// (the criteria catalogue, list, get, create, delete) and /api/v1/needs (list, get, create,
// patch, delete). Same authorisation as the pages; ids of another region answer 404.
#include "core/clock.hpp"
#include "services/offer_service.hpp"
#include "web/api/json_body.hpp"
#include "web/register_support.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

#include <boost/json.hpp>

namespace bb::web {

namespace {

using domain::Role;
using namespace register_support;
namespace json = boost::json;

services::OfferService offers(Services& s) { return services::OfferService(s.db); }
services::AssessmentService checks(Services& s) { return services::AssessmentService(s.db); }
services::NeedService needs(Services& s) { return services::NeedService(s.db); }

json::array id_array(const std::vector<domain::Id>& ids) {
  json::array out;
  for (auto id : ids) out.emplace_back(id);
  return out;
}

json::object offer_json(const domain::Offer& o, const std::string& provider_name) {
  json::object j;
  j["id"] = o.id;
  j["provider_id"] = o.provider_id;
  j["provider_name"] = provider_name;
  j["title"] = o.title;
  j["description"] = o.description;
  j["target_groups"] = string_array(o.target_groups);
  j["field"] = o.field;
  j["format"] = o.format;
  j["municipality_ids"] = id_array(o.municipality_ids);
  j["languages"] = string_array(o.languages);
  j["cost"] = o.cost;
  j["free_of_charge"] = o.free_of_charge;
  j["schedule"] = o.schedule;
  j["starts_on"] = o.starts_on;
  j["ends_on"] = o.ends_on;
  j["capacity"] = o.capacity ? json::value(*o.capacity) : json::value(nullptr);
  j["funding_source"] = o.funding_source;
  j["funding_ends_on"] = o.funding_ends_on;
  j["funding_nearing_end"] = domain::funding_nearing_end(o, today());
  j["contact_id"] = optional_id(o.contact_id);
  j["status"] = o.status;
  j["last_verified_on"] = o.last_verified_on;
  j["published"] = o.published;
  j["created_at"] = o.created_at;
  j["updated_at"] = o.updated_at;
  return j;
}

void read_offer(JsonReader& r, domain::Offer& o) {
  r.number("provider_id", o.provider_id);
  r.text("title", o.title);
  r.text("description", o.description);
  r.list("target_groups", o.target_groups);
  r.text("field", o.field);
  r.text("format", o.format);
  r.ids("municipality_ids", o.municipality_ids);
  r.list("languages", o.languages);
  r.text("cost", o.cost);
  r.flag("free_of_charge", o.free_of_charge);
  r.text("schedule", o.schedule);
  r.text("starts_on", o.starts_on);
  r.text("ends_on", o.ends_on);
  std::optional<domain::Id> capacity = o.capacity;
  r.optional_id("capacity", capacity);
  o.capacity = capacity;
  r.text("funding_source", o.funding_source);
  r.text("funding_ends_on", o.funding_ends_on);
  r.optional_id("contact_id", o.contact_id);
  r.text("status", o.status);
  r.text("last_verified_on", o.last_verified_on);
  r.flag("published", o.published);
}

// ----- offers -----

http::Response offer_answer(Services& s, http::Request& req, domain::Id id, http::Status status = http::Status::ok) {
  const auto region_id = region_of(req);
  auto found = offers(s).find_offer(region_id, id);
  if (!found) return json_error(s, req, found.error());
  if (!found->has_value()) return json_error(s, req, Error::not_found());
  auto provider = services::RegisterService(s.db).find_organisation(region_id, (*found)->provider_id);
  if (!provider) return json_error(s, req, provider.error());
  auto translations = offers(s).translations(region_id, id);
  if (!translations) return json_error(s, req, translations.error());
  auto j = offer_json(**found, provider->has_value() ? (*provider)->name : "");
  json::object t;
  for (const auto& e : *translations) t[e.language] = json::object{{"title", e.title}, {"description", e.description}};
  j["translations"] = std::move(t);
  auto res = json_response(j, status);
  if (status == http::Status::created) res.headers.set("Location", "/api/v1/offers/" + std::to_string(id));
  return res;
}

http::Response list_offers(Services& s, http::Request& req) {
  const auto page = paging(req);
  if (!page) return paging_error(s, req);
  const auto& q = req.query;
  storage::OfferQuery query;
  query.search = q.get_or("q", "");
  domain::FieldErrors errors;
  auto choice = [&](const char* key, auto is_valid, std::optional<std::string>& out) {
    if (auto v = q.get_or(key, ""); !v.empty()) {
      if (is_valid(v)) {
        out = v;
      } else {
        errors[key] = "validation.choice";
      }
    }
  };
  choice("target_group", domain::is_target_group, query.target_group);
  choice("field", domain::is_offer_field, query.field);
  choice("format", domain::is_offer_format, query.format);
  choice("status", domain::is_offer_status, query.status);
  if (auto v = q.get_or("language", ""); !v.empty()) query.language = v;
  if (auto v = q.get_or("municipality_id", ""); !v.empty()) query.municipality_id = parse_int(v).value_or(-1);
  if (auto v = q.get_or("provider_id", ""); !v.empty()) query.provider_id = parse_int(v).value_or(-1);
  query.published = parse_flag(q.get_or("published", ""));
  query.active_on = q.get_or("active_on", "");
  if (!query.active_on.empty() && !domain::is_iso_date(query.active_on)) errors["active_on"] = "validation.date";
  if (!errors.empty()) return json_error(s, req, Error::invalid("validation.form", errors));
  const auto sort = q.get_or("sort", "");
  if (sort == "title") query.sort = storage::OfferQuery::Sort::title;
  if (sort == "updated") query.sort = storage::OfferQuery::Sort::updated;
  if (sort == "provider") query.sort = storage::OfferQuery::Sort::provider;
  query.descending = q.get_or("order", "") == "desc";
  query.limit = page->first;
  query.offset = page->second;
  auto found = offers(s).list_offers(region_of(req), query);
  if (!found) return json_error(s, req, found.error());
  json::array items;
  for (const auto& v : found->items) items.push_back(offer_json(v.offer, v.provider_name));
  return json_response(
      json::object{{"items", items}, {"total", found->total}, {"limit", query.limit}, {"offset", query.offset}});
}

http::Response get_offer(Services& s, http::Request& req) { return offer_answer(s, req, *req.int_param("id")); }

http::Response create_offer(Services& s, http::Request& req) {
  domain::Offer input;
  input.status = "running";
  if (auto answer = read_body(s, req, input, read_offer)) return std::move(*answer);
  auto id = offers(s).create_offer(caller_of(req), input, unix_now());
  if (!id) return json_error(s, req, id.error());
  return offer_answer(s, req, *id, http::Status::created);
}

http::Response patch_offer(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  auto current = offers(s).find_offer(region_of(req), id);
  if (!current) return json_error(s, req, current.error());
  if (!current->has_value()) return json_error(s, req, Error::not_found());
  domain::Offer input = **current;  // PATCH: absent fields keep their value
  JsonReader reader(std::get<json::object>(body));
  read_offer(reader, input);
  if (!reader.errors().empty()) return json_error(s, req, Error::invalid("validation.form", reader.errors()));
  input.id = id;
  auto updated = offers(s).update_offer(caller_of(req), input, unix_now());
  if (!updated) return json_error(s, req, updated.error());
  return offer_answer(s, req, id);
}

http::Response delete_offer(Services& s, http::Request& req) {
  auto deleted = offers(s).delete_offer(caller_of(req), *req.int_param("id"), unix_now());
  if (!deleted) return json_error(s, req, deleted.error());
  return no_content();
}

http::Response put_translation(Services& s, http::Request& req) {
  domain::OfferTranslation t;
  t.offer_id = *req.int_param("id");
  t.language = std::string(req.param("lang"));
  if (auto answer = read_body(s, req, t, [](JsonReader& r, domain::OfferTranslation& out) {
        r.text("title", out.title);
        r.text("description", out.description);
      }))
    return std::move(*answer);
  if (!domain::is_translation_language(t.language)) return json_error(s, req, Error::not_found());
  auto saved = offers(s).put_translation(caller_of(req), t, unix_now());
  if (!saved) return json_error(s, req, saved.error());
  return offer_answer(s, req, t.offer_id);
}

// ----- assessments -----

json::object criterion_json(const domain::Criterion& c) {
  return json::object{{"id", c.id},
                      {"key", c.key},
                      {"label", c.label},
                      {"description", c.description},
                      {"weight", c.weight},
                      {"position", c.position},
                      {"active", c.active}};
}

json::object assessment_json(const domain::Assessment& a) {
  json::array ratings;
  for (const auto& r : a.ratings)
    ratings.push_back(json::object{{"criterion_id", r.criterion_id}, {"level", r.level}, {"evidence", r.evidence}});
  return json::object{{"id", a.id},
                      {"offer_id", a.offer_id},
                      {"assessed_on", a.assessed_on},
                      {"assessor_id", optional_id(a.assessor_id)},
                      {"assessor_name", a.assessor_name},
                      {"score", a.score ? json::value(*a.score) : json::value(nullptr)},
                      {"next_review_on", a.next_review_on},
                      {"ratings", std::move(ratings)},
                      {"actions", string_array(a.actions)},
                      {"note", a.note},
                      {"created_at", a.created_at}};
}

http::Response list_criteria(Services& s, http::Request& req) {
  auto criteria = checks(s).criteria(region_of(req), unix_now());
  if (!criteria) return json_error(s, req, criteria.error());
  json::array items;
  for (const auto& c : *criteria) items.push_back(criterion_json(c));
  return json_response(json::object{{"items", items}});
}

http::Response list_assessments(Services& s, http::Request& req) {
  const auto page = paging(req);
  if (!page) return paging_error(s, req);
  std::optional<domain::Id> offer_id;
  if (auto v = req.query.get_or("offer_id", ""); !v.empty()) offer_id = parse_int(v).value_or(-1);
  auto found = checks(s).list_assessments(region_of(req), offer_id, page->first, page->second);
  if (!found) return json_error(s, req, found.error());
  json::array items;
  for (const auto& v : found->items) {
    auto j = assessment_json(v.assessment);
    j.erase("ratings");  // the list leaves out the ratings; GET /assessments/{id} has them
    j["offer_title"] = v.offer_title;
    items.push_back(std::move(j));
  }
  return json_response(
      json::object{{"items", items}, {"total", found->total}, {"limit", page->first}, {"offset", page->second}});
}

http::Response get_assessment(Services& s, http::Request& req) {
  auto found = checks(s).find_assessment(region_of(req), *req.int_param("id"));
  if (!found) return json_error(s, req, found.error());
  if (!found->has_value()) return json_error(s, req, Error::not_found());
  return json_response(assessment_json(**found));
}

http::Response create_assessment(Services& s, http::Request& req) {
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& o = std::get<json::object>(body);
  domain::Assessment a;
  JsonReader reader(o);
  reader.number("offer_id", a.offer_id);
  reader.text("assessed_on", a.assessed_on);
  reader.text("next_review_on", a.next_review_on);
  reader.list("actions", a.actions);
  reader.text("note", a.note);
  if (const auto* ratings = o.if_contains("ratings")) {
    if (!ratings->is_array()) {
      reader.fail("ratings", "validation.form");
    } else {
      for (const auto& item : ratings->as_array()) {
        if (!item.is_object()) {
          reader.fail("ratings", "validation.form");
          continue;
        }
        domain::Rating r;
        JsonReader rating(item.as_object());
        rating.number("criterion_id", r.criterion_id);
        rating.text("level", r.level);
        rating.text("evidence", r.evidence);
        if (!rating.errors().empty()) reader.fail("ratings", "validation.form");
        a.ratings.push_back(std::move(r));
      }
    }
  }
  if (!reader.errors().empty()) return json_error(s, req, Error::invalid("validation.form", reader.errors()));
  a.assessor_name = state(req).principal->user.display_name;
  auto id = checks(s).create_assessment(caller_of(req), a, unix_now());
  if (!id) return json_error(s, req, id.error());
  auto created = checks(s).find_assessment(region_of(req), *id);
  if (!created || !created->has_value()) return json_error(s, req, Error::internal("error.internal"));
  auto res = json_response(assessment_json(**created), http::Status::created);
  res.headers.set("Location", "/api/v1/assessments/" + std::to_string(*id));
  return res;
}

http::Response delete_assessment(Services& s, http::Request& req) {
  auto deleted = checks(s).delete_assessment(caller_of(req), *req.int_param("id"), unix_now());
  if (!deleted) return json_error(s, req, deleted.error());
  return no_content();
}

// ----- needs -----

json::object need_json(const domain::Need& n) {
  return json::object{{"id", n.id},
                      {"source_kind", n.source_kind},
                      {"organisation_id", optional_id(n.organisation_id)},
                      {"source_note", n.source_note},
                      {"target_group", n.target_group},
                      {"municipality_id", optional_id(n.municipality_id)},
                      {"field", n.field},
                      {"description", n.description},
                      {"urgency", n.urgency},
                      {"reported_on", n.reported_on},
                      {"status", n.status},
                      {"offer_id", optional_id(n.offer_id)},
                      {"measure_id", optional_id(n.measure_id)},
                      {"created_at", n.created_at},
                      {"updated_at", n.updated_at}};
}

void read_need(JsonReader& r, domain::Need& n) {
  r.text("source_kind", n.source_kind);
  r.optional_id("organisation_id", n.organisation_id);
  r.text("source_note", n.source_note);
  r.text("target_group", n.target_group);
  r.optional_id("municipality_id", n.municipality_id);
  r.text("field", n.field);
  r.text("description", n.description);
  r.text("urgency", n.urgency);
  r.text("reported_on", n.reported_on);
  r.text("status", n.status);
  r.optional_id("offer_id", n.offer_id);
  r.optional_id("measure_id", n.measure_id);
}

http::Response list_needs(Services& s, http::Request& req) {
  const auto page = paging(req);
  if (!page) return paging_error(s, req);
  const auto& q = req.query;
  storage::NeedQuery query;
  domain::FieldErrors errors;
  auto choice = [&](const char* key, auto is_valid, std::optional<std::string>& out) {
    if (auto v = q.get_or(key, ""); !v.empty()) {
      if (is_valid(v)) {
        out = v;
      } else {
        errors[key] = "validation.choice";
      }
    }
  };
  choice("status", domain::is_need_status, query.status);
  choice("target_group", domain::is_target_group, query.target_group);
  choice("field", domain::is_offer_field, query.field);
  choice("urgency", domain::is_urgency, query.urgency);
  if (!errors.empty()) return json_error(s, req, Error::invalid("validation.form", errors));
  if (auto v = q.get_or("municipality_id", ""); !v.empty()) query.municipality_id = parse_int(v).value_or(-1);
  if (auto v = q.get_or("organisation_id", ""); !v.empty()) query.organisation_id = parse_int(v).value_or(-1);
  if (auto v = q.get_or("offer_id", ""); !v.empty()) query.offer_id = parse_int(v).value_or(-1);
  query.limit = page->first;
  query.offset = page->second;
  auto found = needs(s).list_needs(region_of(req), query);
  if (!found) return json_error(s, req, found.error());
  json::array items;
  for (const auto& v : found->items) items.push_back(need_json(v.need));
  return json_response(
      json::object{{"items", items}, {"total", found->total}, {"limit", query.limit}, {"offset", query.offset}});
}

http::Response get_need(Services& s, http::Request& req) {
  auto found = needs(s).find_need(region_of(req), *req.int_param("id"));
  if (!found) return json_error(s, req, found.error());
  if (!found->has_value()) return json_error(s, req, Error::not_found());
  return json_response(need_json(**found));
}

http::Response create_need(Services& s, http::Request& req) {
  domain::Need input;
  if (auto answer = read_body(s, req, input, read_need)) return std::move(*answer);
  auto id = needs(s).create_need(caller_of(req), input, unix_now());
  if (!id) return json_error(s, req, id.error());
  auto created = needs(s).find_need(region_of(req), *id);
  if (!created || !created->has_value()) return json_error(s, req, Error::internal("error.internal"));
  auto res = json_response(need_json(**created), http::Status::created);
  res.headers.set("Location", "/api/v1/needs/" + std::to_string(*id));
  return res;
}

http::Response patch_need(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  auto current = needs(s).find_need(region_of(req), id);
  if (!current) return json_error(s, req, current.error());
  if (!current->has_value()) return json_error(s, req, Error::not_found());
  domain::Need input = **current;
  JsonReader reader(std::get<json::object>(body));
  read_need(reader, input);
  if (!reader.errors().empty()) return json_error(s, req, Error::invalid("validation.form", reader.errors()));
  input.id = id;
  auto updated = needs(s).update_need(caller_of(req), input, unix_now());
  if (!updated) return json_error(s, req, updated.error());
  return get_need(s, req);
}

http::Response delete_need(Services& s, http::Request& req) {
  auto deleted = needs(s).delete_need(caller_of(req), *req.int_param("id"), unix_now());
  if (!deleted) return json_error(s, req, deleted.error());
  return no_content();
}

}  // namespace

void register_offer_api_routes(Routes& routes) {
  const auto readers = Access::api(domain::RoleSet::regional());
  const auto staff = Access::api({Role::admin, Role::staff});
  const auto editors = Access::api({Role::admin, Role::staff, Role::partner});
  routes.get("/api/v1/offers", readers, list_offers);
  routes.post("/api/v1/offers", editors, create_offer);
  routes.get("/api/v1/offers/{id:int}", readers, get_offer);
  routes.add(http::Method::patch, "/api/v1/offers/{id:int}", editors, patch_offer);
  routes.add(http::Method::delete_, "/api/v1/offers/{id:int}", editors, delete_offer);
  routes.add(http::Method::put, "/api/v1/offers/{id:int}/translations/{lang}", editors, put_translation);
  routes.get("/api/v1/assessments/criteria", readers, list_criteria);
  routes.get("/api/v1/assessments", readers, list_assessments);
  routes.post("/api/v1/assessments", staff, create_assessment);
  routes.get("/api/v1/assessments/{id:int}", readers, get_assessment);
  routes.add(http::Method::delete_, "/api/v1/assessments/{id:int}", staff, delete_assessment);
  routes.get("/api/v1/needs", readers, list_needs);
  routes.post("/api/v1/needs", staff, create_need);
  routes.get("/api/v1/needs/{id:int}", readers, get_need);
  routes.add(http::Method::patch, "/api/v1/needs/{id:int}", staff, patch_need);
  routes.add(http::Method::delete_, "/api/v1/needs/{id:int}", staff, delete_need);
}

}  // namespace bb::web
