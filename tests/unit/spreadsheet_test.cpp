// CSV/XLSX helpers of the register's import/export (services/spreadsheet.hpp) and the default
// column mapping of the organisation import.
#include "services/spreadsheet.hpp"

#include <gtest/gtest.h>

#include "services/import.hpp"

using namespace bb::services;

TEST(Spreadsheet, FormulaCellsAreNeutralised) {
  for (const char* cell : {"=1+1", "+49 511", "-5", "@SUM(A1)", "\tx", "\rx"})
    EXPECT_EQ(neutralise_formula(cell), std::string("'") + cell) << cell;
  for (const char* cell : {"", "Müller", "1=1", " =x"}) EXPECT_EQ(neutralise_formula(cell), cell) << cell;
}

TEST(Spreadsheet, CsvHasBomSemicolonsAndRfc4180Quoting) {
  Table t{{"Name", "Notiz"}, {{"A; B", "sagt \"hallo\""}, {"Zeile\nzwei", "=HYPERLINK()"}, {"plain", ""}}};
  EXPECT_EQ(to_csv(t),
            "\xEF\xBB\xBFName;Notiz\r\n\"A; B\";\"sagt \"\"hallo\"\"\"\r\n\"Zeile\nzwei\";'=HYPERLINK()\r\nplain;\r\n");
}

TEST(Spreadsheet, CsvRoundTripsAndDetectsTheDelimiter) {
  Table t{{"Name", "Ort"}, {{"A; B", "x"}, {"Zeile\nzwei", "\"q\""}}};
  auto back = parse_csv(to_csv(t));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->header, t.header);
  EXPECT_EQ(back->rows, t.rows);
  auto comma = parse_csv("Name,Ort\n\"Müller, Bäcker\",Hannover\n,\n");  // trailing empty record dropped
  ASSERT_TRUE(comma.ok());
  ASSERT_EQ(comma->rows.size(), 1u);
  EXPECT_EQ(comma->rows[0][0], "Müller, Bäcker");
}

TEST(Spreadsheet, BrokenCsvIsRefusedWithTheLine) {
  auto latin1 = parse_csv("a;b\nx;y\nM\xFCller;z\n");
  ASSERT_FALSE(latin1.ok());
  EXPECT_EQ(latin1.error().message, "import.error.encoding");
  EXPECT_EQ(latin1.error().fields.at("line"), "3");
  EXPECT_EQ(first_invalid_utf8_line("ok\n\xED\xA0\x80"), 2u);  // a surrogate
  EXPECT_EQ(first_invalid_utf8_line("\xC0\xAF"), 1u);          // overlong
  EXPECT_EQ(first_invalid_utf8_line("Straße 😀\n"), 0u);
  auto open_quote = parse_csv("a;b\n\"x;y\n");
  ASSERT_FALSE(open_quote.ok());
  EXPECT_EQ(open_quote.error().message, "import.error.csv_syntax");
  EXPECT_FALSE(parse_csv("\xEF\xBB\xBF").ok());
}

TEST(Spreadsheet, XlsxIsAZipArchive) {
  auto bytes = to_xlsx(Table{{"Name"}, {{"=1+1"}}}, "Akteure");
  ASSERT_TRUE(bytes.ok());
  EXPECT_TRUE(bytes->starts_with("PK\x03\x04"));
}

TEST(OrganisationImport, DefaultMappingFromGermanAndEnglishHeadings) {
  EXPECT_EQ(default_organisation_mapping({"Name", "Art", "Gemeinde", "E-Mail", "Unbekannt", "Name", "Größe", "AEVO"}),
            (std::vector<std::string>{"name", "type", "municipality", "email", "", "", "size", "may_train"}));
  EXPECT_EQ(default_organisation_mapping({"organisation name", "TYPE", "Municipality", "e mail", "Migrant-led"}),
            (std::vector<std::string>{"name", "type", "municipality", "email", "migrant_led"}));
  EXPECT_EQ(parse_import_flag("Ja"), true);
  EXPECT_EQ(parse_import_flag("no"), false);
  EXPECT_EQ(parse_import_flag(""), false);
  EXPECT_EQ(parse_import_flag("vielleicht"), std::nullopt);
}

TEST(Import, DefaultMappingPerKindFromGermanAndEnglishHeadings) {
  EXPECT_EQ(default_mapping(ImportKind::contacts,
                            {"Name", "Funktion", "Organisation", "Kommune", "E-Mail", "Rechtsgrundlage", "Einwilligung am"}),
            (std::vector<std::string>{"name", "function", "organisation", "organisation_municipality", "email",
                                      "data_basis", "consent_date"}));
  EXPECT_EQ(default_mapping(ImportKind::networks, {"Netzwerk", "Schwerpunkt", "Leitung", "Kommunen", "Status seit"}),
            (std::vector<std::string>{"name", "focus", "lead_organisation", "municipalities", "status_since"}));
  EXPECT_EQ(default_mapping(ImportKind::memberships, {"Network", "Member", "Role", "since", "until"}),
            (std::vector<std::string>{"network", "organisation", "role", "since", "until"}));
  EXPECT_EQ(default_mapping(ImportKind::ties, {"Organisation A", "Organisation B", "Art", "Intensität", "gerichtet"}),
            (std::vector<std::string>{"organisation_a", "organisation_b", "kind", "intensity", "directed"}));
}

TEST(Import, KindsHaveStableNamesAndEveryFieldIsKnownToItsKindOnly) {
  for (auto kind : kImportKinds) {
    EXPECT_EQ(parse_import_kind(to_string(kind)), kind);
    for (const auto& field : import_fields(kind)) EXPECT_TRUE(is_import_field(kind, field.key));
  }
  EXPECT_EQ(parse_import_kind("transfers"), std::nullopt);
  EXPECT_FALSE(is_import_field(ImportKind::organisations, "network"));
  EXPECT_TRUE(is_import_field(ImportKind::memberships, "network"));
}
