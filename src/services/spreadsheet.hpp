#pragma once
// Tables in and out of spreadsheets (issue 3, import/export): CSV as German Excel writes and
// reads it, and XLSX. Writing: CSV is UTF-8 with a BOM, ';' separated, RFC 4180 quoted, CRLF;
// XLSX via libxlsxwriter with every cell a string. In both, a cell that a spreadsheet would run
// as a formula (starting with =, +, -, @, tab or CR) is neutralised (OWASP "CSV injection"): the
// CSV cell gets a leading apostrophe, the XLSX cell is written as a string (never a formula).
// Reading: libcsv parses (comma or semicolon, detected from the header line); the bytes must be
// UTF-8 (an optional BOM is dropped), otherwise the error names the first bad line.

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace bb::services {

struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

bool looks_like_formula(std::string_view cell);
// "'" + cell for a cell that looks like a formula; the cell unchanged otherwise.
std::string neutralise_formula(std::string_view cell);

std::string to_csv(const Table& table);
// The bytes of an .xlsx workbook with one sheet of that name.
Result<std::string> to_xlsx(const Table& table, std::string_view sheet_name);

// The first line (1-based) that is not valid UTF-8, or 0 if all of it is.
std::size_t first_invalid_utf8_line(std::string_view bytes);

// A CSV file as read: the header (first record) and the data records. Row numbers for users
// are the record's index + 2 (the header is row 1, as in Excel).
// Errors (invalid_input): "import.error.encoding" with fields {"line": N}, "import.error.empty",
// "import.error.csv_syntax".
Result<Table> parse_csv(std::string_view bytes);

}  // namespace bb::services
