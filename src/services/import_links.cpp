// Import kinds that link organisations: "memberships" (organisation x network with role and
// period) and "ties" (organisation <-> organisation cooperation). References by id or by name
// (organisations: name + municipality where names repeat).
//  - A membership that overlaps another of the same organisation in the same network is
//    rejected (the register's rule, RegisterService::create_membership), with the other one
//    named as the likely duplicate; two such rows in the file: the later one is rejected.
//  - A tie of the same pair of organisations and the same kind is a likely duplicate: flagged
//    if it is in the register, the later row rejected if it is twice in the file.
#include <algorithm>
#include <set>

#include "domain/normalise.hpp"
#include "services/audit.hpp"
#include "services/import_kinds.hpp"
#include "services/register_audit.hpp"
#include "services/register_rules.hpp"

namespace bb::services::import_detail {

namespace {

std::string period_of(const domain::Membership& m) {
  return (m.since.empty() ? std::string("…") : m.since) + "–" + (m.until.empty() ? std::string("…") : m.until);
}

// ===================================================================== memberships

class MembershipRules final : public ImportRules {
 public:
  Result<void> load(storage::UnitOfWork& uow, Id region_id) override {
    if (auto r = municipalities_.load(uow, region_id); !r) return r;
    if (auto r = organisations_.load(uow, region_id); !r) return r;
    if (auto r = networks_.load(uow, region_id); !r) return r;
    // One query per network of the region (a region has tens of networks, not thousands).
    for (const auto& [network_id, network] : networks_.all()) {
      auto members = uow.memberships().of_network(region_id, network_id, "");
      if (!members) return members.error();
      for (const auto& view : *members) {
        existing_[view.membership.id] = view.membership;
        by_pair_[{view.membership.organisation_id, network_id}].push_back(view.membership.id);
      }
    }
    return success();
  }

  bool check(ImportRow& row) override {
    Draft d;
    domain::Membership& m = d.membership;
    if (auto id_text = row.given("id")) {
      const auto id = parse_id(*id_text);
      const auto found = id ? existing_.find(*id) : existing_.end();
      if (found == existing_.end()) {
        row.problem("id", "import.error.unknown_membership_id", *id_text);
      } else {
        m = found->second;
        d.update = true;
      }
    }
    // A reference that was given but not found has its problem already; "required" would be a second.
    std::set<std::string> unresolved;
    if (row.given("network_id") || row.given("network")) {
      auto network = networks_.resolve(row, "network_id", "network");
      if (network)
        m.network_id = *network;
      else
        unresolved.insert("network_id");
    }
    if (row.given("organisation_id") || row.given("organisation")) {
      auto org =
          organisations_.resolve(row, "organisation_id", "organisation", "organisation_municipality", municipalities_);
      if (org)
        m.organisation_id = *org;
      else
        unresolved.insert("organisation_id");
    }
    if (auto v = row.given("role")) {
      if (auto role = row.choice("role", *v, domain::parse_membership_role)) m.role = *role;
    }
    if (auto v = row.value("since")) m.since = ImportRow::date(*v);
    if (auto v = row.value("until")) m.until = ImportRow::date(*v);
    tidy(m);
    auto errors = domain::validate(m);
    for (const auto& field : unresolved) errors.erase(field);
    row.problems(errors,
                 {{"network_id", {"network", "network_id"}}, {"organisation_id", {"organisation", "organisation_id"}}});
    // Names for the report: as in the register, else as written in the file.
    auto organisation = organisations_.name_of(m.organisation_id);
    if (organisation.empty())
      organisation = row.given("organisation").value_or(row.given("organisation_id").value_or(""));
    auto network = networks_.name_of(m.network_id);
    if (network.empty()) network = row.given("network").value_or(row.given("network_id").value_or(""));
    row.set_name(organisation + " – " + network);
    if (m.organisation_id > 0 && m.network_id > 0 && !row.has_problem("since") && !row.has_problem("until")) {
      const std::string period_field = row.mapped("since") ? "since" : row.mapped("network") ? "network" : "network_id";
      const std::pair<Id, Id> pair{m.organisation_id, m.network_id};
      if (auto found = by_pair_.find(pair); found != by_pair_.end()) {
        for (Id other : found->second) {
          const auto& o = existing_.at(other);
          if ((d.update && other == m.id) || !periods_overlap(o, m)) continue;
          row.duplicate_in_register(organisation + " – " + network + " (" + period_of(o) + ")");
          if (!row.has_problem(period_field)) row.problem(period_field, "validation.membership_overlap");
        }
      }
      auto& earlier = in_file_[pair];
      for (const auto& [other_row, other] : earlier) {
        if (!periods_overlap(other, m)) continue;
        row.problem(period_field, "import.error.duplicate_membership_in_file", std::to_string(other_row));
        row.duplicate_of_row(other_row);
        break;
      }
      earlier.emplace_back(row.number(), m);
    }
    drafts_.push_back(std::move(d));
    return drafts_.back().update;
  }

  Result<void> write(storage::UnitOfWork& uow, const RegisterCaller& who, std::size_t index,
                     std::int64_t now) override {
    auto& m = drafts_[index].membership;
    if (drafts_[index].update) {
      const auto before = audit_fields(existing_.at(m.id));
      const auto after = audit_fields(m);
      if (before == after) return success();
      auto updated = uow.memberships().update(who.region_id, m);
      if (!updated) return updated.error();
      return record_update(uow, who, "membership", m.id, before, after, now);
    }
    auto id = uow.memberships().create(who.region_id, m);
    if (!id) return id.error();
    return record_audit(uow, who.actor,
                        {"create", "membership", std::to_string(*id), {}, audit_fields(m), who.region_id}, now);
  }

 private:
  struct Draft {
    domain::Membership membership;
    bool update = false;
  };
  MunicipalityLookup municipalities_;
  OrganisationLookup organisations_;
  NetworkLookup networks_;
  std::map<Id, domain::Membership> existing_;
  std::map<std::pair<Id, Id>, std::vector<Id>> by_pair_;  // (organisation, network) -> memberships
  std::map<std::pair<Id, Id>, std::vector<std::pair<std::size_t, domain::Membership>>> in_file_;
  std::vector<Draft> drafts_;
};

// ===================================================================== ties

std::string tie_key(const domain::Tie& t) {
  const auto [low, high] = std::minmax(t.organisation_a_id, t.organisation_b_id);
  return std::to_string(low) + "\x1f" + std::to_string(high) + "\x1f" + std::string(domain::to_string(t.kind));
}

class TieRules final : public ImportRules {
 public:
  Result<void> load(storage::UnitOfWork& uow, Id region_id) override {
    if (auto r = municipalities_.load(uow, region_id); !r) return r;
    if (auto r = organisations_.load(uow, region_id); !r) return r;
    auto ties = uow.ties().list(region_id);
    if (!ties) return ties.error();
    for (const auto& view : *ties) {
      existing_[view.tie.id] = view.tie;
      by_key_[tie_key(view.tie)].push_back(view.tie.id);
    }
    return success();
  }

  bool check(ImportRow& row) override {
    Draft d;
    domain::Tie& t = d.tie;
    if (auto id_text = row.given("id")) {
      const auto id = parse_id(*id_text);
      const auto found = id ? existing_.find(*id) : existing_.end();
      if (found == existing_.end()) {
        row.problem("id", "import.error.unknown_tie_id", *id_text);
      } else {
        t = found->second;
        d.update = true;
      }
    }
    std::set<std::string> unresolved;
    for (const auto& [side, target] : {std::pair<std::string, Id*>{"a", &t.organisation_a_id},
                                       std::pair<std::string, Id*>{"b", &t.organisation_b_id}}) {
      const auto id_field = "organisation_" + side + "_id";
      const auto name_field = "organisation_" + side;
      if (!row.given(id_field) && !row.given(name_field)) continue;
      auto org = organisations_.resolve(row, id_field, name_field, "municipality_" + side, municipalities_);
      if (org)
        *target = *org;
      else
        unresolved.insert(id_field);
    }
    if (auto v = row.given("kind")) {
      if (auto kind = row.choice("kind", *v, domain::parse_tie_kind)) t.kind = *kind;
    }
    if (auto v = row.value("directed")) {
      if (auto b = parse_import_flag(*v)) {
        t.directed = *b;
      } else {
        row.problem("directed", "import.error.flag", *v);
      }
    }
    if (auto v = row.given("intensity")) {
      const auto n = parse_id(*v);
      t.intensity = n && *n <= 3 ? static_cast<int>(*n) : 0;  // 0: the validation names it
    }
    if (auto v = row.value("since")) t.since = ImportRow::date(*v);
    if (auto v = row.value("until")) t.until = ImportRow::date(*v);
    if (auto v = row.value("note")) t.note = *v;
    tidy(t);
    auto errors = domain::validate(t);
    for (const auto& field : unresolved) errors.erase(field);
    row.problems(errors, {{"organisation_a_id", {"organisation_a", "organisation_a_id"}},
                          {"organisation_b_id", {"organisation_b", "organisation_b_id"}}});
    auto a = organisations_.name_of(t.organisation_a_id);
    if (a.empty()) a = row.given("organisation_a").value_or(row.given("organisation_a_id").value_or(""));
    auto b = organisations_.name_of(t.organisation_b_id);
    if (b.empty()) b = row.given("organisation_b").value_or(row.given("organisation_b_id").value_or(""));
    row.set_name(a + (t.directed ? " → " : " – ") + b);
    if (t.organisation_a_id > 0 && t.organisation_b_id > 0 && t.organisation_a_id != t.organisation_b_id) {
      const auto key = tie_key(t);
      if (auto first = in_file_.check(key, row.number())) {
        row.problem(row.mapped("kind") ? "kind" : "organisation_b", "import.error.duplicate_tie_in_file",
                    std::to_string(*first));
        row.duplicate_of_row(*first);
      }
      if (auto found = by_key_.find(key); found != by_key_.end()) {
        for (Id other : found->second) {
          if (d.update && other == t.id) continue;
          const auto& o = existing_.at(other);
          row.duplicate_in_register(organisations_.name_of(o.organisation_a_id) + " – " +
                                    organisations_.name_of(o.organisation_b_id));
        }
      }
    }
    drafts_.push_back(std::move(d));
    return drafts_.back().update;
  }

  Result<void> write(storage::UnitOfWork& uow, const RegisterCaller& who, std::size_t index,
                     std::int64_t now) override {
    auto& t = drafts_[index].tie;
    if (drafts_[index].update) {
      const auto before = audit_fields(existing_.at(t.id));
      const auto after = audit_fields(t);
      if (before == after) return success();
      auto updated = uow.ties().update(who.region_id, t);
      if (!updated) return updated.error();
      return record_update(uow, who, "tie", t.id, before, after, now);
    }
    auto id = uow.ties().create(who.region_id, t);
    if (!id) return id.error();
    return record_audit(uow, who.actor, {"create", "tie", std::to_string(*id), {}, audit_fields(t), who.region_id},
                        now);
  }

 private:
  struct Draft {
    domain::Tie tie;
    bool update = false;
  };
  MunicipalityLookup municipalities_;
  OrganisationLookup organisations_;
  std::map<Id, domain::Tie> existing_;
  std::map<std::string, std::vector<Id>> by_key_;
  InFileDuplicates in_file_;
  std::vector<Draft> drafts_;
};

}  // namespace

std::unique_ptr<ImportRules> membership_rules() {
  return std::make_unique<MembershipRules>();
}

std::unique_ptr<ImportRules> tie_rules() {
  return std::make_unique<TieRules>();
}

}  // namespace bb::services::import_detail
