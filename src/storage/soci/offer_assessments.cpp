// The migration-sensitivity check: the criteria catalogue of a region, assessments with their
// ratings, and the lists of the check (never checked, due for review, weakest criteria).
#include "storage/soci/offer_sql.hpp"
#include "storage/soci/row_reader.hpp"

#include <algorithm>
#include <cmath>

namespace bb::storage::soci_impl {

namespace {

long long id_value(Id id) { return static_cast<long long>(id); }

// Improvement actions are stored one per line (an action is one line of text).
std::string join_lines(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "\n") + item;
  return out;
}
std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

constexpr const char* kAssessmentColumns =
    "a.id, a.region_id, a.offer_id, a.assessed_on, a.assessor_id, a.assessor_name, a.score, a.next_review_on, "
    "a.actions, a.note, a.created_at";

domain::Assessment read_assessment(const RowReader& r) {
  domain::Assessment a;
  a.id = r.int64(0);
  a.region_id = r.int64(1);
  a.offer_id = r.int64(2);
  a.assessed_on = r.text(3);
  a.assessor_id = r.opt_int64(4);
  a.assessor_name = r.text(5);
  if (!r.is_null(6)) a.score = static_cast<int>(r.int64(6));
  a.next_review_on = r.text(7);
  a.actions = split_lines(r.text(8));
  a.note = r.text(9);
  a.created_at = r.int64(10);
  return a;
}

// The latest assessment of each offer: the one with the greatest (assessed_on, id).
constexpr const char* kLatestAssessment =
    "NOT EXISTS (SELECT 1 FROM offer_assessments a2 WHERE a2.offer_id = a.offer_id AND (a2.assessed_on > "
    "a.assessed_on OR (a2.assessed_on = a.assessed_on AND a2.id > a.id)))";

}  // namespace

// ----- criteria -----

Result<std::vector<domain::Criterion>> SociCriterionRepository::list(Id region_id) {
  Bindings b;
  std::vector<domain::Criterion> out;
  for_rows(sql_,
           "SELECT id, region_id, key, label, description, weight, position, active FROM offer_criteria WHERE region_id = " +
               b.value(id_value(region_id)) + " ORDER BY position, id",
           b, [&](const soci::row& row) {
             RowReader r(row);
             domain::Criterion c;
             c.id = r.int64(0);
             c.region_id = r.int64(1);
             c.key = r.text(2);
             c.label = r.text(3);
             c.description = r.text(4);
             c.weight = static_cast<int>(r.int64(5));
             c.position = static_cast<int>(r.int64(6));
             c.active = r.int64(7) != 0;
             out.push_back(std::move(c));
           });
  return out;
}

Result<Id> SociCriterionRepository::create(Id region_id, const domain::Criterion& c) {
  Bindings b;
  return query_int(sql_,
                   "INSERT INTO offer_criteria (region_id, key, label, description, weight, position, active) VALUES (" +
                       b.value(id_value(region_id)) + ", " + b.value(c.key) + ", " + b.value(c.label) + ", " +
                       b.value(c.description) + ", " + b.value(static_cast<long long>(c.weight)) + ", " +
                       b.value(static_cast<long long>(c.position)) + ", " +
                       b.value(static_cast<long long>(c.active ? 1 : 0)) + ") RETURNING id",
                   b);
}

Result<bool> SociCriterionRepository::update(Id region_id, const domain::Criterion& c) {
  Bindings b;
  return execute_changed(sql_,
                         "UPDATE offer_criteria SET label = " + b.value(c.label) + ", description = " +
                             b.value(c.description) + ", weight = " + b.value(static_cast<long long>(c.weight)) +
                             ", position = " + b.value(static_cast<long long>(c.position)) +
                             ", active = " + b.value(static_cast<long long>(c.active ? 1 : 0)) +
                             " WHERE id = " + b.value(id_value(c.id)) + " AND region_id = " + b.value(id_value(region_id)),
                         b);
}

Result<bool> SociCriterionRepository::remove(Id region_id, Id criterion_id) {
  Bindings b;
  return execute_changed(sql_,
                         "DELETE FROM offer_criteria WHERE id = " + b.value(id_value(criterion_id)) +
                             " AND region_id = " + b.value(id_value(region_id)),
                         b);
}

Result<std::int64_t> SociCriterionRepository::uses(Id region_id, Id criterion_id) {
  Bindings b;
  return query_int(sql_,
                   "SELECT COUNT(*) FROM offer_ratings WHERE region_id = " + b.value(id_value(region_id)) +
                       " AND criterion_id = " + b.value(id_value(criterion_id)),
                   b);
}

Result<bool> SociCriterionRepository::seeded(Id region_id) {
  Bindings b;
  return query_int(sql_, "SELECT COUNT(*) FROM offer_criteria_seeded WHERE region_id = " + b.value(id_value(region_id)),
                   b) > 0;
}

Result<void> SociCriterionRepository::mark_seeded(Id region_id, UnixTime now) {
  const long long region = region_id;
  const long long at = now;
  sql_ << "INSERT INTO offer_criteria_seeded (region_id, seeded_at) VALUES (:r, :a)", soci::use(region), soci::use(at);
  return success();
}

// ----- assessments -----

Result<Id> SociAssessmentRepository::create(Id region_id, const domain::Assessment& a, UnixTime now) {
  Bindings b;
  const Id id = query_int(
      sql_,
      "INSERT INTO offer_assessments (region_id, offer_id, assessed_on, assessor_id, assessor_name, score, "
      "next_review_on, actions, note, created_at) VALUES (" +
          b.value(id_value(region_id)) + ", " + b.value(id_value(a.offer_id)) + ", " + b.value(a.assessed_on) + ", " +
          (a.assessor_id ? b.value(id_value(*a.assessor_id)) : std::string("NULL")) + ", " + b.value(a.assessor_name) +
          ", " + (a.score ? b.value(static_cast<long long>(*a.score)) : std::string("NULL")) + ", " +
          b.value(a.next_review_on) + ", " + b.value(join_lines(a.actions)) + ", " + b.value(a.note) + ", " +
          b.value(static_cast<long long>(now)) + ") RETURNING id",
      b);
  const long long region = region_id;
  const long long assessment = id;
  for (const auto& r : a.ratings) {
    const long long criterion = r.criterion_id;
    sql_ << "INSERT INTO offer_ratings (region_id, assessment_id, criterion_id, level, evidence) "
            "VALUES (:r, :a, :c, :l, :e)",
        soci::use(region), soci::use(assessment), soci::use(criterion), soci::use(r.level), soci::use(r.evidence);
  }
  return id;
}

Result<bool> SociAssessmentRepository::remove(Id region_id, Id assessment_id) {
  Bindings b;
  return execute_changed(sql_,
                         "DELETE FROM offer_assessments WHERE id = " + b.value(id_value(assessment_id)) +
                             " AND region_id = " + b.value(id_value(region_id)),
                         b);
}

void SociAssessmentRepository::load_ratings(std::vector<domain::Assessment>& assessments) {
  if (assessments.empty()) return;
  Bindings b;
  std::string in;
  for (const auto& a : assessments) in += (in.empty() ? "" : ", ") + b.value(id_value(a.id));
  std::map<Id, std::vector<domain::Rating>> ratings;
  for_rows(sql_,
           "SELECT r.assessment_id, r.criterion_id, r.level, r.evidence FROM offer_ratings r JOIN offer_criteria c ON "
           "c.id = r.criterion_id WHERE r.assessment_id IN (" +
               in + ") ORDER BY r.assessment_id, c.position, c.id",
           b, [&](const soci::row& row) {
             RowReader r(row);
             ratings[r.int64(0)].push_back({r.int64(1), r.text(2), r.text(3)});
           });
  for (auto& a : assessments) a.ratings = std::move(ratings[a.id]);
}

Result<std::optional<domain::Assessment>> SociAssessmentRepository::find(Id region_id, Id assessment_id) {
  Bindings b;
  std::vector<domain::Assessment> found;
  for_rows(sql_,
           std::string("SELECT ") + kAssessmentColumns + " FROM offer_assessments a WHERE a.id = " +
               b.value(id_value(assessment_id)) + " AND a.region_id = " + b.value(id_value(region_id)),
           b, [&](const soci::row& row) { found.push_back(read_assessment(RowReader(row))); });
  if (found.empty()) return std::optional<domain::Assessment>();
  load_ratings(found);
  return std::optional<domain::Assessment>(std::move(found.front()));
}

Result<std::vector<domain::Assessment>> SociAssessmentRepository::of_offer(Id region_id, Id offer_id) {
  Bindings b;
  std::vector<domain::Assessment> out;
  for_rows(sql_,
           std::string("SELECT ") + kAssessmentColumns + " FROM offer_assessments a WHERE a.region_id = " +
               b.value(id_value(region_id)) + " AND a.offer_id = " + b.value(id_value(offer_id)) +
               " ORDER BY a.assessed_on DESC, a.id DESC",
           b, [&](const soci::row& row) { out.push_back(read_assessment(RowReader(row))); });
  load_ratings(out);
  return out;
}

Result<PageOf<AssessmentView>> SociAssessmentRepository::list(Id region_id, std::optional<Id> offer_id, int limit,
                                                              int offset) {
  auto where = [&](Bindings& b) {
    std::string w = " WHERE a.region_id = " + b.value(id_value(region_id));
    if (offer_id) w += " AND a.offer_id = " + b.value(id_value(*offer_id));
    return w;
  };
  PageOf<AssessmentView> page;
  {
    Bindings b;
    page.total = query_int(sql_, "SELECT COUNT(*) FROM offer_assessments a" + where(b), b);
  }
  Bindings b;
  const std::string query = std::string("SELECT ") + kAssessmentColumns +
                            ", o.title FROM offer_assessments a JOIN offers o ON o.id = a.offer_id" + where(b) +
                            " ORDER BY a.assessed_on DESC, a.id DESC LIMIT " +
                            b.value(static_cast<long long>(std::clamp(limit, 1, 1000))) + " OFFSET " +
                            b.value(static_cast<long long>(std::max(offset, 0)));
  for_rows(sql_, query, b, [&](const soci::row& row) {
    RowReader r(row);
    page.items.push_back({read_assessment(r), r.text(11)});
  });
  return page;
}

Result<std::vector<OfferCheckState>> SociAssessmentRepository::never_checked(Id region_id, int limit) {
  Bindings b;
  std::vector<OfferCheckState> out;
  for_rows(sql_,
           "SELECT o.id, o.title, p.name FROM offers o JOIN organisations p ON p.id = o.provider_id WHERE o.region_id = " +
               b.value(id_value(region_id)) +
               " AND o.status <> 'ended' AND NOT EXISTS (SELECT 1 FROM offer_assessments a WHERE a.offer_id = o.id) "
               "ORDER BY o.title_norm, o.id LIMIT " +
               b.value(static_cast<long long>(std::clamp(limit, 1, 5000))),
           b, [&](const soci::row& row) {
             RowReader r(row);
             OfferCheckState s;
             s.offer_id = r.int64(0);
             s.offer_title = r.text(1);
             s.provider_name = r.text(2);
             out.push_back(std::move(s));
           });
  return out;
}

Result<std::vector<OfferCheckState>> SociAssessmentRepository::due_for_review(Id region_id, std::string_view today,
                                                                             int limit) {
  Bindings b;
  std::vector<OfferCheckState> out;
  for_rows(sql_,
           "SELECT o.id, o.title, p.name, a.assessed_on, a.score, a.next_review_on FROM offer_assessments a "
           "JOIN offers o ON o.id = a.offer_id JOIN organisations p ON p.id = o.provider_id WHERE a.region_id = " +
               b.value(id_value(region_id)) + " AND o.status <> 'ended' AND a.next_review_on <> '' AND a.next_review_on <= " +
               b.value(std::string(today)) + " AND " + kLatestAssessment +
               " ORDER BY a.next_review_on, o.title_norm, o.id LIMIT " +
               b.value(static_cast<long long>(std::clamp(limit, 1, 5000))),
           b, [&](const soci::row& row) {
             RowReader r(row);
             OfferCheckState s;
             s.offer_id = r.int64(0);
             s.offer_title = r.text(1);
             s.provider_name = r.text(2);
             s.last_assessed_on = r.text(3);
             if (!r.is_null(4)) s.last_score = static_cast<int>(r.int64(4));
             s.next_review_on = r.text(5);
             out.push_back(std::move(s));
           });
  return out;
}

Result<std::vector<CriterionStanding>> SociAssessmentRepository::criterion_standings(Id region_id) {
  Bindings b;
  std::map<Id, CriterionStanding> by_criterion;
  for_rows(sql_,
           "SELECT r.criterion_id, r.level, COUNT(*) FROM offer_ratings r JOIN offer_assessments a ON a.id = "
           "r.assessment_id WHERE a.region_id = " +
               b.value(id_value(region_id)) + " AND " + kLatestAssessment + " GROUP BY r.criterion_id, r.level",
           b, [&](const soci::row& row) {
             RowReader r(row);
             auto& s = by_criterion[r.int64(0)];
             s.criterion_id = r.int64(0);
             const auto level = r.text(1);
             const auto count = r.int64(2);
             if (level == "met") s.met += count;
             if (level == "partly") s.partly += count;
             if (level == "not_met") s.not_met += count;
             if (level == "not_applicable") s.not_applicable += count;
           });
  std::vector<CriterionStanding> out;
  for (auto& [id, s] : by_criterion) {
    const auto applicable = s.met + s.partly + s.not_met;
    if (applicable > 0)
      s.fulfilment = static_cast<int>(std::lround(100.0 * static_cast<double>(2 * s.met + s.partly) /
                                                  static_cast<double>(2 * applicable)));
    out.push_back(s);
  }
  // Weakest first; criteria without an applicable rating last; ties by id for a stable order.
  std::sort(out.begin(), out.end(), [](const CriterionStanding& x, const CriterionStanding& y) {
    if (x.fulfilment.has_value() != y.fulfilment.has_value()) return x.fulfilment.has_value();
    if (x.fulfilment != y.fulfilment) return *x.fulfilment < *y.fulfilment;
    return x.criterion_id < y.criterion_id;
  });
  return out;
}

}  // namespace bb::storage::soci_impl
