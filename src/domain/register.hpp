#pragma once
// The register of issue 3 (Akteure & Netzwerke): organisations, contacts, networks,
// memberships, cooperation ties and transfers (bridge work). Plain records plus the closed
// value sets they use; every record belongs to one region.
// Calendar dates are ISO strings "YYYY-MM-DD" (empty = open): they compare as text in SQL on
// both backends, and a membership "as of" a date needs nothing else.

#include "domain/entities.hpp"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bb::domain {

// ----- organisation types ---------------------------------------------------------------------

// The built-in types of issue 3, as stable keys (catalog: "register.type.<key>"). Region admins
// add their own types; those keys start with "custom_" so that they never collide.
inline constexpr std::array<std::string_view, 18> kBuiltinOrganisationTypes = {
    "municipality",             // Kommune/Stadt
    "region",                   // Region
    "ihk",                      // Industrie- und Handelskammer
    "hwk",                      // Handwerkskammer
    "employment_agency",        // Agentur für Arbeit
    "jobcenter",                // Jobcenter
    "youth_employment_agency",  // Jugendberufsagentur
    "economic_development",     // Wirtschaftsförderung
    "vocational_school",        // berufsbildende Schule
    "general_school",           // allgemeinbildende Schule
    "education_provider",       // Bildungsträger
    "migrant_organisation",     // Migrantenorganisation
    "parents_association",      // Elternverein
    "welfare_organisation",     // Wohlfahrtsverband/Migrationsberatung
    "company",                  // Betrieb (KMU)
    "association",              // Verband
    "volunteer_initiative",     // Ehrenamt/Initiative
    "service_centre",           // the service centre itself
};
bool is_builtin_organisation_type(std::string_view key);
// A region-defined type's key: "custom_" + an ASCII slug of the label ("Stiftung" -> "custom_stiftung").
std::string custom_type_key(std::string_view label);

struct OrganisationType {
  Id id = 0;  // 0 for built-in types
  Id region_id = 0;
  std::string key;
  std::string label;     // German; region-defined types only (built-ins are translated by the catalog)
  std::string label_en;  // English; empty: the German label is shown
  bool active = true;    // inactive types are no longer offered (only unused ones are deactivated)
};

enum class CompanySize { micro, small, medium, large };  // < 10, < 50, < 250, more employees
std::string_view to_string(CompanySize size);
std::optional<CompanySize> parse_company_size(std::string_view text);

// ----- records --------------------------------------------------------------------------------

struct Organisation {
  Id id = 0;
  Id region_id = 0;
  std::string name;
  std::string type;  // built-in or region-defined key
  std::optional<Id> municipality_id;
  std::string address;
  std::string website;
  std::string email;
  std::string phone;
  std::vector<std::string> languages;  // ISO 639-1 codes, e.g. "de", "tr"
  std::vector<std::string> tags;
  std::string notes;
  bool active = true;
  // Companies (type "company") only; empty/false elsewhere.
  std::optional<CompanySize> size;
  std::string sector;
  bool migrant_led = false;
  bool may_train = false;  // Ausbildungsberechtigung / AEVO
  bool trains_now = false;
  UnixTime created_at = 0;
  UnixTime updated_at = 0;
};

enum class DataBasis { consent, legitimate_interest };  // GDPR Art. 6(1)(a) / (f)
std::string_view to_string(DataBasis basis);
std::optional<DataBasis> parse_data_basis(std::string_view text);

struct Contact {
  Id id = 0;
  Id region_id = 0;
  Id organisation_id = 0;
  std::string name;
  std::string function;  // role at the organisation, e.g. "Ausbildungsleitung"
  std::string email;
  std::string phone;
  std::vector<std::string> languages;
  DataBasis data_basis = DataBasis::legitimate_interest;
  std::string consent_date;  // required with consent
  bool anonymised = false;
  UnixTime created_at = 0;
  UnixTime updated_at = 0;
};

enum class NetworkFocus { migration, local, sector, thematic };
std::string_view to_string(NetworkFocus focus);
std::optional<NetworkFocus> parse_network_focus(std::string_view text);

enum class NetworkStatus { active, dormant, ended };
std::string_view to_string(NetworkStatus status);
std::optional<NetworkStatus> parse_network_status(std::string_view text);

enum class MeetingRhythm { none, weekly, monthly, quarterly, half_yearly, yearly, irregular };
std::string_view to_string(MeetingRhythm rhythm);
std::optional<MeetingRhythm> parse_meeting_rhythm(std::string_view text);

enum class MeetingFormat { none, in_person, online, hybrid };
std::string_view to_string(MeetingFormat format);
std::optional<MeetingFormat> parse_meeting_format(std::string_view text);

// Communication channels a network uses (structured); anything else goes into work_forms.
inline constexpr std::array<std::string_view, 6> kNetworkChannels = {"email_list", "messenger",  "video_calls",
                                                                     "platform",   "newsletter", "phone"};
bool is_network_channel(std::string_view key);

struct Network {
  Id id = 0;
  Id region_id = 0;
  std::string name;
  NetworkFocus focus = NetworkFocus::thematic;
  std::string goals;
  MeetingRhythm meeting_rhythm = MeetingRhythm::none;
  MeetingFormat meeting_format = MeetingFormat::none;
  std::vector<std::string> channels;
  std::string work_forms;  // free text
  std::optional<Id> lead_organisation_id;
  std::vector<Id> municipality_ids;  // municipalities covered (empty: the whole region)
  NetworkStatus status = NetworkStatus::active;
  std::string started_on;
  std::string status_since;  // since when dormant/ended
  UnixTime created_at = 0;
  UnixTime updated_at = 0;
};

enum class MembershipRole { lead, member, guest };
std::string_view to_string(MembershipRole role);
std::optional<MembershipRole> parse_membership_role(std::string_view text);

struct Membership {
  Id id = 0;
  Id region_id = 0;
  Id network_id = 0;
  Id organisation_id = 0;
  MembershipRole role = MembershipRole::member;
  std::string since;  // empty: since ever
  std::string until;  // empty: ongoing
};

enum class TieKind { agreement, joint_offer, information_exchange, referrals };
std::string_view to_string(TieKind kind);
std::optional<TieKind> parse_tie_kind(std::string_view text);

struct Tie {
  Id id = 0;
  Id region_id = 0;
  Id organisation_a_id = 0;
  Id organisation_b_id = 0;
  TieKind kind = TieKind::information_exchange;
  bool directed = false;  // true: from a to b (e.g. a refers people to b)
  int intensity = 1;      // 1 (loose) .. 3 (close)
  std::string since;
  std::string until;
  std::string note;
};

// One end of a transfer: a network of the register, or an event named in words (the events
// module comes later; it will add an event id next to the name).
struct TransferEnd {
  std::optional<Id> network_id;
  std::string event;
};

struct Transfer {
  Id id = 0;
  Id region_id = 0;
  std::string date;
  std::string topic;
  TransferEnd from;
  TransferEnd to;
  std::string result;
  UnixTime created_at = 0;
};

// ----- validation -----------------------------------------------------------------------------
// Each returns field -> catalog key for every problem it finds (empty map: valid). Checks that
// need the database (the municipality and the organisations belong to the region, a custom
// type exists) are the services' part.

using FieldErrors = std::map<std::string, std::string>;

FieldErrors validate(const Organisation& o);
FieldErrors validate(const Contact& c);
FieldErrors validate(const Network& n);
FieldErrors validate(const Membership& m);
FieldErrors validate(const Tie& t);
FieldErrors validate(const Transfer& t);

// "YYYY-MM-DD" with a real calendar day; empty is valid (callers check "required" themselves).
bool is_iso_date(std::string_view text);
std::optional<std::string> check_optional_email(std::string_view email);
std::optional<std::string> check_website(std::string_view url);
std::optional<std::string> check_phone(std::string_view phone);
std::optional<std::string> check_language_codes(const std::vector<std::string>& codes);

// Trims, drops empty and repeated entries (case-insensitively), keeps the order.
std::vector<std::string> clean_list(const std::vector<std::string>& items);
// Joins/splits the stored form of such lists (comma separated; tags may not contain commas).
std::string join_list(const std::vector<std::string>& items);
std::vector<std::string> split_list(std::string_view text);

}  // namespace bb::domain
