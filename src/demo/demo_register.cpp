#include "demo/demo_register.hpp"

#include "demo/demo_rng.hpp"

#include "domain/register.hpp"
#include "services/register_service.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bb::demo {

namespace {

using domain::Id;

// ----- fictional people -------------------------------------------------------------------------
// Contacts are "First Last" from these two lists; no combination refers to a real person on
// purpose (surnames of well-known people of the region are left out).

constexpr std::array<std::string_view, 48> kFirstNames = {
    "Anna",    "Birgit",  "Claudia", "Dirk",   "Elena", "Fatma",    "Gül",    "Hanna",  "Ibrahim", "Jan",
    "Katrin",  "Leyla",   "Marek",   "Nadia",  "Olaf",  "Petra",    "Rania",  "Stefan", "Tobias",  "Ulrike",
    "Volkan",  "Wiebke",  "Yusuf",   "Zeynep", "Amir",  "Svetlana", "Mehmet", "Aylin",  "Frank",   "Heike",
    "Jens",    "Kerstin", "Lars",    "Maren",  "Nils",  "Sandra",   "Timo",   "Ayşe",   "Samir",   "Oksana",
    "Dariusz", "Ngozi",   "Tesfay",  "Hoa",    "Farid", "Inga",     "Malte",  "Selin"};

constexpr std::array<std::string_view, 40> kLastNames = {
    "Albrecht", "Bauer",     "Çakır",   "Dietrich",   "Engel",   "Friedrich", "Günther",    "Hansen",
    "Jansen",   "Kaiser",    "Lorenz",  "Möller",     "Nowak",   "Otto",      "Pohl",       "Ramadani",
    "Seidel",   "Thiel",     "Ullrich", "Vogel",      "Winkler", "Yıldız",    "Zimmermann", "Özdemir",
    "Haddad",   "Rahmani",   "Mensah",  "Nguyen",     "Petrov",  "Schubert",  "Brandes",    "Kuhlmann",
    "Rösler",   "Marquardt", "Tesfaye", "Bondarenko", "Karimi",  "Aksoy",     "Wendt",      "Heitmann"};

// "Gül Çakır" -> "guel.cakir" (for the reserved .example addresses).
std::string ascii_slug(std::string_view text) {
  static const std::array<std::pair<std::string_view, std::string_view>, 18> kMap = {{
      {"ä", "ae"},
      {"ö", "oe"},
      {"ü", "ue"},
      {"ß", "ss"},
      {"Ä", "ae"},
      {"Ö", "oe"},
      {"Ü", "ue"},
      {"ç", "c"},
      {"Ç", "c"},
      {"ş", "s"},
      {"Ş", "s"},
      {"ı", "i"},
      {"İ", "i"},
      {"ğ", "g"},
      {"é", "e"},
      {"á", "a"},
      {"ó", "o"},
      {"ń", "n"},
  }};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        out.push_back(static_cast<char>(c));
      else if (c >= 'A' && c <= 'Z')
        out.push_back(static_cast<char>(c - 'A' + 'a'));
      else if ((c == ' ' || c == '-' || c == '.') && !out.empty() && out.back() != '-')
        out.push_back('-');
      ++i;
      continue;
    }
    bool mapped = false;
    for (const auto& [from, to] : kMap) {
      if (text.substr(i, from.size()) == from) {
        out += to;
        i += from.size();
        mapped = true;
        break;
      }
    }
    if (!mapped) ++i;  // other non-ASCII bytes are dropped
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::vector<std::string> list(std::string_view comma_separated) {
  return domain::split_list(comma_separated);
}

// ----- institutions -----------------------------------------------------------------------------

struct InstitutionSpec {
  const char* key;
  const char* name;
  const char* type;
  const char* municipality;  // nullptr: none
  const char* languages;
  const char* tags;
  const char* notes;
  const char* mail_domain;  // for the contacts' .example addresses
  const char* functions;    // contacts to create, one per function ("|" separated; may be empty)
};

// Real institutions of the region (public bodies, chambers, schools, associations); the member
// organisations of the MiSO network, the volunteer initiatives and every person are invented.
constexpr InstitutionSpec kInstitutions[] = {
    {"service_centre", "Servicestelle Ausbildung und Migration Region Hannover", "service_centre", "Hannover",
     "de,en,tr,ar", "Brückenbauer,Ausbildung und Migration,KMU-Beratung",
     "Getragen von Ausbildung im Verbund pro regio e.V. Berät junge Geflüchtete, Jugendliche mit "
     "Migrationsgeschichte, Eltern und migrantengeführte Betriebe und verbindet die Netzwerke der Region.",
     "servicestelle-hannover", "Projektleitung|Koordination Netzwerke|Betriebsberatung"},
    {"carrier", "Ausbildung im Verbund pro regio e.V.", "association", "Hannover", "de", "Träger,Ausbildungsverbund",
     "Kammer- und kommunenübergreifender gemeinnütziger Verein; Träger der Servicestelle. Unterstützt KMU in "
     "Ausbildungsfragen.",
     "proregio", "Geschäftsführung"},
    {"ihk", "IHK Hannover", "ihk", "Hannover", "de,en", "Kammer,Ausbildungsberatung", "", "ihk-hannover",
     "Ausbildungsberatung|Projekt Anerkennung und Integration"},
    {"hwk", "Handwerkskammer Hannover", "hwk", "Hannover", "de", "Kammer,Azubi-Speeddating", "", "hwk-hannover",
     "Ausbildungsberatung|Willkommenslotsin"},
    {"agency", "Agentur für Arbeit Hannover", "employment_agency", "Hannover", "de,en",
     "Arbeitgeberservice,Berufsberatung", "", "arbeitsagentur-hannover", "Arbeitgeberservice|Berufsberatung"},
    {"jobcenter", "Jobcenter Region Hannover", "jobcenter", "Hannover", "de,en,ar", "Arbeitgeberservice,Geflüchtete",
     "", "jobcenter-hannover", "Arbeitgeberservice|Teamleitung Integration"},
    {"jba_hannover", "Jugendberufsagentur Hannover", "youth_employment_agency", "Hannover", "de",
     "Übergang Schule-Beruf", "", "jba-hannover", "Koordination"},
    {"jba_garbsen", "Jugendberufsagentur Garbsen", "youth_employment_agency", "Garbsen", "de", "Übergang Schule-Beruf",
     "", "jba-garbsen", "Koordination"},
    {"hannoverimpuls", "hannoverimpuls GmbH", "economic_development", "Hannover", "de,en",
     "Wirtschaftsförderung,Gründung", "Wirtschaftsförderungsgesellschaft von Landeshauptstadt und Region Hannover.",
     "hannoverimpuls", "Fachkräftesicherung"},
    {"region_economy", "Region Hannover – Wirtschafts- und Beschäftigungsförderung", "economic_development", "Hannover",
     "de", "Wirtschaftsförderung,Dialogforum", "", "region-hannover-wirtschaft",
     "Beschäftigungsförderung|Unternehmensservice"},
    {"region_integration", "Region Hannover – Koordinierungsstelle Integration", "region", "Hannover", "de",
     "Integrationskonzept", "", "region-hannover-integration", "Integrationskoordination"},
    {"lhh", "Landeshauptstadt Hannover", "municipality", "Hannover", "de", "Kommune", "", "hannover-stadt",
     "Bildungsbüro"},
    // Municipal administrations (they lead the local refugee networks).
    {"town_garbsen", "Stadt Garbsen", "municipality", "Garbsen", "de", "Kommune", "", "garbsen",
     "Integrationsbeauftragte"},
    {"town_langenhagen", "Stadt Langenhagen", "municipality", "Langenhagen", "de", "Kommune", "", "langenhagen",
     "Integrationsbeauftragte"},
    {"town_laatzen", "Stadt Laatzen", "municipality", "Laatzen", "de", "Kommune", "", "laatzen",
     "Integrationsbeauftragte"},
    {"town_lehrte", "Stadt Lehrte", "municipality", "Lehrte", "de", "Kommune", "", "lehrte", "Integrationsbeauftragte"},
    {"town_neustadt", "Stadt Neustadt am Rübenberge", "municipality", "Neustadt am Rübenberge", "de", "Kommune", "",
     "neustadt-rbge", "Integrationsbeauftragte"},
    {"town_burgdorf", "Stadt Burgdorf", "municipality", "Burgdorf", "de", "Kommune", "", "burgdorf",
     "Integrationsbeauftragte"},
    {"town_wunstorf", "Stadt Wunstorf", "municipality", "Wunstorf", "de", "Kommune", "", "wunstorf",
     "Integrationsbeauftragte"},
    {"town_springe", "Stadt Springe", "municipality", "Springe", "de", "Kommune", "", "springe",
     "Integrationsbeauftragte"},
    {"town_uetze", "Gemeinde Uetze", "municipality", "Uetze", "de", "Kommune", "", "uetze", ""},
    // Municipal economic-development offices.
    {"econ_garbsen", "Wirtschaftsförderung der Stadt Garbsen", "economic_development", "Garbsen", "de",
     "Wirtschaftsförderung", "", "garbsen", "Wirtschaftsförderung"},
    {"econ_langenhagen", "Wirtschaftsförderung der Stadt Langenhagen", "economic_development", "Langenhagen", "de",
     "Wirtschaftsförderung,Ausbilder-Frühstück", "", "langenhagen", "Wirtschaftsförderung"},
    {"econ_laatzen", "Wirtschaftsförderung der Stadt Laatzen", "economic_development", "Laatzen", "de",
     "Wirtschaftsförderung,Ausbilder-Frühstück", "", "laatzen", "Wirtschaftsförderung"},
    {"econ_lehrte", "Wirtschaftsförderung der Stadt Lehrte", "economic_development", "Lehrte", "de",
     "Wirtschaftsförderung,Ausbilder-Frühstück", "", "lehrte", "Wirtschaftsförderung"},
    {"econ_burgdorf", "Wirtschaftsförderung der Stadt Burgdorf", "economic_development", "Burgdorf", "de",
     "Wirtschaftsförderung", "", "burgdorf", "Wirtschaftsförderung"},
    {"econ_neustadt", "Wirtschaftsförderung der Stadt Neustadt am Rübenberge", "economic_development",
     "Neustadt am Rübenberge", "de", "Wirtschaftsförderung", "", "neustadt-rbge", "Wirtschaftsförderung"},
    {"econ_wunstorf", "Wirtschaftsförderung der Stadt Wunstorf", "economic_development", "Wunstorf", "de",
     "Wirtschaftsförderung,Ausbilder-Frühstück", "", "wunstorf", "Wirtschaftsförderung"},
    {"econ_barsinghausen", "Wirtschaftsförderung der Stadt Barsinghausen", "economic_development", "Barsinghausen",
     "de", "Wirtschaftsförderung", "", "barsinghausen", ""},
    {"econ_seelze", "Wirtschaftsförderung der Stadt Seelze", "economic_development", "Seelze", "de",
     "Wirtschaftsförderung", "", "seelze", ""},
    {"econ_springe", "Wirtschaftsförderung der Stadt Springe", "economic_development", "Springe", "de",
     "Wirtschaftsförderung", "", "springe", ""},
    {"econ_wedemark", "Wirtschaftsförderung der Gemeinde Wedemark", "economic_development", "Wedemark", "de",
     "Wirtschaftsförderung", "", "wedemark", ""},
    {"econ_isernhagen", "Wirtschaftsförderung der Gemeinde Isernhagen", "economic_development", "Isernhagen", "de",
     "Wirtschaftsförderung", "", "isernhagen", ""},
    // Vocational schools (BBS).
    {"bbs_burgdorf", "BBS Burgdorf", "vocational_school", "Burgdorf", "de", "BBS,SPRINT", "", "bbs-burgdorf",
     "Bildungsgangleitung Berufseinstieg"},
    {"bbs_neustadt", "BBS Neustadt am Rübenberge", "vocational_school", "Neustadt am Rübenberge", "de", "BBS,SPRINT",
     "", "bbs-neustadt", "Bildungsgangleitung Berufseinstieg"},
    {"bbs_springe", "BBS Springe", "vocational_school", "Springe", "de", "BBS,SPRINT", "", "bbs-springe",
     "Schulsozialarbeit"},
    {"bbs_cora", "Cora-Berliner-Schule", "vocational_school", "Hannover", "de", "BBS,Wirtschaft und Verwaltung", "",
     "cora-berliner-schule", "Koordination Sprachlernklassen"},
    {"bbs_hannah", "Hannah-Arendt-Schule", "vocational_school", "Hannover", "de", "BBS,Sozialpädagogik", "",
     "hannah-arendt-schule", "Abteilungsleitung"},
    {"bbs_multimedia", "MultiMedia BBS", "vocational_school", "Hannover", "de", "BBS,Medien", "", "multimedia-bbs", ""},
    {"bbs_alice", "Alice-Salomon-Schule", "vocational_school", "Hannover", "de", "BBS,Gesundheit und Soziales", "",
     "alice-salomon-schule", "Schulsozialarbeit"},
    {"bbs_anna", "Anna-Siemsen-Schule", "vocational_school", "Hannover", "de", "BBS,Ernährung und Gastronomie", "",
     "anna-siemsen-schule", ""},
    {"bbs_otto", "Otto-Brenner-Schule", "vocational_school", "Hannover", "de", "BBS,Kfz und Metall", "",
     "otto-brenner-schule", "Abteilungsleitung"},
    {"bbs_ludwig", "Ludwig-Erhard-Schule", "vocational_school", "Hannover", "de", "BBS,Handel", "",
     "ludwig-erhard-schule", ""},
    {"bbs_me", "BBS ME Hannover", "vocational_school", "Hannover", "de", "BBS,Metall und Elektro", "", "bbs-me", ""},
    {"bbs_3", "BBS 3 Hannover", "vocational_school", "Hannover", "de", "BBS,Bau und Holz", "", "bbs3-hannover", ""},
    // Education providers.
    {"vhs", "Ada-und-Theodor-Lessing-Volkshochschule Hannover", "education_provider", "Hannover", "de,en",
     "Sprachkurse,Berufssprachkurse", "", "vhs-hannover", "Fachbereich Deutsch als Zweitsprache"},
    {"bnw", "Bildungswerk der Niedersächsischen Wirtschaft", "education_provider", "Hannover", "de",
     "Ausbildungsvorbereitung", "", "bnw", ""},
    // Migrant organisations.
    {"miso", "MiSO-Netzwerk Hannover e.V.", "migrant_organisation", "Hannover", "de,tr,ar,ru,fa",
     "Dachverband,Migrantenselbstorganisationen", "Netzwerk der Migrantenselbstorganisationen in Hannover.",
     "miso-hannover", "Vorstand|Projektkoordination"},
    {"kargah", "kargah e.V.", "migrant_organisation", "Hannover", "de,fa,ku,ar,tr", "Migrationsberatung,Elternarbeit",
     "", "kargah", "Beratung|Elternarbeit"},
    {"m_syria", "Deutsch-Syrischer Kulturverein Hannover e.V.", "migrant_organisation", "Hannover", "de,ar",
     "MiSO-Mitglied", "Fiktive Organisation (Demodaten).", "dskv-hannover", "Vorstand"},
    {"m_ukraine", "Ukrainischer Familienverein Hannover e.V.", "migrant_organisation", "Hannover", "de,uk,ru",
     "MiSO-Mitglied", "Fiktive Organisation (Demodaten).", "ufv-hannover", "Vorstand"},
    {"m_africa", "Afrikanisches Bildungsforum Hannover e.V.", "migrant_organisation", "Hannover", "de,en,fr",
     "MiSO-Mitglied", "Fiktive Organisation (Demodaten).", "abf-hannover", "Vorstand"},
    {"m_kurd", "Deutsch-Kurdischer Bildungsverein Hannover e.V.", "migrant_organisation", "Hannover", "de,ku,tr",
     "MiSO-Mitglied", "Fiktive Organisation (Demodaten).", "dkbv-hannover", ""},
    {"m_eritrea", "Eritreische Gemeinschaft Hannover e.V.", "migrant_organisation", "Hannover", "de,ti",
     "MiSO-Mitglied", "Fiktive Organisation (Demodaten).", "egh-hannover", ""},
    {"m_afghan", "Afghanischer Frauenverein Hannover e.V.", "migrant_organisation", "Hannover", "de,fa",
     "MiSO-Mitglied,Frauen", "Fiktive Organisation (Demodaten).", "afv-hannover", "Vorstand"},
    {"m_poland", "Polnischer Kulturverein Hannover e.V.", "migrant_organisation", "Hannover", "de,pl", "MiSO-Mitglied",
     "Fiktive Organisation (Demodaten).", "pkv-hannover", ""},
    {"m_greek", "Griechische Gemeinde Langenhagen e.V.", "migrant_organisation", "Langenhagen", "de,el",
     "MiSO-Mitglied", "Fiktive Organisation (Demodaten).", "ggl-langenhagen", ""},
    {"p_vietnam", "Vietnamesischer Elternverein Hannover e.V.", "parents_association", "Hannover", "de,vi",
     "MiSO-Mitglied,Eltern", "Fiktive Organisation (Demodaten).", "vev-hannover", "Vorstand"},
    {"p_turkey", "Türkischer Elternverein Hannover e.V.", "parents_association", "Hannover", "de,tr",
     "MiSO-Mitglied,Eltern", "Fiktive Organisation (Demodaten).", "tev-hannover", "Vorstand"},
    {"p_arab", "Arabischer Elternverein Garbsen e.V.", "parents_association", "Garbsen", "de,ar", "Eltern",
     "Fiktive Organisation (Demodaten).", "aev-garbsen", "Vorstand"},
    // Welfare organisations (migration counselling).
    {"caritas", "Caritasverband Hannover e.V.", "welfare_organisation", "Hannover", "de,en,fr,ar",
     "Migrationsberatung,MBE", "", "caritas-hannover", "Migrationsberatung für Erwachsene|Jugendmigrationsdienst"},
    {"diakonie", "Diakonisches Werk evangelischer Kirchen in der Region Hannover e.V.", "welfare_organisation",
     "Hannover", "de,en,ru", "Migrationsberatung,Jugendmigrationsdienst", "", "diakonie-hannover",
     "Migrationsberatung für Erwachsene|Jugendmigrationsdienst"},
    {"awo", "AWO Region Hannover e.V.", "welfare_organisation", "Hannover", "de,tr,ar", "Migrationsberatung", "",
     "awo-hannover", "Migrationsberatung für Erwachsene"},
    {"drk", "DRK-Region Hannover e.V.", "welfare_organisation", "Hannover", "de,uk,ru",
     "Migrationsberatung,Unterkünfte", "", "drk-hannover", "Migrationsberatung für Erwachsene"},
    // Volunteer initiatives of the local refugee networks.
    {"v_garbsen", "Willkommensinitiative Garbsen", "volunteer_initiative", "Garbsen", "de,ar", "Ehrenamt,Geflüchtete",
     "Fiktive Initiative (Demodaten).", "", ""},
    {"v_langenhagen", "Flüchtlingshilfe Langenhagen", "volunteer_initiative", "Langenhagen", "de",
     "Ehrenamt,Geflüchtete", "Fiktive Initiative (Demodaten).", "", ""},
    {"v_laatzen", "Unterstützerkreis Geflüchtete Laatzen", "volunteer_initiative", "Laatzen", "de",
     "Ehrenamt,Geflüchtete", "Fiktive Initiative (Demodaten).", "", ""},
    {"v_lehrte", "Ehrenamtsnetz Asyl Lehrte", "volunteer_initiative", "Lehrte", "de", "Ehrenamt,Geflüchtete",
     "Fiktive Initiative (Demodaten).", "", ""},
    {"v_neustadt", "Patenprojekt Neustadt am Rübenberge", "volunteer_initiative", "Neustadt am Rübenberge", "de",
     "Ehrenamt,Patenschaften", "Fiktive Initiative (Demodaten).", "", ""},
    {"v_burgdorf", "Begegnungscafé Burgdorf", "volunteer_initiative", "Burgdorf", "de", "Ehrenamt,Geflüchtete",
     "Fiktive Initiative (Demodaten).", "", ""},
    {"v_wunstorf", "Willkommensnetz Wunstorf", "volunteer_initiative", "Wunstorf", "de", "Ehrenamt,Geflüchtete",
     "Fiktive Initiative (Demodaten).", "", ""},
    {"v_springe", "Helferkreis Springe", "volunteer_initiative", "Springe", "de", "Ehrenamt,Geflüchtete",
     "Fiktive Initiative (Demodaten).", "", ""},
    {"v_uetze", "Sprachpaten Uetze", "volunteer_initiative", "Uetze", "de", "Ehrenamt,Sprache",
     "Fiktive Initiative (Demodaten).", "", ""},
    // Business associations.
    {"khs", "Kreishandwerkerschaft Hannover", "association", "Hannover", "de", "Handwerk,Innungen", "", "khs-hannover",
     "Geschäftsführung"},
    {"dehoga", "DEHOGA Region Hannover e.V.", "association", "Hannover", "de", "Gastgewerbe", "", "dehoga-hannover",
     ""},
};

// ----- companies --------------------------------------------------------------------------------

struct SectorSpec {
  const char* key;
  const char* sector;
  std::array<const char*, 3> patterns;  // "{N}" = a surname
  const char* occupations;              // tags, comma separated
  unsigned weight;
  std::array<unsigned, 4> size_weights;  // micro, small, medium, large
};

constexpr SectorSpec kSectors[] = {
    {"bakery",
     "Lebensmittelhandwerk",
     {"Bäckerei {N}", "Bäckerei und Konditorei {N}", "{N} Backwaren"},
     "Bäcker/in,Fachverkäufer/in im Lebensmittelhandwerk",
     6,
     {50, 40, 10, 0}},
    {"electro",
     "Elektrohandwerk",
     {"Elektro {N}", "{N} Elektrotechnik", "Elektroinstallation {N}"},
     "Elektroniker/in Energie- und Gebäudetechnik",
     7,
     {45, 45, 10, 0}},
    {"shk",
     "Sanitär, Heizung, Klima",
     {"{N} Haustechnik", "Heizung und Sanitär {N}", "{N} Bad und Wärme"},
     "Anlagenmechaniker/in SHK",
     7,
     {45, 45, 10, 0}},
    {"car",
     "Kfz-Handwerk",
     {"Kfz-Werkstatt {N}", "Autohaus {N}", "Autoservice {N}"},
     "Kfz-Mechatroniker/in",
     7,
     {45, 40, 15, 0}},
    {"hair", "Friseurhandwerk", {"Friseursalon {N}", "Salon {N}", "Haarstudio {N}"}, "Friseur/in", 5, {80, 20, 0, 0}},
    {"gastro",
     "Gastronomie",
     {"Restaurant {N}", "Café {N}", "Gaststätte {N}"},
     "Koch/Köchin,Fachkraft für Gastronomie",
     8,
     {60, 35, 5, 0}},
    {"hotel", "Hotellerie", {"Hotel {N}", "Landhotel {N}", "Gästehaus {N}"}, "Hotelfachmann/-frau", 3, {30, 50, 20, 0}},
    {"retail",
     "Einzelhandel",
     {"Supermarkt {N}", "{N} Lebensmittel", "Getränkemarkt {N}"},
     "Verkäufer/in,Kaufmann/-frau im Einzelhandel",
     8,
     {50, 40, 10, 0}},
    {"logistics",
     "Logistik",
     {"{N} Logistik", "Spedition {N}", "{N} Transporte"},
     "Fachkraft für Lagerlogistik,Berufskraftfahrer/in",
     6,
     {20, 45, 30, 5}},
    {"care",
     "Pflege",
     {"Pflegedienst {N}", "Ambulante Pflege {N}", "Tagespflege {N}"},
     "Pflegefachmann/-frau",
     6,
     {20, 60, 20, 0}},
    {"health",
     "Gesundheitswesen",
     {"Zahnarztpraxis {N}", "Hausarztpraxis {N}", "Physiotherapie {N}"},
     "Medizinische/r Fachangestellte/r,Zahnmedizinische/r Fachangestellte/r",
     6,
     {80, 20, 0, 0}},
    {"construction",
     "Bauhauptgewerbe",
     {"{N} Bau", "Bauunternehmen {N}", "{N} Hoch- und Tiefbau"},
     "Maurer/in,Tiefbaufacharbeiter/in",
     6,
     {30, 50, 20, 0}},
    {"painter",
     "Maler- und Lackiererhandwerk",
     {"Malerbetrieb {N}", "Malermeister {N}", "{N} Farbe und Raum"},
     "Maler/in und Lackierer/in",
     5,
     {60, 40, 0, 0}},
    {"joinery",
     "Tischlerhandwerk",
     {"Tischlerei {N}", "{N} Möbelwerkstatt", "Holzbau {N}"},
     "Tischler/in",
     4,
     {60, 40, 0, 0}},
    {"metal",
     "Metallbau",
     {"{N} Metallbau", "Schlosserei {N}", "{N} Stahl- und Metallbau"},
     "Metallbauer/in",
     4,
     {30, 50, 20, 0}},
    {"cleaning",
     "Gebäudereinigung",
     {"Gebäudereinigung {N}", "{N} Gebäudeservice", "{N} Facility Service"},
     "Gebäudereiniger/in",
     4,
     {20, 50, 25, 5}},
    {"it",
     "Informationstechnik",
     {"{N} IT-Service", "{N} Software", "{N} Netzwerktechnik"},
     "Fachinformatiker/in",
     4,
     {40, 45, 15, 0}},
    {"tax",
     "Steuerberatung",
     {"Steuerbüro {N}", "Steuerberatung {N}", "Kanzlei {N}"},
     "Steuerfachangestellte/r",
     3,
     {60, 40, 0, 0}},
    {"wholesale",
     "Großhandel",
     {"{N} Großhandel", "{N} Import-Export", "{N} Handelshaus"},
     "Kaufmann/-frau im Groß- und Außenhandel",
     4,
     {30, 50, 20, 0}},
    {"industry",
     "Industrie",
     {"{N} Maschinenbau", "{N} Kunststofftechnik", "{N} Präzisionsteile"},
     "Industriemechaniker/in,Zerspanungsmechaniker/in",
     4,
     {0, 35, 45, 20}},
};

struct SurnameGroup {
  const char* language;  // "" for German
  std::array<const char*, 6> names;
};

constexpr SurnameGroup kGermanSurnames[] = {
    {"", {"Müller", "Schmidt", "Meyer", "Schulz", "Wagner", "Becker"}},
    {"", {"Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Neumann"}},
    {"", {"Krüger", "Brandt", "Hartmann", "Lange", "Peters", "Behrens"}},
    {"", {"Meier", "Hinrichs", "Bode", "Wilkens", "Evers", "Dreyer"}},
    {"", {"Ahrens", "Heuer", "Stolte", "Warnecke", "Lüdeke", "Kruse"}},
};

constexpr SurnameGroup kMigrantSurnames[] = {
    {"tr", {"Yilmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk"}},
    {"tr", {"Arslan", "Doğan", "Aydın", "Koç", "Kurt", "Erdem"}},
    {"ar", {"Haddad", "Khalil", "Nasser", "Al-Masri", "Hussein", "Saleh"}},
    {"pl", {"Kowalski", "Nowicki", "Wiśniewski", "Lewandowski", "Zieliński", "Kamiński"}},
    {"hr", {"Kovačević", "Petrović", "Horvat", "Babić", "Marić", "Jurić"}},
    {"vi", {"Nguyen", "Tran", "Pham", "Le", "Vu", "Hoang"}},
    {"fa", {"Rahimi", "Ahmadi", "Karimi", "Hosseini", "Sultani", "Azizi"}},
    {"uk", {"Bondarenko", "Shevchenko", "Tkachenko", "Kravchenko", "Melnyk", "Koval"}},
    {"it", {"Rossi", "Esposito", "Russo", "Romano", "Greco", "Bruno"}},
    {"el", {"Papadopoulos", "Georgiou", "Nikolaidis", "Dimitriou", "Vlachos", "Karagiannis"}},
    {"ru", {"Ivanov", "Smirnov", "Kuznetsov", "Popov", "Volkov", "Fedorov"}},
    {"en", {"Mensah", "Okafor", "Boateng", "Adeyemi", "Owusu", "Diallo"}},
};

// Population of the municipalities in thousands (rounded), to spread the companies.
struct MunicipalityWeight {
  const char* name;
  unsigned weight;
};
constexpr MunicipalityWeight kMunicipalityWeights[] = {
    {"Barsinghausen", 34}, {"Burgdorf", 31},    {"Burgwedel", 21}, {"Garbsen", 62},
    {"Gehrden", 15},       {"Hannover", 535},   {"Hemmingen", 19}, {"Isernhagen", 24},
    {"Laatzen", 43},       {"Langenhagen", 55}, {"Lehrte", 45},    {"Neustadt am Rübenberge", 45},
    {"Pattensen", 14},     {"Ronnenberg", 25},  {"Seelze", 34},    {"Sehnde", 24},
    {"Springe", 29},       {"Uetze", 20},       {"Wedemark", 30},  {"Wennigsen", 14},
    {"Wunstorf", 42},
};
constexpr int kCompaniesAtLeast = 4;   // per municipality
constexpr int kCompaniesSpread = 216;  // spread by population on top

struct Company {
  Id id = 0;
  std::string municipality;
  std::string sector_key;
  domain::CompanySize size = domain::CompanySize::micro;
  bool migrant_led = false;
  bool may_train = false;
  bool trains_now = false;
};

// ----- networks ---------------------------------------------------------------------------------

struct MemberSpec {
  const char* key;
  domain::MembershipRole role;
  const char* since;
  const char* until;
};

// Which companies a network takes in: those of these municipalities (empty: all) and sectors
// (empty: all), that may train; `count` of them, chosen by the generator.
struct CompanyPick {
  const char* municipalities;  // comma separated
  const char* sectors;         // comma separated sector keys
  int count;
  bool migrant_led_first;  // prefer migrant-led companies
};

struct NetworkSpec {
  const char* key;
  const char* name;
  domain::NetworkFocus focus;
  const char* goals;
  domain::MeetingRhythm rhythm;
  domain::MeetingFormat format;
  const char* channels;
  const char* work_forms;
  const char* lead;
  const char* municipalities;  // comma separated; empty: the whole region
  domain::NetworkStatus status;
  const char* started_on;
  const char* status_since;
  std::vector<MemberSpec> members;  // the lead is added as "lead" automatically
  CompanyPick companies;
};

using R = domain::MembershipRole;
using F = domain::NetworkFocus;
using Rh = domain::MeetingRhythm;
using Fo = domain::MeetingFormat;
using S = domain::NetworkStatus;

std::vector<NetworkSpec> network_specs() {
  const MemberSpec sc{"service_centre", R::member, "2017-09-01", ""};
  return {
      {"labour_market",
       "Netzwerk Arbeitsmarktintegration Region Hannover",
       F::migration,
       "Geflüchtete und Zugewanderte schneller in Ausbildung und Arbeit bringen; Angebote der Regelinstitutionen "
       "abstimmen und Doppelstrukturen vermeiden.",
       Rh::quarterly,
       Fo::hybrid,
       "email_list,video_calls",
       "Plenum, Arbeitsgruppen zu Sprache und Anerkennung",
       "jobcenter",
       "",
       S::active,
       "2016-03-01",
       "",
       {{"agency", R::member, "2016-03-01", ""},
        {"region_integration", R::member, "2016-03-01", ""},
        {"lhh", R::member, "2016-03-01", ""},
        {"caritas", R::member, "2016-03-01", ""},
        {"diakonie", R::member, "2016-03-01", ""},
        {"awo", R::member, "2016-06-01", ""},
        {"drk", R::member, "2016-06-01", ""},
        {"kargah", R::member, "2016-03-01", ""},
        {"miso", R::member, "2018-01-01", ""},
        {"vhs", R::member, "2016-03-01", ""},
        {"bnw", R::member, "2017-01-01", ""},
        {"jba_hannover", R::guest, "2019-01-01", ""},
        sc},
       {"", "", 0, false}},
      {"breakfast_north",
       "Ausbilder-Frühstück Hannover-Nord",
       F::local,
       "Ausbildende Betriebe im Norden der Region vernetzen; über Ausbildung von Geflüchteten und "
       "Unterstützungsangebote informieren.",
       Rh::quarterly,
       Fo::in_person,
       "email_list",
       "Frühstück mit Impulsvortrag im Wechsel bei den Betrieben",
       "econ_langenhagen",
       "Langenhagen,Garbsen,Wedemark,Isernhagen,Burgwedel",
       S::active,
       "2018-02-01",
       "",
       {{"econ_garbsen", R::member, "2018-02-01", ""},
        {"econ_wedemark", R::member, "2019-01-01", ""},
        {"econ_isernhagen", R::member, "2019-01-01", ""},
        {"hwk", R::guest, "2020-01-01", ""},
        {"service_centre", R::member, "2018-02-01", ""}},
       {"Langenhagen,Garbsen,Wedemark,Isernhagen,Burgwedel", "", 12, false}},
      {"breakfast_east",
       "Ausbilder-Frühstück Hannover-Ost",
       F::local,
       "Betriebe aus Lehrte, Sehnde, Burgdorf und Uetze tauschen sich über Nachwuchs und Ausbildung aus.",
       Rh::quarterly,
       Fo::in_person,
       "email_list",
       "Frühstück mit Betriebsführung",
       "econ_lehrte",
       "Lehrte,Sehnde,Burgdorf,Uetze",
       S::active,
       "2018-05-01",
       "",
       {{"econ_burgdorf", R::member, "2018-05-01", ""},
        {"ihk", R::guest, "2021-01-01", ""},
        {"service_centre", R::member, "2018-05-01", ""}},
       {"Lehrte,Sehnde,Burgdorf,Uetze", "", 10, false}},
      {"breakfast_south",
       "Ausbilder-Frühstück Hannover-Süd",
       F::local,
       "Ausbildende Betriebe im Süden der Region; Schwerpunkt Teilzeitausbildung und Praktika.",
       Rh::quarterly,
       Fo::in_person,
       "email_list",
       "Frühstück mit Impulsvortrag",
       "econ_laatzen",
       "Laatzen,Pattensen,Hemmingen,Springe",
       S::active,
       "2019-03-01",
       "",
       {{"econ_springe", R::member, "2019-03-01", ""},
        {"hwk", R::guest, "2021-01-01", ""},
        {"service_centre", R::member, "2019-03-01", ""}},
       {"Laatzen,Pattensen,Hemmingen,Springe", "", 10, false}},
      {"breakfast_west",
       "Ausbilder-Frühstück Hannover-West",
       F::local,
       "Betriebe im Westen der Region gewinnen Auszubildende, auch Geflüchtete und Jugendliche mit "
       "Migrationsgeschichte.",
       Rh::quarterly,
       Fo::in_person,
       "email_list",
       "Frühstück, Betriebsbesuche",
       "econ_wunstorf",
       "Wunstorf,Neustadt am Rübenberge,Seelze,Barsinghausen,Gehrden,Ronnenberg,Wennigsen",
       S::active,
       "2018-09-01",
       "",
       {{"econ_neustadt", R::member, "2018-09-01", ""},
        {"econ_barsinghausen", R::member, "2019-01-01", ""},
        {"econ_seelze", R::member, "2019-01-01", ""},
        {"hwk", R::guest, "2020-01-01", ""},
        {"service_centre", R::member, "2018-09-01", ""}},
       {"Wunstorf,Neustadt am Rübenberge,Seelze,Barsinghausen,Gehrden,Ronnenberg,Wennigsen", "", 12, false}},
      {"breakfast_city",
       "Ausbilder-Frühstück Hannover-Stadt",
       F::local,
       "Kleine und mittlere Betriebe der Landeshauptstadt, darunter viele migrantengeführte, zur dualen Ausbildung "
       "ermutigen.",
       Rh::quarterly,
       Fo::in_person,
       "email_list,newsletter",
       "Frühstück im Stadtteil, Kurzberatung vor Ort",
       "hannoverimpuls",
       "Hannover",
       S::active,
       "2019-06-01",
       "",
       {{"ihk", R::guest, "2019-06-01", ""},
        {"jobcenter", R::guest, "2022-01-01", ""},
        {"service_centre", R::member, "2019-06-01", ""}},
       {"Hannover", "", 14, true}},
      {"dialogue",
       "Dialogforum Betriebe: Ausbildung von Geflüchteten",
       F::thematic,
       "Betriebe klären mit der Wirtschaftsförderung der Region Fragen zur Ausbildung von Geflüchteten "
       "(Aufenthalt, Sprache, Berufsschule) und melden Bedarfe.",
       Rh::half_yearly,
       Fo::in_person,
       "email_list",
       "Forum mit Fachinput und Tischgesprächen",
       "region_economy",
       "",
       S::active,
       "2018-10-01",
       "",
       {{"service_centre", R::member, "2018-10-01", ""},
        {"hannoverimpuls", R::member, "2018-10-01", ""},
        {"ihk", R::guest, "2019-01-01", ""},
        {"agency", R::guest, "2020-01-01", ""}},
       {"", "", 12, true}},
      {"miso_forum",
       "MiSO-Forum Ausbildung",
       F::migration,
       "Migrantenorganisationen informieren Familien über die duale Ausbildung und bringen deren Fragen in die "
       "Region ein.",
       Rh::monthly,
       Fo::hybrid,
       "messenger,email_list",
       "Forum, Infoabende in Herkunftssprachen",
       "miso",
       "",
       S::active,
       "2017-04-01",
       "",
       {{"kargah", R::member, "2017-04-01", ""},
        {"m_syria", R::member, "2017-04-01", ""},
        {"m_ukraine", R::member, "2022-06-01", ""},
        {"m_africa", R::member, "2017-04-01", ""},
        {"m_kurd", R::member, "2018-01-01", ""},
        {"m_eritrea", R::member, "2018-01-01", ""},
        {"m_afghan", R::member, "2019-05-01", ""},
        {"m_poland", R::member, "2017-04-01", ""},
        {"m_greek", R::member, "2020-01-01", ""},
        {"p_vietnam", R::member, "2018-01-01", ""},
        {"p_turkey", R::member, "2017-04-01", ""},
        {"diakonie", R::guest, "2019-01-01", ""},
        {"jba_hannover", R::guest, "2021-01-01", ""},
        {"service_centre", R::member, "2017-10-01", ""}},
       {"", "", 0, false}},
      {"jba_hannover_steering",
       "Steuerungsgruppe Jugendberufsagentur Hannover",
       F::thematic,
       "Übergang Schule-Beruf in der Landeshauptstadt gemeinsam steuern; kein junger Mensch geht verloren.",
       Rh::quarterly,
       Fo::in_person,
       "email_list",
       "Steuerungsgruppe, Fallkonferenzen",
       "jba_hannover",
       "Hannover",
       S::active,
       "2016-09-01",
       "",
       {{"agency", R::member, "2016-09-01", ""},
        {"jobcenter", R::member, "2016-09-01", ""},
        {"lhh", R::member, "2016-09-01", ""},
        {"bbs_cora", R::member, "2018-01-01", ""},
        {"service_centre", R::guest, "2019-01-01", ""}},
       {"", "", 0, false}},
      {"jba_garbsen_steering",
       "Steuerungsgruppe Jugendberufsagentur Garbsen",
       F::thematic,
       "Übergang Schule-Beruf in Garbsen abstimmen.",
       Rh::quarterly,
       Fo::in_person,
       "email_list",
       "Steuerungsgruppe",
       "jba_garbsen",
       "Garbsen",
       S::active,
       "2018-03-01",
       "",
       {{"agency", R::member, "2018-03-01", ""},
        {"jobcenter", R::member, "2018-03-01", ""},
        {"town_garbsen", R::member, "2018-03-01", ""},
        {"bbs_neustadt", R::member, "2019-01-01", ""}},
       {"", "", 0, false}},
      {"local_garbsen",
       "Netzwerk Flüchtlingshilfe Garbsen",
       F::local,
       "Ankommen in Garbsen begleiten: Wohnen, Sprache, Schule und Arbeit.",
       Rh::monthly,
       Fo::in_person,
       "email_list,messenger",
       "Runder Tisch, Patenschaften",
       "town_garbsen",
       "Garbsen",
       S::active,
       "2015-10-01",
       "",
       {{"v_garbsen", R::member, "2015-10-01", ""},
        {"drk", R::member, "2015-10-01", ""},
        {"p_arab", R::member, "2019-01-01", ""},
        {"jobcenter", R::guest, "2017-01-01", ""},
        {"service_centre", R::member, "2018-01-01", ""}},
       {"", "", 0, false}},
      {"local_langenhagen",
       "Netzwerk Geflüchtete Langenhagen",
       F::local,
       "Hilfen für Geflüchtete in Langenhagen abstimmen.",
       Rh::monthly,
       Fo::in_person,
       "email_list",
       "Runder Tisch",
       "town_langenhagen",
       "Langenhagen",
       S::active,
       "2015-11-01",
       "",
       {{"v_langenhagen", R::member, "2015-11-01", ""},
        {"awo", R::member, "2015-11-01", ""},
        {"m_greek", R::member, "2020-01-01", ""}},
       {"", "", 0, false}},
      {"local_laatzen",
       "Runder Tisch Integration Laatzen",
       F::local,
       "Integration in Laatzen: Begegnung, Sprache, Übergang in Ausbildung.",
       Rh::quarterly,
       Fo::in_person,
       "email_list",
       "Runder Tisch",
       "town_laatzen",
       "Laatzen",
       S::active,
       "2016-01-01",
       "",
       {{"v_laatzen", R::member, "2016-01-01", ""},
        {"caritas", R::member, "2016-01-01", ""},
        {"jobcenter", R::guest, "2018-01-01", ""},
        {"service_centre", R::member, "2019-04-01", ""}},
       {"", "", 0, false}},
      {"local_lehrte",
       "Willkommensnetzwerk Lehrte",
       F::local,
       "Geflüchtete in Lehrte willkommen heißen und begleiten.",
       Rh::monthly,
       Fo::in_person,
       "email_list,messenger",
       "Treffen, Sprachcafé",
       "town_lehrte",
       "Lehrte",
       S::active,
       "2015-12-01",
       "",
       {{"v_lehrte", R::member, "2015-12-01", ""},
        {"diakonie", R::member, "2015-12-01", ""},
        {"jobcenter", R::guest, "2018-01-01", ""},
        {"service_centre", R::member, "2018-06-01", ""}},
       {"", "", 0, false}},
      {"local_neustadt",
       "Integrationsnetzwerk Neustadt am Rübenberge",
       F::local,
       "Zugewanderte in Neustadt am Rübenberge in Schule, Ausbildung und Arbeit begleiten.",
       Rh::quarterly,
       Fo::in_person,
       "email_list",
       "Runder Tisch, Arbeitsgruppe Ausbildung",
       "town_neustadt",
       "Neustadt am Rübenberge",
       S::active,
       "2016-02-01",
       "",
       {{"v_neustadt", R::member, "2016-02-01", ""},
        {"drk", R::member, "2016-02-01", ""},
        {"bbs_neustadt", R::member, "2017-08-01", ""},
        {"jobcenter", R::guest, "2018-01-01", ""},
        {"service_centre", R::member, "2018-09-01", ""}},
       {"", "", 0, false}},
      {"local_burgdorf",
       "Runder Tisch Flüchtlinge Burgdorf",
       F::local,
       "Hilfen für Geflüchtete in Burgdorf abstimmen.",
       Rh::quarterly,
       Fo::in_person,
       "email_list",
       "Runder Tisch",
       "town_burgdorf",
       "Burgdorf",
       S::active,
       "2015-09-01",
       "",
       {{"v_burgdorf", R::member, "2015-09-01", ""},
        {"diakonie", R::member, "2015-09-01", ""},
        {"bbs_burgdorf", R::member, "2017-01-01", ""}},
       {"", "", 0, false}},
      {"local_wunstorf",
       "Netzwerk Zuwanderung Wunstorf",
       F::local,
       "Zuwanderung in Wunstorf gemeinsam gestalten.",
       Rh::quarterly,
       Fo::hybrid,
       "email_list,video_calls",
       "Runder Tisch",
       "town_wunstorf",
       "Wunstorf",
       S::active,
       "2016-04-01",
       "",
       {{"v_wunstorf", R::member, "2016-04-01", ""},
        {"awo", R::member, "2016-04-01", ""},
        {"jobcenter", R::guest, "2018-01-01", ""}},
       {"", "", 0, false}},
      {"local_springe",
       "Flüchtlingsnetzwerk Springe",
       F::local,
       "Geflüchtete in Springe begleiten; Übergänge von der BBS in Ausbildung stärken.",
       Rh::quarterly,
       Fo::in_person,
       "email_list",
       "Runder Tisch",
       "town_springe",
       "Springe",
       S::active,
       "2016-01-01",
       "",
       {{"v_springe", R::member, "2016-01-01", ""},
        {"caritas", R::member, "2016-01-01", ""},
        {"bbs_springe", R::member, "2017-08-01", ""},
        {"jobcenter", R::guest, "2018-01-01", ""},
        {"service_centre", R::member, "2019-09-01", ""}},
       {"", "", 0, false}},
      {"local_uetze",
       "Runder Tisch Flüchtlinge Uetze",
       F::local,
       "Hilfen für Geflüchtete in Uetze abstimmen.",
       Rh::irregular,
       Fo::in_person,
       "phone",
       "Treffen nach Bedarf",
       "town_uetze",
       "Uetze",
       S::dormant,
       "2016-03-01",
       "2023-06-30",
       {{"v_uetze", R::member, "2016-03-01", ""}, {"drk", R::member, "2016-03-01", ""}},
       {"", "", 0, false}},
      {"bbs_circle",
       "Arbeitskreis Sprach- und Berufsvorbereitung an BBS",
       F::thematic,
       "SPRINT- und Sprachlernklassen der BBS abstimmen; Übergänge in Ausbildung verbessern.",
       Rh::quarterly,
       Fo::online,
       "video_calls,email_list",
       "Arbeitskreis, gemeinsame Handreichungen",
       "bbs_cora",
       "",
       S::active,
       "2016-08-01",
       "",
       {{"bbs_burgdorf", R::member, "2016-08-01", ""},
        {"bbs_neustadt", R::member, "2016-08-01", ""},
        {"bbs_springe", R::member, "2016-08-01", ""},
        {"bbs_hannah", R::member, "2016-08-01", ""},
        {"bbs_multimedia", R::member, "2017-08-01", ""},
        {"bbs_alice", R::member, "2016-08-01", ""},
        {"bbs_anna", R::member, "2016-08-01", ""},
        {"bbs_otto", R::member, "2016-08-01", ""},
        {"bbs_ludwig", R::member, "2017-08-01", ""},
        {"bbs_me", R::member, "2016-08-01", ""},
        {"bbs_3", R::member, "2016-08-01", ""},
        {"vhs", R::guest, "2018-01-01", ""},
        {"jba_hannover", R::member, "2017-01-01", ""},
        {"region_integration", R::guest, "2018-01-01", ""},
        {"agency", R::guest, "2018-01-01", ""},
        {"service_centre", R::member, "2018-08-01", ""}},
       {"", "", 0, false}},
      {"crafts",
       "Branchennetzwerk Handwerk Region Hannover",
       F::sector,
       "Nachwuchs für das Handwerk gewinnen; Azubi-Speeddating und Praktika für Jugendliche mit "
       "Migrationsgeschichte.",
       Rh::half_yearly,
       Fo::in_person,
       "email_list,newsletter",
       "Branchentreffen, Azubi-Speeddating",
       "hwk",
       "",
       S::active,
       "2017-01-01",
       "",
       {{"khs", R::member, "2017-01-01", ""},
        {"bbs_me", R::member, "2018-01-01", ""},
        {"bbs_3", R::member, "2018-01-01", ""},
        {"service_centre", R::guest, "2018-03-01", ""}},
       {"", "bakery,electro,shk,car,hair,painter,joinery,metal", 12, false}},
      {"care",
       "Branchennetzwerk Pflege und Gesundheit",
       F::sector,
       "Fachkräfte für Pflege und Gesundheit gewinnen, auch mit ausländischen Abschlüssen.",
       Rh::quarterly,
       Fo::hybrid,
       "email_list,video_calls",
       "Arbeitstreffen",
       "agency",
       "",
       S::active,
       "2019-01-01",
       "",
       {{"jobcenter", R::member, "2019-01-01", ""},
        {"caritas", R::member, "2019-01-01", ""},
        {"diakonie", R::member, "2019-01-01", ""},
        {"bbs_alice", R::member, "2019-01-01", ""}},
       {"", "care,health", 8, false}},
      {"hospitality",
       "Netzwerk Gastronomie und Hotellerie",
       F::sector,
       "Ausbildung im Gastgewerbe attraktiv machen; Teilzeitausbildung und Sprachförderung im Betrieb.",
       Rh::half_yearly,
       Fo::in_person,
       "email_list",
       "Branchenstammtisch",
       "dehoga",
       "",
       S::active,
       "2019-04-01",
       "",
       {{"ihk", R::member, "2019-04-01", ""},
        {"bbs_anna", R::member, "2019-04-01", ""},
        {"service_centre", R::member, "2020-02-01", ""}},
       {"", "gastro,hotel", 10, true}},
      {"logistics",
       "Logistik-Dialog Hannover",
       F::sector,
       "Fachkräftesicherung in der Logistik.",
       Rh::half_yearly,
       Fo::hybrid,
       "email_list,video_calls",
       "Dialogrunden, Betriebsbesichtigungen",
       "hannoverimpuls",
       "",
       S::active,
       "2020-01-01",
       "",
       {{"ihk", R::member, "2020-01-01", ""}, {"agency", R::member, "2020-01-01", ""}},
       {"", "logistics,wholesale", 8, false}},
      {"parents",
       "Elternnetzwerk Berufsorientierung",
       F::migration,
       "Eltern mit Migrationsgeschichte über die duale Ausbildung informieren und in die Berufsorientierung "
       "einbeziehen.",
       Rh::monthly,
       Fo::in_person,
       "messenger",
       "Elternabende, Multiplikatorenschulungen",
       "kargah",
       "",
       S::active,
       "2018-01-01",
       "",
       {{"p_vietnam", R::member, "2018-01-01", ""},
        {"p_turkey", R::member, "2018-01-01", ""},
        {"p_arab", R::member, "2019-01-01", ""},
        {"miso", R::member, "2018-01-01", ""},
        {"jba_hannover", R::guest, "2020-01-01", ""},
        {"service_centre", R::member, "2018-01-01", ""}},
       {"", "", 0, false}},
      {"counselling",
       "Arbeitskreis Migrationsberatung Region Hannover",
       F::migration,
       "Migrationsberatungsstellen stimmen Zuständigkeiten und Verweise ab.",
       Rh::quarterly,
       Fo::online,
       "video_calls,email_list",
       "Fachaustausch, Fallbesprechungen (anonym)",
       "region_integration",
       "",
       S::active,
       "2016-01-01",
       "",
       {{"caritas", R::member, "2016-01-01", ""},
        {"diakonie", R::member, "2016-01-01", ""},
        {"awo", R::member, "2016-01-01", ""},
        {"drk", R::member, "2016-01-01", ""},
        {"kargah", R::member, "2016-01-01", ""},
        {"lhh", R::member, "2016-01-01", ""}},
       {"", "", 0, false}},
      {"employer_services",
       "Runde Arbeitgeberservice und Kammern",
       F::thematic,
       "Arbeitgeberservices von Agentur und Jobcenter, die Kammern und die Servicestelle stimmen ihre Angebote für "
       "Betriebe ab.",
       Rh::quarterly,
       Fo::hybrid,
       "email_list,video_calls",
       "Abstimmungsrunde",
       "agency",
       "",
       S::active,
       "2018-01-01",
       "",
       {{"jobcenter", R::member, "2018-01-01", ""},
        {"ihk", R::member, "2018-01-01", ""},
        {"hwk", R::member, "2018-01-01", ""},
        {"region_economy", R::member, "2018-06-01", ""},
        {"service_centre", R::member, "2018-01-01", ""}},
       {"", "", 0, false}},
      {"action_plan",
       "Handlungsplan-Kreis Ausbildung und Migration",
       F::thematic,
       "Den regionalen Handlungsplan zur Ausbildungsbeteiligung von Migrantinnen und Migranten erarbeiten, "
       "verankern und fortschreiben.",
       Rh::half_yearly,
       Fo::hybrid,
       "email_list,platform",
       "Planungswerkstatt, Umlaufverfahren",
       "service_centre",
       "",
       S::active,
       "2018-04-01",
       "",
       {{"ihk", R::member, "2018-04-01", ""},
        {"hwk", R::member, "2018-04-01", ""},
        {"agency", R::member, "2018-04-01", ""},
        {"jobcenter", R::member, "2018-04-01", ""},
        {"region_economy", R::member, "2018-04-01", ""},
        {"hannoverimpuls", R::member, "2018-04-01", ""},
        {"econ_garbsen", R::member, "2018-04-01", ""},
        {"econ_langenhagen", R::member, "2018-04-01", ""},
        {"econ_laatzen", R::member, "2018-04-01", ""},
        {"econ_lehrte", R::member, "2018-04-01", ""},
        {"econ_wunstorf", R::member, "2018-04-01", ""},
        {"carrier", R::member, "2018-04-01", ""}},
       {"", "", 0, false}},
      {"pilots",
       "Netzwerk Willkommenslotsen",
       F::thematic,
       "Willkommenslotsinnen und -lotsen der Kammern unterstützen Betriebe bei der Besetzung von Praktikums- und "
       "Ausbildungsplätzen mit Geflüchteten.",
       Rh::quarterly,
       Fo::in_person,
       "email_list",
       "Austauschtreffen",
       "hwk",
       "",
       S::ended,
       "2016-06-01",
       "2023-12-31",
       {{"ihk", R::member, "2016-06-01", "2023-12-31"}, {"service_centre", R::member, "2017-09-01", "2023-12-31"}},
       {"", "", 0, false}},
  };
}

// ----- transfers (bridge work) ------------------------------------------------------------------

struct TransferSpec {
  const char* date;
  const char* topic;
  const char* from_network;  // network key, or nullptr with from_event
  const char* from_event;
  const char* to_network;
  const char* to_event;
  const char* result;
};

constexpr TransferSpec kTransfers[] = {
    {"2024-02-20", "Betriebe wünschen feste Ansprechperson für Praktika Geflüchteter", "breakfast_north", nullptr,
     "labour_market", nullptr, "Der Arbeitgeberservice des Jobcenters benennt eine Ansprechperson für den Norden."},
    {"2024-03-12", "Neue Regeln zur Ausbildungsduldung", "labour_market", nullptr, "breakfast_west", nullptr,
     "Kurzinfo beim Frühstück vorgestellt; sechs Betriebe baten um Einzelberatung."},
    {"2024-04-09", "Eltern wünschen Betriebsbesuche mit Sprachmittlung", "miso_forum", nullptr, "dialogue", nullptr,
     "Zwei Betriebe öffnen ihre Werkstätten für Elterngruppen."},
    {"2024-05-14", "Offene Ausbildungsplätze in Handwerk und Gastronomie", "dialogue", nullptr, "miso_forum", nullptr,
     "Liste in fünf Sprachen über die Vereine verteilt."},
    {"2024-06-04", "Wartelisten für Sprachlernklassen an den BBS", "bbs_circle", nullptr, "labour_market", nullptr,
     "Gemeinsame Meldung an die Region; zusätzliche Klasse ab August."},
    {"2024-06-18", "Geflüchtete Frauen suchen Teilzeitausbildung", "local_laatzen", nullptr, "breakfast_south", nullptr,
     "Drei Betriebe prüfen eine Teilzeitausbildung."},
    {"2024-08-27", "Junge Geflüchtete ohne Anschluss nach dem Sprachkurs", "local_garbsen", nullptr,
     "jba_garbsen_steering", nullptr, "Übergang in die SPRINT-Klassen der BBS Neustadt abgestimmt."},
    {"2024-09-10", "Betriebe bieten Elternabende im Betrieb an", "breakfast_east", nullptr, "parents", nullptr,
     "Erster Elternabend in einem Lehrter Betrieb mit 25 Eltern."},
    {"2024-10-01", "Beratung in Herkunftssprachen fehlt", "parents", nullptr, "jba_hannover_steering", nullptr,
     "Die Jugendberufsagentur plant eine Sprechstunde mit Sprachmittlung."},
    {"2024-11-05", "Ergebnisse der Workshops", nullptr, "Netzwerkkonferenz Ausbildung und Migration 2024",
     "action_plan", nullptr, "Drei Maßnahmen in den Entwurf des Handlungsplans übernommen."},
    {"2024-11-19", "Fachkräftebedarf im Gastgewerbe", "hospitality", nullptr, "miso_forum", nullptr,
     "Infoabend zur Ausbildung im Gastgewerbe in zwei Vereinen."},
    {"2025-01-21", "Angebote der Regelinstitutionen auf Migrationssensibilität prüfen", "action_plan", nullptr,
     "employer_services", nullptr, "Gemeinsame Checkliste vereinbart."},
    {"2025-02-11", "Migrantengeführte Betriebe wollen ausbilden, es fehlt die AEVO", "breakfast_city", nullptr,
     "labour_market", nullptr, "Vorbereitungskurs zur Ausbildereignung mit Sprachförderung geplant."},
    {"2025-03-18", "Vorbereitung der Jugendlichen wirkt", nullptr, "Azubi-Speeddating Handwerk 2025", "crafts", nullptr,
     "Mehr Folgepraktika als im Vorjahr; Vorbereitungskurs wird fester Bestandteil."},
    {"2025-04-08", "Aufenthaltsrecht für Ausbildende verständlich erklärt", nullptr,
     "Ausbilder-Frühstück Spezial: Aufenthaltsrecht", "breakfast_north", nullptr, ""},
    {"2025-05-06", "Bedarf an Praktikumsplätzen für SPRINT-Klassen", "local_neustadt", nullptr, "breakfast_west",
     nullptr, "Acht Praktikumsplätze für das Schuljahr zugesagt."},
    {"2025-06-17", "Themen der Betriebe für den Handlungsplan", "dialogue", nullptr, "action_plan", nullptr,
     "Maßnahme \"Ausbildungsbegleitung im Betrieb\" aufgenommen."},
    {"2025-09-09", "Lernortkooperation mit Betrieben im Springer Raum", "local_springe", nullptr, "breakfast_south",
     nullptr, ""},
    {"2025-10-14", "Ergebnisse des Dialogforums", "dialogue", nullptr, nullptr,
     "Netzwerkkonferenz Ausbildung und Migration 2025", "Vorgestellt im Forum Betriebe."},
};

// ----- the builder ------------------------------------------------------------------------------

Error failed(const std::string& what, const Error& error) {
  std::string message = "demo register: " + what + ": " + error.message;
  for (const auto& [field, key] : error.fields) message += " [" + field + ": " + key + "]";
  return Error::internal(std::move(message));
}

class Builder {
 public:
  Builder(storage::Database& db, Id region_id, std::int64_t now)
      : db_(db), service_(db), who_(services::RegisterCaller::operator_in(region_id)), now_(now), rng_(20190301U) {}

  Result<DemoRegisterSummary> run() {
    if (auto r = load_municipalities(); !r) return r.error();
    if (auto r = institutions(); !r) return r.error();
    if (auto r = companies(); !r) return r.error();
    if (auto r = networks(); !r) return r.error();
    if (auto r = company_contacts(); !r) return r.error();
    if (auto r = ties(); !r) return r.error();
    if (auto r = transfers(); !r) return r.error();
    summary_.key_organisations = org_;
    return summary_;
  }

 private:
  Result<void> load_municipalities() {
    auto all = db_.read_value([&](storage::UnitOfWork& uow) { return uow.regions().municipalities(who_.region_id); });
    if (!all) return all.error();
    for (const auto& m : *all) municipality_[m.name] = m.id;
    return success();
  }

  std::optional<Id> municipality(std::string_view name) const {
    auto it = municipality_.find(std::string(name));
    if (it == municipality_.end()) return std::nullopt;
    return it->second;
  }

  Result<Id> add_organisation(domain::Organisation o) {
    const std::string name = o.name;
    auto id = service_.create_organisation(who_, std::move(o), now_);
    if (!id) return failed("organisation " + name, id.error());
    ++summary_.organisations;
    return *id;
  }

  // A new fictional person's name, never used before in the demo.
  std::string new_person_name() {
    for (;;) {
      std::string name = std::string(rng_.pick(kFirstNames)) + " " + std::string(rng_.pick(kLastNames));
      if (used_names_.insert(name).second) return name;
    }
  }

  // consent_percent: how likely the person was asked for consent (else: legitimate interest).
  Result<void> add_contact(Id organisation_id, const std::string& function, const std::string& mail_domain,
                           const std::vector<std::string>& languages, unsigned consent_percent) {
    domain::Contact c;
    c.organisation_id = organisation_id;
    c.name = new_person_name();
    c.function = function;
    if (!mail_domain.empty()) {
      const auto space = c.name.find(' ');
      c.email = ascii_slug(c.name.substr(0, space)) + "." + ascii_slug(c.name.substr(space + 1)) + "@" + mail_domain +
                ".example";
    }
    c.languages = languages;
    // Staff of institutions are mostly business contacts (legitimate interest); people of
    // associations and companies were mostly asked (consent, on a fixed date of recent years).
    if (rng_.percent(consent_percent)) {
      c.data_basis = domain::DataBasis::consent;
      static constexpr std::array<const char*, 8> kDates = {"2023-03-14", "2023-06-20", "2023-11-08", "2024-01-23",
                                                            "2024-04-16", "2024-09-03", "2025-02-25", "2025-06-10"};
      c.consent_date = rng_.pick(kDates);
    }
    const std::string name = c.name;
    auto id = service_.create_contact(who_, std::move(c), now_);
    if (!id) return failed("contact " + name, id.error());
    ++summary_.contacts;
    return success();
  }

  Result<void> institutions() {
    for (const auto& spec : kInstitutions) {
      domain::Organisation o;
      o.name = spec.name;
      o.type = spec.type;
      if (spec.municipality) o.municipality_id = municipality(spec.municipality);
      o.languages = list(spec.languages);
      o.tags = list(spec.tags);
      o.notes = spec.notes;
      if (std::string_view(spec.mail_domain).size() > 0) o.email = std::string("info@") + spec.mail_domain + ".example";
      auto id = add_organisation(std::move(o));
      if (!id) return id.error();
      org_[spec.key] = *id;
      std::string_view functions = spec.functions;
      while (!functions.empty()) {
        const auto bar = functions.find('|');
        const std::string function(functions.substr(0, bar));
        functions = bar == std::string_view::npos ? std::string_view() : functions.substr(bar + 1);
        const std::string_view type = spec.type;
        const bool civil_society = type == "migrant_organisation" || type == "parents_association" ||
                                   type == "volunteer_initiative" || type == "association";
        std::vector<std::string> languages = {"de"};
        const auto spoken = list(spec.languages);
        if (civil_society && spoken.size() > 1) languages.push_back(spoken[1]);
        if (auto r = add_contact(*id, function, spec.mail_domain, languages, civil_society ? 80U : 15U); !r) return r;
      }
    }
    return success();
  }

  template <std::size_t N>
  std::size_t weighted(const std::array<unsigned, N>& weights) {
    unsigned total = 0;
    for (auto w : weights) total += w;
    auto roll = static_cast<unsigned>(rng_.below(total));
    for (std::size_t i = 0; i < N; ++i) {
      if (roll < weights[i]) return i;
      roll -= weights[i];
    }
    return N - 1;
  }

  Result<void> companies() {
    unsigned population = 0;
    for (const auto& m : kMunicipalityWeights) population += m.weight;
    unsigned sector_total = 0;
    for (const auto& s : kSectors) sector_total += s.weight;
    std::set<std::string> names;
    static constexpr std::array<domain::CompanySize, 4> kSizes = {
        domain::CompanySize::micro, domain::CompanySize::small, domain::CompanySize::medium,
        domain::CompanySize::large};

    for (const auto& m : kMunicipalityWeights) {
      const int count =
          kCompaniesAtLeast + static_cast<int>((kCompaniesSpread * m.weight + population / 2) / population);
      for (int i = 0; i < count; ++i) {
        // Sector by weight.
        auto roll = static_cast<unsigned>(rng_.below(sector_total));
        const SectorSpec* sector = &kSectors[0];
        for (const auto& s : kSectors) {
          if (roll < s.weight) {
            sector = &s;
            break;
          }
          roll -= s.weight;
        }
        // About a third of the owners have a migration history (more in Hannover itself).
        const bool migrant = rng_.percent(std::string_view(m.name) == "Hannover" ? 40 : 28);
        const SurnameGroup& group = migrant ? rng_.pick(kMigrantSurnames) : rng_.pick(kGermanSurnames);
        Company company;
        company.municipality = m.name;
        company.sector_key = sector->key;
        company.size = kSizes[weighted(sector->size_weights)];
        company.migrant_led = migrant && rng_.percent(90);
        const unsigned train_chance = company.size == domain::CompanySize::micro   ? 35U
                                      : company.size == domain::CompanySize::small ? 60U
                                                                                   : 90U;
        company.may_train = rng_.percent(company.migrant_led ? train_chance * 7 / 10 : train_chance);
        company.trains_now = company.may_train && rng_.percent(65);

        std::string name;
        for (int attempt = 0; name.empty() || names.contains(name); ++attempt) {
          std::string pattern = rng_.pick(sector->patterns);
          const std::string surname = rng_.pick(group.names);
          pattern.replace(pattern.find("{N}"), 3, surname);
          static constexpr std::array<const char*, 4> kMicro = {"", "", " e.K.", " GmbH"};
          static constexpr std::array<const char*, 3> kLarger = {" GmbH", " GmbH", " GmbH & Co. KG"};
          // Practices and offices of the liberal professions carry no company form in their name.
          const bool has_form = pattern.find("GmbH") != std::string::npos ||
                                std::string_view(sector->key) == "health" || std::string_view(sector->key) == "tax";
          if (!has_form) {
            pattern += company.size == domain::CompanySize::micro ? rng_.pick(kMicro) : rng_.pick(kLarger);
          }
          if (attempt > 3) pattern += " " + std::string(m.name);  // rare clash: add the place
          name = pattern;
        }
        names.insert(name);

        domain::Organisation o;
        o.name = name;
        o.type = "company";
        o.municipality_id = municipality(m.name);
        o.size = company.size;
        o.sector = sector->sector;
        o.migrant_led = company.migrant_led;
        o.may_train = company.may_train;
        o.trains_now = company.trains_now;
        o.languages = {"de"};
        if (company.migrant_led && std::string_view(group.language).size() > 0)
          o.languages.emplace_back(group.language);
        if (company.may_train) o.tags = list(sector->occupations);
        if (company.migrant_led && !company.may_train && rng_.percent(40))
          o.notes = "Interesse an Ausbildung; Beratung zur Ausbildereignung (AEVO) angeboten.";
        auto id = add_organisation(std::move(o));
        if (!id) return id.error();
        company.id = *id;
        companies_.push_back(std::move(company));
        ++summary_.companies;
      }
    }
    return success();
  }

  // Companies for a network, by its CompanyPick.
  std::vector<Id> pick_companies(const CompanyPick& pick) {
    std::vector<Id> out;
    if (pick.count <= 0) return out;
    const auto municipalities = list(pick.municipalities);
    const auto sectors = list(pick.sectors);
    std::vector<const Company*> candidates;
    for (const auto& c : companies_) {
      if (!c.may_train) continue;
      if (!municipalities.empty() &&
          std::find(municipalities.begin(), municipalities.end(), c.municipality) == municipalities.end())
        continue;
      if (!sectors.empty() && std::find(sectors.begin(), sectors.end(), c.sector_key) == sectors.end()) continue;
      candidates.push_back(&c);
    }
    // Shuffle by hand (std::shuffle is not specified bit for bit), migrant-led first if asked.
    for (std::size_t i = candidates.size(); i > 1; --i) std::swap(candidates[i - 1], candidates[rng_.below(i)]);
    if (pick.migrant_led_first)
      std::stable_partition(candidates.begin(), candidates.end(),
                            [&](const Company* c) { return c->migrant_led && rng_.percent(70); });
    for (const auto* c : candidates) {
      if (static_cast<int>(out.size()) >= pick.count) break;
      out.push_back(c->id);
    }
    return out;
  }

  Result<void> add_membership(Id network_id, Id organisation_id, domain::MembershipRole role, std::string since,
                              std::string until, const std::string& what) {
    domain::Membership m;
    m.network_id = network_id;
    m.organisation_id = organisation_id;
    m.role = role;
    m.since = std::move(since);
    m.until = std::move(until);
    auto id = service_.create_membership(who_, m, now_);
    if (!id) return failed("membership " + what, id.error());
    ++summary_.memberships;
    return success();
  }

  Result<void> networks() {
    for (const auto& spec : network_specs()) {
      domain::Network n;
      n.name = spec.name;
      n.focus = spec.focus;
      n.goals = spec.goals;
      n.meeting_rhythm = spec.rhythm;
      n.meeting_format = spec.format;
      n.channels = list(spec.channels);
      n.work_forms = spec.work_forms;
      n.lead_organisation_id = org_.at(spec.lead);
      for (const auto& name : list(spec.municipalities)) {
        if (auto id = municipality(name)) n.municipality_ids.push_back(*id);
      }
      n.status = spec.status;
      n.started_on = spec.started_on;
      n.status_since = spec.status_since;
      auto id = service_.create_network(who_, n, now_);
      if (!id) return failed(std::string("network ") + spec.name, id.error());
      network_[spec.key] = *id;
      ++summary_.networks;

      const std::string ended = spec.status == S::ended ? spec.status_since : "";
      if (auto r = add_membership(*id, org_.at(spec.lead), R::lead, spec.started_on, ended, spec.name); !r) return r;
      for (const auto& member : spec.members) {
        if (auto r = add_membership(*id, org_.at(member.key), member.role, member.since, member.until,
                                    std::string(spec.name) + " / " + member.key);
            !r)
          return r;
      }
      for (Id company : pick_companies(spec.companies)) {
        static constexpr std::array<const char*, 6> kSince = {"2019-03-01", "2020-09-01", "2021-05-01",
                                                              "2022-02-01", "2023-06-01", "2024-03-01"};
        std::string since = rng_.pick(kSince);
        if (since < spec.started_on) since = spec.started_on;
        if (auto r = add_membership(*id, company, R::member, since, ended, std::string(spec.name) + " / company"); !r)
          return r;
        networked_companies_.insert(company);
      }
    }
    return success();
  }

  // One contact at most of the companies that take part in networks (the owner or whoever
  // organises training), with their languages.
  Result<void> company_contacts() {
    static constexpr std::array<const char*, 4> kFunctions = {"Inhaber/in", "Ausbildungsleitung", "Geschäftsführung",
                                                              "Personalabteilung"};
    for (const auto& c : companies_) {
      if (!networked_companies_.contains(c.id) || !rng_.percent(70)) continue;
      if (auto r = add_contact(c.id, rng_.pick(kFunctions), "", {"de"}, 70U); !r) return r;
    }
    return success();
  }

  Result<void> add_tie(const std::string& a, const std::string& b, domain::TieKind kind, int intensity,
                       const char* since, const char* note, bool directed = false) {
    return add_tie_ids(org_.at(a), org_.at(b), kind, intensity, since, note, directed, a + " - " + b);
  }

  Result<void> add_tie_ids(Id a, Id b, domain::TieKind kind, int intensity, const char* since, const char* note,
                           bool directed, const std::string& what) {
    domain::Tie t;
    t.organisation_a_id = a;
    t.organisation_b_id = b;
    t.kind = kind;
    t.intensity = intensity;
    t.directed = directed;
    t.since = since;
    t.note = note;
    auto id = service_.create_tie(who_, t, now_);
    if (!id) return failed("tie " + what, id.error());
    ++summary_.ties;
    return success();
  }

  Result<void> ties() {
    using K = domain::TieKind;
    struct Fixed {
      const char* a;
      const char* b;
      K kind;
      int intensity;
      const char* since;
      const char* note;
      bool directed;
    };
    static const Fixed kFixed[] = {
        {"carrier", "service_centre", K::agreement, 3, "2017-09-01", "Trägerschaft der Servicestelle", true},
        {"service_centre", "hwk", K::joint_offer, 3, "2018-03-01",
         "Azubi-Speeddating mit Vorbereitungskurs für Jugendliche mit Fluchtgeschichte", false},
        {"service_centre", "region_economy", K::joint_offer, 3, "2018-10-01", "Dialogforum Betriebe", false},
        {"service_centre", "ihk", K::information_exchange, 2, "2017-10-01", "", false},
        {"service_centre", "agency", K::information_exchange, 2, "2017-10-01", "", false},
        {"jobcenter", "service_centre", K::referrals, 2, "2018-01-01", "Verweis migrantengeführter Betriebe", true},
        {"service_centre", "kargah", K::joint_offer, 2, "2018-01-01", "Elternabende zur dualen Ausbildung", false},
        {"service_centre", "miso", K::agreement, 2, "2018-01-01", "Kooperationsvereinbarung", false},
        {"service_centre", "jba_hannover", K::referrals, 2, "2019-01-01", "", false},
        {"service_centre", "hannoverimpuls", K::information_exchange, 1, "2019-06-01", "", false},
        {"agency", "jobcenter", K::agreement, 3, "2016-01-01", "Gemeinsamer Arbeitgeberservice", false},
        {"jba_hannover", "agency", K::agreement, 3, "2016-09-01", "", false},
        {"jba_hannover", "jobcenter", K::agreement, 3, "2016-09-01", "", false},
        {"jba_hannover", "lhh", K::agreement, 3, "2016-09-01", "", false},
        {"jba_garbsen", "agency", K::agreement, 3, "2018-03-01", "", false},
        {"jba_garbsen", "jobcenter", K::agreement, 3, "2018-03-01", "", false},
        {"jba_garbsen", "town_garbsen", K::agreement, 3, "2018-03-01", "", false},
        {"jobcenter", "caritas", K::referrals, 2, "2016-01-01", "Migrationsberatung", true},
        {"jobcenter", "diakonie", K::referrals, 2, "2016-01-01", "Jugendmigrationsdienst", true},
        {"jobcenter", "awo", K::referrals, 1, "2016-06-01", "", true},
        {"jobcenter", "drk", K::referrals, 1, "2016-06-01", "", true},
        {"caritas", "kargah", K::information_exchange, 1, "2017-01-01", "", false},
        {"hwk", "khs", K::agreement, 3, "2010-01-01", "", false},
        {"ihk", "hannoverimpuls", K::information_exchange, 2, "2015-01-01", "", false},
        {"region_economy", "hannoverimpuls", K::agreement, 3, "2015-01-01", "", false},
        {"vhs", "bbs_cora", K::joint_offer, 2, "2017-08-01", "Sprachförderung in Sprachlernklassen", false},
        {"bnw", "jobcenter", K::agreement, 2, "2018-01-01", "Ausbildungsvorbereitung im Auftrag", false},
    };
    for (const auto& t : kFixed) {
      if (auto r = add_tie(t.a, t.b, t.kind, t.intensity, t.since, t.note, t.directed); !r) return r;
    }
    // The Region's economic development office and the municipal offices.
    for (const auto& spec : kInstitutions) {
      if (std::string_view(spec.key).starts_with("econ_")) {
        if (auto r = add_tie("region_economy", spec.key, K::information_exchange, 1 + static_cast<int>(rng_.below(2)),
                             "2016-01-01", "");
            !r)
          return r;
      }
      if (std::string_view(spec.key).starts_with("m_") || std::string_view(spec.key).starts_with("p_")) {
        if (auto r = add_tie("miso", spec.key, K::agreement, 2, "2017-04-01", "Mitgliedsorganisation"); !r) return r;
      }
    }
    // Training companies and vocational schools (Lernortkooperation), and migrant-led companies
    // the service centre has advised.
    static const std::array<const char*, 12> kSchools = {"bbs_burgdorf", "bbs_neustadt",   "bbs_springe", "bbs_cora",
                                                         "bbs_hannah",   "bbs_multimedia", "bbs_alice",   "bbs_anna",
                                                         "bbs_otto",     "bbs_ludwig",     "bbs_me",      "bbs_3"};
    int school_ties = 0;
    int advised = 0;
    for (const auto& c : companies_) {
      if (c.trains_now && school_ties < 30 && rng_.percent(20)) {
        const char* school = c.municipality == "Burgdorf"                 ? "bbs_burgdorf"
                             : c.municipality == "Neustadt am Rübenberge" ? "bbs_neustadt"
                             : c.municipality == "Springe"                ? "bbs_springe"
                                                                          : rng_.pick(kSchools);
        if (auto r = add_tie_ids(org_.at(school), c.id, K::information_exchange, 1 + static_cast<int>(rng_.below(2)),
                                 "2022-08-01", "Lernortkooperation", false, "school - company");
            !r)
          return r;
        ++school_ties;
      }
      if (c.migrant_led && advised < 20 && rng_.percent(25)) {
        if (auto r = add_tie_ids(org_.at("service_centre"), c.id, K::information_exchange, 2, "2023-01-01",
                                 c.may_train ? "Ausbildungsberatung" : "Beratung zur Ausbildereignung (AEVO)", false,
                                 "service centre - company");
            !r)
          return r;
        ++advised;
      }
    }
    return success();
  }

  Result<void> transfers() {
    for (const auto& spec : kTransfers) {
      domain::Transfer t;
      t.date = spec.date;
      t.topic = spec.topic;
      if (spec.from_network)
        t.from.network_id = network_.at(spec.from_network);
      else
        t.from.event = spec.from_event;
      if (spec.to_network)
        t.to.network_id = network_.at(spec.to_network);
      else
        t.to.event = spec.to_event;
      t.result = spec.result;
      auto id = service_.create_transfer(who_, t, now_);
      if (!id) return failed(std::string("transfer ") + spec.topic, id.error());
      ++summary_.transfers;
    }
    return success();
  }

  storage::Database& db_;
  services::RegisterService service_;
  services::RegisterCaller who_;
  std::int64_t now_;
  Rng rng_;
  std::map<std::string, Id> municipality_;
  std::map<std::string, Id> org_;
  std::map<std::string, Id> network_;
  std::vector<Company> companies_;
  std::set<Id> networked_companies_;
  std::set<std::string> used_names_;
  DemoRegisterSummary summary_;
};

}  // namespace

Result<DemoRegisterSummary> create_demo_register(storage::Database& db, domain::Id region_id, std::int64_t now) {
  return Builder(db, region_id, now).run();
}

std::span<const std::string_view> demo_first_names() {
  return kFirstNames;
}

std::span<const std::string_view> demo_last_names() {
  return kLastNames;
}

}  // namespace bb::demo
