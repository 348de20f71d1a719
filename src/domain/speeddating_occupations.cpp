// The recognised training occupations (anerkannte Ausbildungsberufe nach BBiG/HwO) the planner
// offers: a selection of the occupations chambers list most often at speed-datings. Data, not
// logic: keys are stable identifiers stored with youths and companies; names are the official
// German designations (gender-neutral forms as in the Verordnungen, shortened to "-/-in").
#include "domain/speeddating.hpp"

namespace bb::domain {

const std::vector<Occupation>& training_occupations() {
  static const std::vector<Occupation> list = {
      {"anlagenmechaniker_shk", "Anlagenmechaniker/-in für Sanitär-, Heizungs- und Klimatechnik"},
      {"augenoptiker", "Augenoptiker/-in"},
      {"automobilkaufmann", "Automobilkaufmann/-frau"},
      {"baecker", "Bäcker/-in"},
      {"bankkaufmann", "Bankkaufmann/-frau"},
      {"berufskraftfahrer", "Berufskraftfahrer/-in"},
      {"beton_stahlbetonbauer", "Beton- und Stahlbetonbauer/-in"},
      {"dachdecker", "Dachdecker/-in"},
      {"elektroniker_energie_gebaeude", "Elektroniker/-in für Energie- und Gebäudetechnik"},
      {"elektroniker_betriebstechnik", "Elektroniker/-in für Betriebstechnik"},
      {"fachinformatiker_anwendungsentwicklung", "Fachinformatiker/-in für Anwendungsentwicklung"},
      {"fachinformatiker_systemintegration", "Fachinformatiker/-in für Systemintegration"},
      {"fachkraft_lagerlogistik", "Fachkraft für Lagerlogistik"},
      {"fachkraft_gastronomie", "Fachkraft für Gastronomie"},
      {"fachkraft_kurier_express_post", "Fachkraft für Kurier-, Express- und Postdienstleistungen"},
      {"fachlagerist", "Fachlagerist/-in"},
      {"fachverkaeufer_lebensmittelhandwerk", "Fachverkäufer/-in im Lebensmittelhandwerk"},
      {"fahrzeuglackierer", "Fahrzeuglackierer/-in"},
      {"feinwerkmechaniker", "Feinwerkmechaniker/-in"},
      {"fleischer", "Fleischer/-in"},
      {"fliesen_platten_mosaikleger", "Fliesen-, Platten- und Mosaikleger/-in"},
      {"florist", "Florist/-in"},
      {"friseur", "Friseur/-in"},
      {"gaertner", "Gärtner/-in"},
      {"gebaeudereiniger", "Gebäudereiniger/-in"},
      {"hotelfachmann", "Hotelfachmann/-frau"},
      {"industriekaufmann", "Industriekaufmann/-frau"},
      {"industriemechaniker", "Industriemechaniker/-in"},
      {"kaufmann_bueromanagement", "Kaufmann/-frau für Büromanagement"},
      {"kaufmann_einzelhandel", "Kaufmann/-frau im Einzelhandel"},
      {"kaufmann_gross_aussenhandel", "Kaufmann/-frau für Groß- und Außenhandelsmanagement"},
      {"kaufmann_spedition_logistik", "Kaufmann/-frau für Spedition und Logistikdienstleistung"},
      {"kfz_mechatroniker", "Kraftfahrzeugmechatroniker/-in"},
      {"koch", "Koch/Köchin"},
      {"konditor", "Konditor/-in"},
      {"konstruktionsmechaniker", "Konstruktionsmechaniker/-in"},
      {"kosmetiker", "Kosmetiker/-in"},
      {"maler_lackierer", "Maler/-in und Lackierer/-in"},
      {"maurer", "Maurer/-in"},
      {"mechatroniker", "Mechatroniker/-in"},
      {"mfa", "Medizinische/-r Fachangestellte/-r"},
      {"metallbauer", "Metallbauer/-in"},
      {"zfa", "Zahnmedizinische/-r Fachangestellte/-r"},
      {"pflegefachmann", "Pflegefachmann/-frau"},
      {"pta", "Pharmazeutisch-kaufmännische/-r Angestellte/-r"},
      {"raumausstatter", "Raumausstatter/-in"},
      {"restaurantfachmann", "Fachmann/-frau für Restaurants und Veranstaltungsgastronomie"},
      {"schornsteinfeger", "Schornsteinfeger/-in"},
      {"steuerfachangestellter", "Steuerfachangestellte/-r"},
      {"strassenbauer", "Straßenbauer/-in"},
      {"tischler", "Tischler/-in"},
      {"verkaeufer", "Verkäufer/-in"},
      {"verwaltungsfachangestellter", "Verwaltungsfachangestellte/-r"},
      {"zahntechniker", "Zahntechniker/-in"},
      {"zerspanungsmechaniker", "Zerspanungsmechaniker/-in"},
      {"zimmerer", "Zimmerer/Zimmerin"},
  };
  return list;
}

std::optional<std::string_view> occupation_name(std::string_view key) {
  for (const auto& o : training_occupations())
    if (o.key == key) return o.name;
  return std::nullopt;
}

}  // namespace bb::domain
