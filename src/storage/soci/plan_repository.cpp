// The action plan (issue 6): plans, their items, adopted versions, comments, proposals and
// progress. Every statement binds its values and filters on the region.
#include "domain/plan_snapshot.hpp"
#include "storage/soci/plan_sql.hpp"
#include "storage/soci/row_reader.hpp"

#include <map>
#include <set>

namespace bb::storage::soci_impl {

namespace {

using domain::PlanMeasure;

// An optional id bound with its NULL indicator.
struct OptionalId {
  explicit OptionalId(const std::optional<Id>& id) : value(id.value_or(0)), ind(id ? soci::i_ok : soci::i_null) {}
  long long value;
  soci::indicator ind;
};

constexpr const char* kPlanColumns =
    "p.id, p.region_id, p.title, p.period_start, p.period_end, p.preamble, p.status, p.created_at, p.updated_at, "
    "(SELECT COUNT(*) FROM plan_versions v WHERE v.plan_id = p.id)";

domain::Plan read_plan(const RowReader& r) {
  domain::Plan p;
  p.id = r.int64(0);
  p.region_id = r.int64(1);
  p.title = r.text(2);
  p.period_start = r.text(3);
  p.period_end = r.text(4);
  p.preamble = r.text(5);
  p.status = domain::parse_plan_status(r.text(6)).value_or(domain::PlanStatus::draft);
  p.created_at = r.int64(7);
  p.updated_at = r.int64(8);
  p.version_count = static_cast<int>(r.int64(9));
  return p;
}

constexpr const char* kMeasureColumns =
    "id, goal_id, position, title, description, lead_organisation_id, target_groups, start_on, end_on, status, "
    "resources, risks, anchoring_organisation_id, anchoring_state, anchoring_note";

PlanMeasure read_measure(const RowReader& r) {
  PlanMeasure m;
  m.id = r.int64(0);
  m.goal_id = r.int64(1);
  m.position = static_cast<int>(r.int64(2));
  m.title = r.text(3);
  m.description = r.text(4);
  m.lead_organisation_id = r.opt_int64(5);
  m.target_groups = r.text(6);
  m.start_on = r.text(7);
  m.end_on = r.text(8);
  m.status = domain::parse_measure_status(r.text(9)).value_or(domain::MeasureStatus::planned);
  m.resources = r.text(10);
  m.risks = r.text(11);
  m.anchoring_organisation_id = r.opt_int64(12);
  m.anchoring_state = domain::parse_anchoring_state(r.text(13)).value_or(domain::AnchoringState::open);
  m.anchoring_note = r.text(14);
  return m;
}

// The kinds of plan_measure_links that are the measure's own lists rather than links.
constexpr const char* kPartner = "partner";
constexpr const char* kMunicipality = "municipality";

// The query names the plan as :p1 .. :pN (a placeholder may appear only once on PostgreSQL).
std::map<Id, std::string> names(soci::session& sql, const std::string& query, long long region, long long plan,
                                int plan_placeholders) {
  std::map<Id, std::string> out;
  soci::details::prepare_temp_type prep = (sql.prepare << query, soci::use(region, "r"));
  const std::vector<std::string> keys{"p1", "p2", "p3"};
  for (int k = 0; k < plan_placeholders; ++k) prep, soci::use(plan, keys[static_cast<std::size_t>(k)]);
  soci::rowset<soci::row> rows(prep);
  for (const auto& row : rows) {
    RowReader r(row);
    out[r.int64(0)] = r.text(1);
  }
  return out;
}

domain::PlanProposal read_proposal(const RowReader& r) {
  domain::PlanProposal p;
  p.id = r.int64(0);
  p.plan_id = r.int64(1);
  p.measure_id = r.int64(2);
  p.organisation_id = r.opt_int64(3);
  p.user_id = r.opt_int64(4);
  p.user_name = r.text(5);
  if (auto measure = domain::measure_from_json(r.text(6))) p.proposed = std::move(*measure);
  p.reason = r.text(7);
  p.state = domain::parse_proposal_state(r.text(8)).value_or(domain::ProposalState::open);
  p.decided_by = r.opt_int64(9);
  p.decided_by_name = r.text(10);
  p.decided_at = r.is_null(11) ? 0 : r.int64(11);
  p.decision_note = r.text(12);
  p.created_at = r.int64(13);
  return p;
}

constexpr const char* kProposalSelect =
    "SELECT pr.id, pr.plan_id, pr.measure_id, pr.organisation_id, pr.user_id, COALESCE(u.display_name, ''), "
    "pr.proposed, pr.reason, pr.state, pr.decided_by, COALESCE(d.display_name, ''), pr.decided_at, "
    "pr.decision_note, pr.created_at FROM plan_proposals pr LEFT JOIN users u ON u.id = pr.user_id "
    "LEFT JOIN users d ON d.id = pr.decided_by";

}  // namespace

// ----- the plan -----

Result<Id> SociPlanRepository::create(Id region_id, const domain::Plan& p, UnixTime now) {
  long long id = 0;
  const long long region = region_id;
  const long long at = now;
  const std::string status(domain::to_string(p.status));
  sql_ << "INSERT INTO plans (region_id, title, period_start, period_end, preamble, status, created_at, updated_at) "
          "VALUES (:r, :t, :s, :e, :pre, :st, :c, :u) RETURNING id",
      soci::use(region), soci::use(p.title), soci::use(p.period_start), soci::use(p.period_end), soci::use(p.preamble),
      soci::use(status), soci::use(at), soci::use(at), soci::into(id);
  return Id{id};
}

Result<bool> SociPlanRepository::update(Id region_id, const domain::Plan& p, UnixTime now) {
  const long long region = region_id;
  const long long id = p.id;
  const long long at = now;
  const std::string status(domain::to_string(p.status));
  soci::statement st = (sql_.prepare << "UPDATE plans SET title = :t, period_start = :s, period_end = :e, "
                                        "preamble = :pre, status = :st, updated_at = :u WHERE id = :id AND region_id = :r",
                        soci::use(p.title), soci::use(p.period_start), soci::use(p.period_end), soci::use(p.preamble),
                        soci::use(status), soci::use(at), soci::use(id), soci::use(region));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

Result<std::optional<domain::Plan>> SociPlanRepository::find(Id region_id, Id plan_id) {
  const long long region = region_id;
  const long long id = plan_id;
  soci::rowset<soci::row> rows = (sql_.prepare << std::string("SELECT ") + kPlanColumns +
                                                      " FROM plans p WHERE p.id = :id AND p.region_id = :r",
                                  soci::use(id), soci::use(region));
  for (const auto& row : rows) return std::optional<domain::Plan>(read_plan(RowReader(row)));
  return std::optional<domain::Plan>();
}

Result<std::vector<domain::Plan>> SociPlanRepository::list(Id region_id) {
  const long long region = region_id;
  soci::rowset<soci::row> rows = (sql_.prepare << std::string("SELECT ") + kPlanColumns +
                                                      " FROM plans p WHERE p.region_id = :r "
                                                      "ORDER BY p.period_start DESC, p.id DESC",
                                  soci::use(region));
  std::vector<domain::Plan> out;
  for (const auto& row : rows) out.push_back(read_plan(RowReader(row)));
  return out;
}

Result<std::optional<domain::PlanDocument>> SociPlanRepository::document(Id region_id, Id plan_id) {
  auto plan = find(region_id, plan_id);
  if (!plan) return plan.error();
  if (!plan->has_value()) return std::optional<domain::PlanDocument>();
  domain::PlanDocument d;
  d.plan = std::move(**plan);
  const long long region = region_id;
  const long long pid = plan_id;
  {
    soci::rowset<soci::row> rows =
        (sql_.prepare << "SELECT id, position, title, description FROM plan_fields WHERE plan_id = :p AND region_id = :r "
                         "ORDER BY position, id",
         soci::use(pid), soci::use(region));
    for (const auto& row : rows) {
      RowReader r(row);
      d.fields.push_back({r.int64(0), plan_id, static_cast<int>(r.int64(1)), r.text(2), r.text(3)});
    }
  }
  {
    soci::rowset<soci::row> rows = (sql_.prepare << "SELECT id, field_id, position, title, description FROM plan_goals "
                                                    "WHERE plan_id = :p AND region_id = :r ORDER BY position, id",
                                    soci::use(pid), soci::use(region));
    for (const auto& row : rows) {
      RowReader r(row);
      d.goals.push_back({r.int64(0), r.int64(1), static_cast<int>(r.int64(2)), r.text(3), r.text(4)});
    }
  }
  {
    soci::rowset<soci::row> rows =
        (sql_.prepare << "SELECT id, goal_id, name, unit, baseline, target_value, target_date FROM plan_indicators "
                         "WHERE plan_id = :p AND region_id = :r ORDER BY id",
         soci::use(pid), soci::use(region));
    for (const auto& row : rows) {
      RowReader r(row);
      d.indicators.push_back({r.int64(0), r.int64(1), r.text(2), r.text(3), r.number(4), r.number(5), r.text(6)});
    }
  }
  std::map<Id, std::size_t> index;
  {
    soci::rowset<soci::row> rows = (sql_.prepare << std::string("SELECT ") + kMeasureColumns +
                                                        " FROM plan_measures WHERE plan_id = :p AND region_id = :r "
                                                        "ORDER BY position, id",
                                    soci::use(pid), soci::use(region));
    for (const auto& row : rows) {
      d.measures.push_back(read_measure(RowReader(row)));
      index[d.measures.back().id] = d.measures.size() - 1;
    }
  }
  {
    // All links of the plan's measures in one statement (not one per measure: bench/plans).
    soci::rowset<soci::row> rows =
        (sql_.prepare << "SELECT l.measure_id, l.kind, l.target_id FROM plan_measure_links l "
                         "JOIN plan_measures m ON m.id = l.measure_id WHERE m.plan_id = :p AND l.region_id = :r "
                         "ORDER BY l.measure_id, l.kind, l.position, l.target_id",
         soci::use(pid), soci::use(region));
    for (const auto& row : rows) {
      RowReader r(row);
      auto it = index.find(r.int64(0));
      if (it == index.end()) continue;
      auto& m = d.measures[it->second];
      const std::string kind = r.text(1);
      const Id target = r.int64(2);
      if (kind == kPartner) {
        m.partner_organisation_ids.push_back(target);
      } else if (kind == kMunicipality) {
        m.municipality_ids.push_back(target);
      } else {
        m.links.push_back({kind, target});
      }
    }
  }
  d.organisation_names =
      names(sql_,
            "SELECT o.id, o.name FROM organisations o WHERE o.region_id = :r AND o.id IN ("
            "SELECT lead_organisation_id FROM plan_measures WHERE plan_id = :p1 "
            "UNION SELECT anchoring_organisation_id FROM plan_measures WHERE plan_id = :p2 "
            "UNION SELECT l.target_id FROM plan_measure_links l JOIN plan_measures m ON m.id = l.measure_id "
            "WHERE m.plan_id = :p3 AND l.kind = 'partner')",
            region, pid, 3);
  d.municipality_names = names(sql_,
                               "SELECT id, name FROM municipalities WHERE region_id = :r AND id IN ("
                               "SELECT l.target_id FROM plan_measure_links l JOIN plan_measures m ON m.id = l.measure_id "
                               "WHERE m.plan_id = :p1 AND l.kind = 'municipality')",
                               region, pid, 1);
  d.network_names = names(sql_,
                          "SELECT id, name FROM networks WHERE region_id = :r AND id IN ("
                          "SELECT l.target_id FROM plan_measure_links l JOIN plan_measures m ON m.id = l.measure_id "
                          "WHERE m.plan_id = :p1 AND l.kind = 'network')",
                          region, pid, 1);
  return std::optional<domain::PlanDocument>(std::move(d));
}

// ----- items -----

namespace {
bool changed(soci::statement& st) {
  st.execute(true);
  return st.get_affected_rows() > 0;
}
}  // namespace

Result<Id> SociPlanRepository::create_field(Id region_id, Id plan_id, const domain::PlanField& f) {
  long long id = 0;
  const long long region = region_id, plan = plan_id;
  const int position = f.position;
  sql_ << "INSERT INTO plan_fields (region_id, plan_id, position, title, description) "
          "VALUES (:r, :p, :pos, :t, :d) RETURNING id",
      soci::use(region), soci::use(plan), soci::use(position), soci::use(f.title), soci::use(f.description),
      soci::into(id);
  return Id{id};
}

Result<bool> SociPlanRepository::update_field(Id region_id, Id plan_id, const domain::PlanField& f) {
  const long long region = region_id, plan = plan_id, id = f.id;
  const int position = f.position;
  soci::statement st = (sql_.prepare << "UPDATE plan_fields SET position = :pos, title = :t, description = :d "
                                        "WHERE id = :id AND plan_id = :p AND region_id = :r",
                        soci::use(position), soci::use(f.title), soci::use(f.description), soci::use(id),
                        soci::use(plan), soci::use(region));
  return changed(st);
}

Result<bool> SociPlanRepository::remove_field(Id region_id, Id plan_id, Id field_id) {
  const long long region = region_id, plan = plan_id, id = field_id;
  soci::statement st = (sql_.prepare << "DELETE FROM plan_fields WHERE id = :id AND plan_id = :p AND region_id = :r",
                        soci::use(id), soci::use(plan), soci::use(region));
  return changed(st);
}

Result<Id> SociPlanRepository::create_goal(Id region_id, Id plan_id, const domain::PlanGoal& g) {
  long long id = 0;
  const long long region = region_id, plan = plan_id, field = g.field_id;
  const int position = g.position;
  sql_ << "INSERT INTO plan_goals (region_id, plan_id, field_id, position, title, description) "
          "VALUES (:r, :p, :f, :pos, :t, :d) RETURNING id",
      soci::use(region), soci::use(plan), soci::use(field), soci::use(position), soci::use(g.title),
      soci::use(g.description), soci::into(id);
  return Id{id};
}

Result<bool> SociPlanRepository::update_goal(Id region_id, Id plan_id, const domain::PlanGoal& g) {
  const long long region = region_id, plan = plan_id, id = g.id, field = g.field_id;
  const int position = g.position;
  soci::statement st = (sql_.prepare << "UPDATE plan_goals SET field_id = :f, position = :pos, title = :t, "
                                        "description = :d WHERE id = :id AND plan_id = :p AND region_id = :r",
                        soci::use(field), soci::use(position), soci::use(g.title), soci::use(g.description),
                        soci::use(id), soci::use(plan), soci::use(region));
  return changed(st);
}

Result<bool> SociPlanRepository::remove_goal(Id region_id, Id plan_id, Id goal_id) {
  const long long region = region_id, plan = plan_id, id = goal_id;
  soci::statement st = (sql_.prepare << "DELETE FROM plan_goals WHERE id = :id AND plan_id = :p AND region_id = :r",
                        soci::use(id), soci::use(plan), soci::use(region));
  return changed(st);
}

Result<Id> SociPlanRepository::create_indicator(Id region_id, Id plan_id, const domain::PlanIndicator& i) {
  long long id = 0;
  const long long region = region_id, plan = plan_id, goal = i.goal_id;
  double baseline = i.baseline, target = i.target_value;
  sql_ << "INSERT INTO plan_indicators (region_id, plan_id, goal_id, name, unit, baseline, target_value, target_date) "
          "VALUES (:r, :p, :g, :n, :u, :b, :t, :d) RETURNING id",
      soci::use(region), soci::use(plan), soci::use(goal), soci::use(i.name), soci::use(i.unit), soci::use(baseline),
      soci::use(target), soci::use(i.target_date), soci::into(id);
  return Id{id};
}

Result<bool> SociPlanRepository::update_indicator(Id region_id, Id plan_id, const domain::PlanIndicator& i) {
  const long long region = region_id, plan = plan_id, id = i.id, goal = i.goal_id;
  double baseline = i.baseline, target = i.target_value;
  soci::statement st =
      (sql_.prepare << "UPDATE plan_indicators SET goal_id = :g, name = :n, unit = :u, baseline = :b, "
                       "target_value = :t, target_date = :d WHERE id = :id AND plan_id = :p AND region_id = :r",
       soci::use(goal), soci::use(i.name), soci::use(i.unit), soci::use(baseline), soci::use(target),
       soci::use(i.target_date), soci::use(id), soci::use(plan), soci::use(region));
  return changed(st);
}

Result<bool> SociPlanRepository::remove_indicator(Id region_id, Id plan_id, Id indicator_id) {
  const long long region = region_id, plan = plan_id, id = indicator_id;
  soci::statement st = (sql_.prepare << "DELETE FROM plan_indicators WHERE id = :id AND plan_id = :p AND region_id = :r",
                        soci::use(id), soci::use(plan), soci::use(region));
  return changed(st);
}

void SociPlanRepository::write_links(Id region_id, const PlanMeasure& m) {
  const long long region = region_id, measure = m.id;
  sql_ << "DELETE FROM plan_measure_links WHERE measure_id = :m AND region_id = :r", soci::use(measure),
      soci::use(region);
  std::set<std::pair<std::string, Id>> written;
  int position = 0;
  auto add = [&](const std::string& kind, Id target_id) {
    if (!written.insert({kind, target_id}).second) return;
    const long long target = target_id;
    const int pos = position++;
    sql_ << "INSERT INTO plan_measure_links (region_id, measure_id, kind, target_id, position) "
            "VALUES (:r, :m, :k, :t, :pos)",
        soci::use(region), soci::use(measure), soci::use(kind), soci::use(target), soci::use(pos);
  };
  for (Id id : m.partner_organisation_ids) add(kPartner, id);
  for (Id id : m.municipality_ids) add(kMunicipality, id);
  for (const auto& l : m.links) add(l.kind, l.target_id);
}

Result<Id> SociPlanRepository::create_measure(Id region_id, Id plan_id, const PlanMeasure& m) {
  long long id = 0;
  const long long region = region_id, plan = plan_id, goal = m.goal_id;
  const int position = m.position;
  OptionalId lead(m.lead_organisation_id), anchor(m.anchoring_organisation_id);
  const std::string status(domain::to_string(m.status)), anchoring(domain::to_string(m.anchoring_state));
  sql_ << "INSERT INTO plan_measures (region_id, plan_id, goal_id, position, title, description, lead_organisation_id, "
          "target_groups, start_on, end_on, status, resources, risks, anchoring_organisation_id, anchoring_state, "
          "anchoring_note) VALUES (:r, :p, :g, :pos, :t, :d, :lead, :tg, :s, :e, :st, :res, :risk, :anc, :ast, :an) "
          "RETURNING id",
      soci::use(region), soci::use(plan), soci::use(goal), soci::use(position), soci::use(m.title),
      soci::use(m.description), soci::use(lead.value, lead.ind), soci::use(m.target_groups), soci::use(m.start_on),
      soci::use(m.end_on), soci::use(status), soci::use(m.resources), soci::use(m.risks),
      soci::use(anchor.value, anchor.ind), soci::use(anchoring), soci::use(m.anchoring_note), soci::into(id);
  PlanMeasure stored = m;
  stored.id = id;
  write_links(region_id, stored);
  return Id{id};
}

Result<bool> SociPlanRepository::update_measure(Id region_id, Id plan_id, const PlanMeasure& m) {
  const long long region = region_id, plan = plan_id, id = m.id, goal = m.goal_id;
  const int position = m.position;
  OptionalId lead(m.lead_organisation_id), anchor(m.anchoring_organisation_id);
  const std::string status(domain::to_string(m.status)), anchoring(domain::to_string(m.anchoring_state));
  soci::statement st =
      (sql_.prepare << "UPDATE plan_measures SET goal_id = :g, position = :pos, title = :t, description = :d, "
                       "lead_organisation_id = :lead, target_groups = :tg, start_on = :s, end_on = :e, status = :st, "
                       "resources = :res, risks = :risk, anchoring_organisation_id = :anc, anchoring_state = :ast, "
                       "anchoring_note = :an WHERE id = :id AND plan_id = :p AND region_id = :r",
       soci::use(goal), soci::use(position), soci::use(m.title), soci::use(m.description),
       soci::use(lead.value, lead.ind), soci::use(m.target_groups), soci::use(m.start_on), soci::use(m.end_on),
       soci::use(status), soci::use(m.resources), soci::use(m.risks), soci::use(anchor.value, anchor.ind),
       soci::use(anchoring), soci::use(m.anchoring_note), soci::use(id), soci::use(plan), soci::use(region));
  if (!changed(st)) return false;
  write_links(region_id, m);
  return true;
}

Result<bool> SociPlanRepository::remove_measure(Id region_id, Id plan_id, Id measure_id) {
  const long long region = region_id, plan = plan_id, id = measure_id;
  soci::statement st = (sql_.prepare << "DELETE FROM plan_measures WHERE id = :id AND plan_id = :p AND region_id = :r",
                        soci::use(id), soci::use(plan), soci::use(region));
  return changed(st);
}

// ----- versions -----

Result<Id> SociPlanRepository::add_version(Id region_id, const domain::PlanVersion& v, UnixTime now) {
  long long id = 0;
  const long long region = region_id, plan = v.plan_id, at = now;
  const int number = v.number;
  sql_ << "INSERT INTO plan_versions (region_id, plan_id, number, adopted_on, occasion, snapshot, created_at) "
          "VALUES (:r, :p, :n, :a, :o, :s, :c) RETURNING id",
      soci::use(region), soci::use(plan), soci::use(number), soci::use(v.adopted_on), soci::use(v.occasion),
      soci::use(v.snapshot_json), soci::use(at), soci::into(id);
  for (const auto& a : v.agreements) {
    const long long organisation = a.organisation_id;
    sql_ << "INSERT INTO plan_version_agreements (region_id, version_id, organisation_id, organisation_name, person, "
            "agreed_on) VALUES (:r, :v, :o, :n, :p, :d)",
        soci::use(region), soci::use(id), soci::use(organisation), soci::use(a.organisation_name), soci::use(a.person),
        soci::use(a.agreed_on);
  }
  return Id{id};
}

namespace {
std::vector<domain::PlanVersion> read_versions(soci::session& sql, long long region, long long plan,
                                               std::optional<int> number, bool with_snapshot) {
  std::string query = std::string("SELECT id, plan_id, number, adopted_on, occasion, created_at") +
                      (with_snapshot ? ", snapshot" : "") +
                      " FROM plan_versions WHERE plan_id = :p AND region_id = :r" +
                      (number ? " AND number = :n" : "") + " ORDER BY number";
  const int n = number.value_or(0);
  soci::details::prepare_temp_type prep = (sql.prepare << query, soci::use(plan, "p"), soci::use(region, "r"));
  if (number) prep, soci::use(n, "n");
  soci::rowset<soci::row> rows(prep);
  std::vector<domain::PlanVersion> out;
  for (const auto& row : rows) {
    RowReader r(row);
    domain::PlanVersion v;
    v.id = r.int64(0);
    v.plan_id = r.int64(1);
    v.number = static_cast<int>(r.int64(2));
    v.adopted_on = r.text(3);
    v.occasion = r.text(4);
    v.created_at = r.int64(5);
    if (with_snapshot) v.snapshot_json = r.text(6);
    out.push_back(std::move(v));
  }
  for (auto& v : out) {
    const long long vid = v.id;
    soci::rowset<soci::row> agreements =
        (sql.prepare << "SELECT organisation_id, organisation_name, person, agreed_on FROM plan_version_agreements "
                        "WHERE version_id = :v AND region_id = :r ORDER BY organisation_name",
         soci::use(vid), soci::use(region));
    for (const auto& row : agreements) {
      RowReader r(row);
      v.agreements.push_back({r.int64(0), r.text(1), r.text(2), r.text(3)});
    }
  }
  return out;
}
}  // namespace

Result<std::vector<domain::PlanVersion>> SociPlanRepository::versions(Id region_id, Id plan_id) {
  return read_versions(sql_, region_id, plan_id, std::nullopt, false);
}

Result<std::optional<domain::PlanVersion>> SociPlanRepository::version(Id region_id, Id plan_id, int number) {
  auto found = read_versions(sql_, region_id, plan_id, number, true);
  if (found.empty()) return std::optional<domain::PlanVersion>();
  return std::optional<domain::PlanVersion>(std::move(found.front()));
}

// ----- comments and proposals -----

Result<Id> SociPlanRepository::add_comment(Id region_id, const domain::PlanComment& c) {
  long long id = 0;
  const long long region = region_id, plan = c.plan_id, item = c.item_id, at = c.created_at;
  OptionalId user(c.user_id);
  sql_ << "INSERT INTO plan_comments (region_id, plan_id, item_type, item_id, user_id, body, created_at) "
          "VALUES (:r, :p, :t, :i, :u, :b, :c) RETURNING id",
      soci::use(region), soci::use(plan), soci::use(c.item_type), soci::use(item), soci::use(user.value, user.ind),
      soci::use(c.body), soci::use(at), soci::into(id);
  return Id{id};
}

Result<std::vector<domain::PlanComment>> SociPlanRepository::comments(Id region_id, Id plan_id) {
  const long long region = region_id, plan = plan_id;
  soci::rowset<soci::row> rows =
      (sql_.prepare << "SELECT c.id, c.plan_id, c.item_type, c.item_id, c.user_id, COALESCE(u.display_name, ''), "
                       "c.body, c.created_at FROM plan_comments c LEFT JOIN users u ON u.id = c.user_id "
                       "WHERE c.plan_id = :p AND c.region_id = :r ORDER BY c.created_at, c.id",
       soci::use(plan), soci::use(region));
  std::vector<domain::PlanComment> out;
  for (const auto& row : rows) {
    RowReader r(row);
    out.push_back({r.int64(0), r.int64(1), r.text(2), r.int64(3), r.opt_int64(4), r.text(5), r.text(6), r.int64(7)});
  }
  return out;
}

Result<Id> SociPlanRepository::add_proposal(Id region_id, const domain::PlanProposal& p) {
  long long id = 0;
  const long long region = region_id, plan = p.plan_id, measure = p.measure_id, at = p.created_at;
  OptionalId organisation(p.organisation_id), user(p.user_id);
  const std::string proposed = domain::measure_to_json(p.proposed);
  sql_ << "INSERT INTO plan_proposals (region_id, plan_id, measure_id, organisation_id, user_id, proposed, reason, "
          "state, created_at) VALUES (:r, :p, :m, :o, :u, :j, :why, 'open', :c) RETURNING id",
      soci::use(region), soci::use(plan), soci::use(measure), soci::use(organisation.value, organisation.ind),
      soci::use(user.value, user.ind), soci::use(proposed), soci::use(p.reason), soci::use(at), soci::into(id);
  return Id{id};
}

Result<std::optional<domain::PlanProposal>> SociPlanRepository::find_proposal(Id region_id, Id plan_id,
                                                                              Id proposal_id) {
  const long long region = region_id, plan = plan_id, id = proposal_id;
  soci::rowset<soci::row> rows =
      (sql_.prepare << std::string(kProposalSelect) + " WHERE pr.id = :id AND pr.plan_id = :p AND pr.region_id = :r",
       soci::use(id), soci::use(plan), soci::use(region));
  for (const auto& row : rows) return std::optional<domain::PlanProposal>(read_proposal(RowReader(row)));
  return std::optional<domain::PlanProposal>();
}

Result<std::vector<domain::PlanProposal>> SociPlanRepository::proposals(Id region_id, Id plan_id) {
  const long long region = region_id, plan = plan_id;
  soci::rowset<soci::row> rows =
      (sql_.prepare << std::string(kProposalSelect) +
                           " WHERE pr.plan_id = :p AND pr.region_id = :r ORDER BY pr.created_at DESC, pr.id DESC",
       soci::use(plan), soci::use(region));
  std::vector<domain::PlanProposal> out;
  for (const auto& row : rows) out.push_back(read_proposal(RowReader(row)));
  return out;
}

Result<bool> SociPlanRepository::decide_proposal(Id region_id, Id proposal_id, domain::ProposalState state,
                                                 Id decided_by, std::string_view note, UnixTime now) {
  const long long region = region_id, id = proposal_id, at = now;
  // 0: decided by an operator without a user account (CLI, demo data).
  OptionalId by(decided_by > 0 ? std::optional<Id>(decided_by) : std::nullopt);
  const std::string state_text(domain::to_string(state)), note_text(note);
  soci::statement st = (sql_.prepare << "UPDATE plan_proposals SET state = :s, decided_by = :b, decided_at = :a, "
                                        "decision_note = :n WHERE id = :id AND region_id = :r AND state = 'open'",
                        soci::use(state_text), soci::use(by.value, by.ind), soci::use(at), soci::use(note_text),
                        soci::use(id), soci::use(region));
  return changed(st);
}

// ----- progress -----

Result<void> SociPlanRepository::put_indicator_value(Id region_id, const domain::IndicatorValue& v, UnixTime now) {
  const long long region = region_id, indicator = v.indicator_id, at = now;
  double value = v.value;
  sql_ << "DELETE FROM plan_indicator_values WHERE indicator_id = :i AND period = :p AND region_id = :r",
      soci::use(indicator), soci::use(v.period), soci::use(region);
  sql_ << "INSERT INTO plan_indicator_values (region_id, indicator_id, period, value, note, recorded_at) "
          "VALUES (:r, :i, :p, :v, :n, :a)",
      soci::use(region), soci::use(indicator), soci::use(v.period), soci::use(value), soci::use(v.note), soci::use(at);
  return success();
}

Result<std::vector<domain::IndicatorValue>> SociPlanRepository::indicator_values(Id region_id, Id plan_id) {
  const long long region = region_id, plan = plan_id;
  soci::rowset<soci::row> rows =
      (sql_.prepare << "SELECT v.id, v.indicator_id, v.period, v.value, v.note, v.recorded_at "
                       "FROM plan_indicator_values v JOIN plan_indicators i ON i.id = v.indicator_id "
                       "WHERE i.plan_id = :p AND v.region_id = :r ORDER BY v.indicator_id, v.period",
       soci::use(plan), soci::use(region));
  std::vector<domain::IndicatorValue> out;
  for (const auto& row : rows) {
    RowReader r(row);
    out.push_back({r.int64(0), r.int64(1), r.text(2), r.number(3), r.text(4), r.int64(5)});
  }
  return out;
}

Result<void> SociPlanRepository::add_status_change(Id region_id, Id measure_id, domain::MeasureStatus status,
                                                   std::optional<Id> user_id, UnixTime at) {
  const long long region = region_id, measure = measure_id, when = at;
  OptionalId user(user_id);
  const std::string text(domain::to_string(status));
  sql_ << "INSERT INTO plan_measure_status (region_id, measure_id, status, changed_at, user_id) "
          "VALUES (:r, :m, :s, :a, :u)",
      soci::use(region), soci::use(measure), soci::use(text), soci::use(when), soci::use(user.value, user.ind);
  return success();
}

Result<std::vector<domain::MeasureStatusChange>> SociPlanRepository::status_history(Id region_id, Id plan_id) {
  const long long region = region_id, plan = plan_id;
  soci::rowset<soci::row> rows =
      (sql_.prepare << "SELECT s.measure_id, s.status, s.changed_at, COALESCE(u.display_name, '') "
                       "FROM plan_measure_status s JOIN plan_measures m ON m.id = s.measure_id "
                       "LEFT JOIN users u ON u.id = s.user_id WHERE m.plan_id = :p AND s.region_id = :r "
                       "ORDER BY s.changed_at, s.id",
       soci::use(plan), soci::use(region));
  std::vector<domain::MeasureStatusChange> out;
  for (const auto& row : rows) {
    RowReader r(row);
    out.push_back({r.int64(0), domain::parse_measure_status(r.text(1)).value_or(domain::MeasureStatus::planned),
                   r.int64(2), r.text(3)});
  }
  return out;
}

}  // namespace bb::storage::soci_impl
