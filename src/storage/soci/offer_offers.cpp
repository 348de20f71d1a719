// Offers: the record, its target groups, municipalities and languages (one row each, for
// filters and the coverage matrix), translations, and the full-text search on both engines.
#include "domain/normalise.hpp"
#include "domain/search_text.hpp"
#include "storage/soci/offer_sql.hpp"
#include "storage/soci/row_reader.hpp"

#include <algorithm>
#include <array>
#include <set>

namespace bb::storage::soci_impl {

namespace {

constexpr const char* kColumns =
    "o.id, o.region_id, o.provider_id, o.title, o.description, o.field, o.format, o.target_groups, o.languages, "
    "o.cost, o.free_of_charge, o.schedule, o.starts_on, o.ends_on, o.capacity, o.funding_source, o.funding_ends_on, "
    "o.contact_id, o.status, o.last_verified_on, o.published, o.created_at, o.updated_at, p.name";

OfferView read_offer(const RowReader& r) {
  OfferView v;
  auto& o = v.offer;
  o.id = r.int64(0);
  o.region_id = r.int64(1);
  o.provider_id = r.int64(2);
  o.title = r.text(3);
  o.description = r.text(4);
  o.field = r.text(5);
  o.format = r.text(6);
  o.target_groups = domain::split_list(r.text(7));
  o.languages = domain::split_list(r.text(8));
  o.cost = r.text(9);
  o.free_of_charge = r.int64(10) != 0;
  o.schedule = r.text(11);
  o.starts_on = r.text(12);
  o.ends_on = r.text(13);
  o.capacity = r.opt_int64(14);
  o.funding_source = r.text(15);
  o.funding_ends_on = r.text(16);
  o.contact_id = r.opt_int64(17);
  o.status = r.text(18);
  o.last_verified_on = r.text(19);
  o.published = r.int64(20) != 0;
  o.created_at = r.int64(21);
  o.updated_at = r.int64(22);
  v.provider_name = r.text(23);
  return v;
}

long long id_value(Id id) { return static_cast<long long>(id); }

constexpr std::array<const char*, 20> kWritable{
    "provider_id", "title",     "title_norm",  "description",    "field",           "format",     "target_groups",
    "languages",   "cost",      "free_of_charge", "schedule",    "starts_on",       "ends_on",    "capacity",
    "funding_source", "funding_ends_on", "contact_id", "status", "last_verified_on", "published"};

std::vector<std::string> writable_values(Bindings& b, const domain::Offer& o) {
  return {b.value(id_value(o.provider_id)),
          b.value(o.title),
          b.value(domain::normalise_for_search(o.title)),
          b.value(o.description),
          b.value(o.field),
          b.value(o.format),
          b.value(domain::join_list(o.target_groups)),
          b.value(domain::join_list(o.languages)),
          b.value(o.cost),
          b.value(static_cast<long long>(o.free_of_charge ? 1 : 0)),
          b.value(o.schedule),
          b.value(o.starts_on),
          b.value(o.ends_on),
          o.capacity ? b.value(static_cast<long long>(*o.capacity)) : std::string("NULL"),
          b.value(o.funding_source),
          b.value(o.funding_ends_on),
          o.contact_id ? b.value(id_value(*o.contact_id)) : std::string("NULL"),
          b.value(o.status),
          b.value(o.last_verified_on),
          b.value(static_cast<long long>(o.published ? 1 : 0))};
}

}  // namespace

void SociOfferRepository::write_children(Id region_id, const domain::Offer& o) {
  const long long region = region_id;
  const long long offer = o.id;
  sql_ << "DELETE FROM offer_target_groups WHERE offer_id = :o", soci::use(offer);
  sql_ << "DELETE FROM offer_municipalities WHERE offer_id = :o", soci::use(offer);
  sql_ << "DELETE FROM offer_languages WHERE offer_id = :o", soci::use(offer);
  for (const auto& group : std::set<std::string>(o.target_groups.begin(), o.target_groups.end()))
    sql_ << "INSERT INTO offer_target_groups (region_id, offer_id, target_group) VALUES (:r, :o, :g)",
        soci::use(region), soci::use(offer), soci::use(group);
  for (Id m : std::set<Id>(o.municipality_ids.begin(), o.municipality_ids.end())) {
    const long long municipality = m;
    sql_ << "INSERT INTO offer_municipalities (region_id, offer_id, municipality_id) VALUES (:r, :o, :m)",
        soci::use(region), soci::use(offer), soci::use(municipality);
  }
  for (const auto& language : std::set<std::string>(o.languages.begin(), o.languages.end()))
    sql_ << "INSERT INTO offer_languages (region_id, offer_id, language) VALUES (:r, :o, :l)", soci::use(region),
        soci::use(offer), soci::use(language);
}

void SociOfferRepository::refresh_search(Id region_id, Id offer_id) {
  const long long region = region_id;
  const long long offer = offer_id;
  std::string title;
  std::string description;
  sql_ << "SELECT title, description FROM offers WHERE id = :o AND region_id = :r", soci::into(title),
      soci::into(description), soci::use(offer), soci::use(region);
  std::string all = title + "\n" + description;
  soci::rowset<soci::row> rows =
      (sql_.prepare << "SELECT title, description FROM offer_translations WHERE offer_id = :o ORDER BY language",
       soci::use(offer));
  for (const auto& row : rows) {
    RowReader r(row);
    all += "\n" + r.text(0) + "\n" + r.text(1);
  }
  // The title's stems with a leading space, so that "% stem%" finds a word that starts with it.
  const std::string title_search = " " + domain::search_text(title);
  const std::string search = domain::search_text(all);
  sql_ << "UPDATE offers SET search_text = :s, title_search = :t WHERE id = :o", soci::use(search),
      soci::use(title_search), soci::use(offer);
  if (backend_ == Backend::sqlite) {
    sql_ << "DELETE FROM offer_search WHERE rowid = :o", soci::use(offer);
    sql_ << "INSERT INTO offer_search (rowid, search_text) VALUES (:o, :s)", soci::use(offer), soci::use(search);
  }
}

Result<Id> SociOfferRepository::create(Id region_id, const domain::Offer& o, UnixTime now) {
  Bindings b;
  std::string columns;
  std::string values;
  const auto placeholders = writable_values(b, o);
  for (std::size_t i = 0; i < kWritable.size(); ++i) {
    columns += std::string(kWritable[i]) + ", ";
    values += placeholders[i] + ", ";
  }
  values += b.value(id_value(region_id)) + ", " + b.value(static_cast<long long>(now)) + ", " +
            b.value(static_cast<long long>(now));
  const Id id = query_int(
      sql_, "INSERT INTO offers (" + columns + "region_id, created_at, updated_at) VALUES (" + values + ") RETURNING id",
      b);
  domain::Offer written = o;
  written.id = id;
  write_children(region_id, written);
  refresh_search(region_id, id);
  return id;
}

Result<bool> SociOfferRepository::update(Id region_id, const domain::Offer& o, UnixTime now) {
  Bindings b;
  std::string set;
  const auto placeholders = writable_values(b, o);
  for (std::size_t i = 0; i < kWritable.size(); ++i) set += std::string(kWritable[i]) + " = " + placeholders[i] + ", ";
  set += "updated_at = " + b.value(static_cast<long long>(now));
  if (!execute_changed(sql_,
                       "UPDATE offers SET " + set + " WHERE id = " + b.value(id_value(o.id)) +
                           " AND region_id = " + b.value(id_value(region_id)),
                       b))
    return false;
  write_children(region_id, o);
  refresh_search(region_id, o.id);
  return true;
}

Result<bool> SociOfferRepository::remove(Id region_id, Id offer_id) {
  Bindings b;
  const bool removed = execute_changed(
      sql_, "DELETE FROM offers WHERE id = " + b.value(id_value(offer_id)) + " AND region_id = " + b.value(id_value(region_id)),
      b);
  if (removed && backend_ == Backend::sqlite) {
    const long long offer = offer_id;
    sql_ << "DELETE FROM offer_search WHERE rowid = :o", soci::use(offer);
  }
  return removed;
}

void SociOfferRepository::load_children(std::vector<OfferView>& offers) {
  if (offers.empty()) return;
  Bindings ids;
  std::string in;
  for (const auto& v : offers) in += (in.empty() ? "" : ", ") + ids.value(id_value(v.offer.id));
  std::map<Id, std::vector<Id>> served;
  for_rows(sql_,
           "SELECT offer_id, municipality_id FROM offer_municipalities WHERE offer_id IN (" + in +
               ") ORDER BY offer_id, municipality_id",
           ids, [&](const soci::row& row) {
             RowReader r(row);
             served[r.int64(0)].push_back(r.int64(1));
           });
  for (auto& v : offers) v.offer.municipality_ids = std::move(served[v.offer.id]);
}

Result<std::optional<domain::Offer>> SociOfferRepository::find(Id region_id, Id offer_id) {
  Bindings b;
  std::vector<OfferView> found;
  for_rows(sql_,
           std::string("SELECT ") + kColumns +
               " FROM offers o JOIN organisations p ON p.id = o.provider_id WHERE o.id = " + b.value(id_value(offer_id)) +
               " AND o.region_id = " + b.value(id_value(region_id)),
           b, [&](const soci::row& row) { found.push_back(read_offer(RowReader(row))); });
  if (found.empty()) return std::optional<domain::Offer>();
  load_children(found);
  return std::optional<domain::Offer>(std::move(found.front().offer));
}

Result<PageOf<OfferView>> SociOfferRepository::list(Id region_id, const OfferQuery& q) {
  const auto terms = domain::search_terms(q.search);
  auto where = [&](Bindings& b) {
    std::string w = " WHERE o.region_id = " + b.value(id_value(region_id));
    if (q.target_group)
      w += " AND EXISTS (SELECT 1 FROM offer_target_groups g WHERE g.offer_id = o.id AND g.target_group = " +
           b.value(*q.target_group) + ")";
    if (q.field) w += " AND o.field = " + b.value(*q.field);
    if (q.format) w += " AND o.format = " + b.value(*q.format);
    if (q.status) w += " AND o.status = " + b.value(*q.status);
    if (q.provider_id) w += " AND o.provider_id = " + b.value(id_value(*q.provider_id));
    if (q.published) w += " AND o.published = " + b.value(static_cast<long long>(*q.published ? 1 : 0));
    if (q.municipality_id) {
      // An offer without listed municipalities serves the whole region.
      w += " AND (EXISTS (SELECT 1 FROM offer_municipalities m WHERE m.offer_id = o.id AND m.municipality_id = " +
           b.value(id_value(*q.municipality_id)) +
           ") OR NOT EXISTS (SELECT 1 FROM offer_municipalities m2 WHERE m2.offer_id = o.id))";
    }
    if (q.language)
      w += " AND EXISTS (SELECT 1 FROM offer_languages l WHERE l.offer_id = o.id AND l.language = " +
           b.value(*q.language) + ")";
    if (!q.active_on.empty()) {
      const auto day = b.value(q.active_on);
      w += " AND (o.starts_on = '' OR o.starts_on <= " + day + ") AND (o.ends_on = '' OR o.ends_on >= " +
           b.value(q.active_on) + ")";
    }
    if (!terms.empty()) {
      // Every stem must start a word of the search text (terms are letters and digits only).
      std::string match;
      if (backend_ == Backend::sqlite) {
        for (const auto& t : terms) match += (match.empty() ? "" : " ") + ("\"" + t + "\"*");
        w += " AND o.id IN (SELECT rowid FROM offer_search WHERE offer_search MATCH " + b.value(match) + ")";
      } else {
        for (const auto& t : terms) match += (match.empty() ? "" : " & ") + t + ":*";
        w += " AND to_tsvector('simple', o.search_text) @@ to_tsquery('simple', " + b.value(match) + ")";
      }
    }
    return w;
  };
  PageOf<OfferView> page;
  {
    Bindings b;
    page.total = query_int(sql_, "SELECT COUNT(*) FROM offers o" + where(b), b);
  }
  Bindings b;
  const std::string direction = q.descending ? " DESC" : " ASC";
  std::string order;
  switch (q.sort) {
    case OfferQuery::Sort::relevance:
      if (!terms.empty()) {
        std::string rank;
        for (const auto& t : terms)
          rank += (rank.empty() ? "" : " + ") + ("(CASE WHEN o.title_search LIKE " + b.value("% " + t + "%") +
                                                   " THEN 1 ELSE 0 END)");
        order = "(" + rank + ") DESC, o.title_norm";
      } else {
        order = "o.title_norm" + direction;
      }
      break;
    case OfferQuery::Sort::title:
      order = "o.title_norm" + direction;
      break;
    case OfferQuery::Sort::updated:
      order = "o.updated_at" + direction;
      break;
    case OfferQuery::Sort::provider:
      order = "p.name_norm" + direction + ", o.title_norm";
      break;
  }
  const std::string filter = where(b);
  const std::string query = std::string("SELECT ") + kColumns + " FROM offers o JOIN organisations p ON p.id = o.provider_id" +
                            filter + " ORDER BY " + order + ", o.id LIMIT " +
                            b.value(static_cast<long long>(std::clamp(q.limit, 1, 1000))) + " OFFSET " +
                            b.value(static_cast<long long>(std::max(q.offset, 0)));
  for_rows(sql_, query, b, [&](const soci::row& row) { page.items.push_back(read_offer(RowReader(row))); });
  load_children(page.items);
  return page;
}

Result<std::vector<domain::OfferTranslation>> SociOfferRepository::translations(Id region_id, Id offer_id) {
  Bindings b;
  std::vector<domain::OfferTranslation> out;
  for_rows(sql_,
           "SELECT offer_id, language, title, description, updated_at FROM offer_translations WHERE region_id = " +
               b.value(id_value(region_id)) + " AND offer_id = " + b.value(id_value(offer_id)) + " ORDER BY language",
           b, [&](const soci::row& row) {
             RowReader r(row);
             out.push_back({r.int64(0), r.text(1), r.text(2), r.text(3), r.int64(4)});
           });
  return out;
}

Result<void> SociOfferRepository::put_translation(Id region_id, const domain::OfferTranslation& t, UnixTime now) {
  const long long region = region_id;
  const long long offer = t.offer_id;
  const long long at = now;
  sql_ << "DELETE FROM offer_translations WHERE region_id = :r AND offer_id = :o AND language = :l", soci::use(region),
      soci::use(offer), soci::use(t.language);
  sql_ << "INSERT INTO offer_translations (region_id, offer_id, language, title, description, updated_at) "
          "VALUES (:r, :o, :l, :t, :d, :a)",
      soci::use(region), soci::use(offer), soci::use(t.language), soci::use(t.title), soci::use(t.description),
      soci::use(at);
  refresh_search(region_id, t.offer_id);
  return success();
}

Result<bool> SociOfferRepository::remove_translation(Id region_id, Id offer_id, std::string_view language) {
  Bindings b;
  const bool removed = execute_changed(sql_,
                                       "DELETE FROM offer_translations WHERE region_id = " + b.value(id_value(region_id)) +
                                           " AND offer_id = " + b.value(id_value(offer_id)) +
                                           " AND language = " + b.value(std::string(language)),
                                       b);
  if (removed) refresh_search(region_id, offer_id);
  return removed;
}

Result<std::map<Id, std::vector<std::string>>> SociOfferRepository::translated_languages(
    Id region_id, const std::vector<Id>& offer_ids) {
  std::map<Id, std::vector<std::string>> out;
  if (offer_ids.empty()) return out;
  Bindings b;
  std::string in;
  for (Id id : offer_ids) in += (in.empty() ? "" : ", ") + b.value(id_value(id));
  for_rows(sql_,
           "SELECT offer_id, language FROM offer_translations WHERE region_id = " + b.value(id_value(region_id)) +
               " AND offer_id IN (" + in + ") ORDER BY offer_id, language",
           b, [&](const soci::row& row) {
             RowReader r(row);
             out[r.int64(0)].push_back(r.text(1));
           });
  return out;
}

Result<std::int64_t> SociOfferRepository::dependent_needs(Id region_id, Id offer_id) {
  Bindings b;
  return query_int(sql_,
                   "SELECT COUNT(*) FROM needs WHERE region_id = " + b.value(id_value(region_id)) +
                       " AND offer_id = " + b.value(id_value(offer_id)),
                   b);
}

}  // namespace bb::storage::soci_impl
