// Import kind "networks": a row creates a network, or updates the one with its id. The lead
// organisation by id or name, the covered municipalities as a comma-separated list of names,
// focus/status/rhythm/format/channels as keys or their German/English names. Likely
// duplicate: the same normalised name (twice in the file: the later row is rejected; in the
// register: flagged).
#include "domain/normalise.hpp"
#include "domain/validation.hpp"
#include "services/audit.hpp"
#include "services/import_kinds.hpp"
#include "services/register_audit.hpp"
#include "services/register_rules.hpp"

namespace bb::services::import_detail {

namespace {

std::optional<std::string> channel_key(std::string_view text) {
  if (domain::is_network_channel(text)) return std::string(text);
  return std::nullopt;
}

class NetworkRules final : public ImportRules {
 public:
  Result<void> load(storage::UnitOfWork& uow, Id region_id) override {
    if (auto r = municipalities_.load(uow, region_id); !r) return r;
    if (auto r = organisations_.load(uow, region_id); !r) return r;
    if (auto r = networks_.load(uow, region_id); !r) return r;
    for (const auto& [id, n] : networks_.all()) existing_by_name_[domain::normalise_for_search(n.name)].push_back(id);
    return success();
  }

  bool check(ImportRow& row) override {
    Draft d;
    domain::Network& n = d.network;
    if (auto id_text = row.given("id")) {
      const auto id = parse_id(*id_text);
      const auto* found = id ? networks_.find(*id) : nullptr;
      if (!found) {
        row.problem("id", "import.error.unknown_network_id", *id_text);
      } else {
        n = *found;
        d.update = true;
      }
    }
    if (auto v = row.value("name")) n.name = *v;
    if (auto v = row.given("focus")) {
      if (auto focus = row.choice("focus", *v, domain::parse_network_focus)) n.focus = *focus;
    }
    if (auto v = row.value("goals")) n.goals = *v;
    if (auto v = row.value("meeting_rhythm")) {
      if (v->empty()) {
        n.meeting_rhythm = domain::MeetingRhythm::none;
      } else if (auto rhythm = row.choice("meeting_rhythm", *v, domain::parse_meeting_rhythm)) {
        n.meeting_rhythm = *rhythm;
      }
    }
    if (auto v = row.value("meeting_format")) {
      if (v->empty()) {
        n.meeting_format = domain::MeetingFormat::none;
      } else if (auto format = row.choice("meeting_format", *v, domain::parse_meeting_format)) {
        n.meeting_format = *format;
      }
    }
    if (auto v = row.value("channels")) {
      n.channels.clear();
      for (const auto& item : domain::split_list(*v)) {
        auto key = row.choice("channels", item, channel_key);
        if (!key) break;  // the problem names the first unknown channel
        n.channels.push_back(*key);
      }
    }
    if (auto v = row.value("work_forms")) n.work_forms = *v;
    if (row.given("lead_organisation_id") || row.given("lead_organisation")) {
      n.lead_organisation_id =
          organisations_.resolve(row, "lead_organisation_id", "lead_organisation", {}, municipalities_);
    } else if (row.mapped("lead_organisation_id") || row.mapped("lead_organisation")) {
      n.lead_organisation_id.reset();
    }
    if (auto v = row.value("municipalities")) {
      n.municipality_ids.clear();
      std::string list = *v;
      std::replace(list.begin(), list.end(), ';', ',');
      for (const auto& name : domain::split_list(list)) {
        if (auto m = municipalities_.find(name)) {
          n.municipality_ids.push_back(*m);
        } else {
          row.problem("municipalities", "validation.municipality", name);
          break;
        }
      }
    }
    if (auto v = row.given("status")) {
      if (auto status = row.choice("status", *v, domain::parse_network_status)) n.status = *status;
    }
    if (auto v = row.value("started_on")) n.started_on = ImportRow::date(*v);
    if (auto v = row.value("status_since")) n.status_since = ImportRow::date(*v);
    tidy(n);
    row.problems(domain::validate(n), {{"lead_organisation_id", {"lead_organisation", "lead_organisation_id"}}});
    row.set_name(n.name);
    if (!n.name.empty()) {
      const auto key = domain::normalise_for_search(n.name);
      if (auto first = in_file_.check(key, row.number())) {
        row.problem("name", "import.error.duplicate_network_in_file", std::to_string(*first));
        row.duplicate_of_row(*first);
      }
      if (auto found = existing_by_name_.find(key); found != existing_by_name_.end()) {
        for (Id other : found->second)
          if (!d.update || other != n.id) row.duplicate_in_register(networks_.name_of(other));
      }
    }
    drafts_.push_back(std::move(d));
    return drafts_.back().update;
  }

  Result<void> write(storage::UnitOfWork& uow, const RegisterCaller& who, std::size_t index,
                     std::int64_t now) override {
    auto& n = drafts_[index].network;
    if (drafts_[index].update) {
      const auto before = audit_fields(*networks_.find(n.id));
      const auto after = audit_fields(n);
      if (before == after) return success();
      auto updated = uow.networks().update(who.region_id, n, now);
      if (!updated) return updated.error();
      return record_update(uow, who, "network", n.id, before, after, now);
    }
    auto id = uow.networks().create(who.region_id, n, now);
    if (!id) return id.error();
    return record_audit(uow, who.actor, {"create", "network", std::to_string(*id), {}, audit_fields(n), who.region_id},
                        now);
  }

 private:
  struct Draft {
    domain::Network network;
    bool update = false;
  };
  MunicipalityLookup municipalities_;
  OrganisationLookup organisations_;
  NetworkLookup networks_;
  std::map<std::string, std::vector<Id>> existing_by_name_;
  InFileDuplicates in_file_;
  std::vector<Draft> drafts_;
};

}  // namespace

std::unique_ptr<ImportRules> network_rules() {
  return std::make_unique<NetworkRules>();
}

}  // namespace bb::services::import_detail
