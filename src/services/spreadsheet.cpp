#include "services/spreadsheet.hpp"

#include <csv.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace bb::services {

bool looks_like_formula(std::string_view cell) {
  if (cell.empty()) return false;
  switch (cell.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return true;
    default:
      return false;
  }
}

std::string neutralise_formula(std::string_view cell) {
  if (looks_like_formula(cell)) return "'" + std::string(cell);
  return std::string(cell);
}

namespace {

// RFC 4180 quoting is only a few lines and libcsv's writer (csv_fwrite) quotes every field;
// we quote only where needed so the file stays readable.
void append_csv_cell(std::string& out, std::string_view raw, char delimiter) {
  const std::string cell = neutralise_formula(raw);
  const bool quote = cell.find_first_of(std::string{delimiter, '"', '\r', '\n'}) != std::string::npos ||
                     (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
  if (!quote) {
    out += cell;
    return;
  }
  out += '"';
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void append_csv_row(std::string& out, const std::vector<std::string>& row) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i > 0) out += ';';
    append_csv_cell(out, row[i], ';');
  }
  out += "\r\n";
}

}  // namespace

std::string to_csv(const Table& table) {
  std::string out = "\xEF\xBB\xBF";  // the BOM: German Excel then reads UTF-8, not Windows-1252
  append_csv_row(out, table.header);
  for (const auto& row : table.rows) append_csv_row(out, row);
  return out;
}

Result<std::string> to_xlsx(const Table& table, std::string_view sheet_name) {
  // libxlsxwriter 1.1.4 (Debian 12) writes to a file only; a private temporary file it is.
  std::string path = (std::filesystem::temp_directory_path() / "bb-export-XXXXXX").string();
  const int fd = ::mkstemp(path.data());
  if (fd < 0) return Error::internal("cannot create a temporary file for the XLSX export");
  ::close(fd);
  struct Remove {
    std::string path;
    ~Remove() { std::remove(path.c_str()); }
  } remove{path};

  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;  // rows are streamed: a 60k-row export stays small in memory
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  if (!workbook) return Error::internal("cannot create the XLSX workbook");
  const std::string name(sheet_name.substr(0, 31));
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  const auto write_row = [&](lxw_row_t r, const std::vector<std::string>& cells, lxw_format* format) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (cells[c].empty()) continue;
      // Always a string cell: a value such as "=1+1" is shown as text and never evaluated.
      worksheet_write_string(sheet, r, static_cast<lxw_col_t>(c), cells[c].c_str(), format);
    }
  };
  write_row(0, table.header, bold);
  for (std::size_t r = 0; r < table.rows.size(); ++r) write_row(static_cast<lxw_row_t>(r + 1), table.rows[r], nullptr);
  if (workbook_close(workbook) != LXW_NO_ERROR) return Error::internal("cannot write the XLSX workbook");

  std::ifstream in(path, std::ios::binary);
  if (!in) return Error::internal("cannot read back the XLSX workbook");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Written here: ICU converts but does not say where the first bad byte lies in terms of lines,
// and that is what the user needs to find it. Checks the UTF-8 rules of RFC 3629 (no overlong
// forms, no surrogates, nothing above U+10FFFF).
std::size_t first_invalid_utf8_line(std::string_view bytes) {
  std::size_t line = 1;
  std::size_t i = 0;
  const auto n = bytes.size();
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(bytes[k]); };
  const auto cont = [&](std::size_t k) { return k < n && (byte(k) & 0xC0) == 0x80; };
  while (i < n) {
    const unsigned char c = byte(i);
    if (c < 0x80) {
      if (c == '\n') ++line;
      ++i;
    } else if (c >= 0xC2 && c <= 0xDF) {
      if (!cont(i + 1)) return line;
      i += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      if (!cont(i + 1) || !cont(i + 2)) return line;
      if (c == 0xE0 && byte(i + 1) < 0xA0) return line;   // overlong
      if (c == 0xED && byte(i + 1) >= 0xA0) return line;  // surrogate
      i += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return line;
      if (c == 0xF0 && byte(i + 1) < 0x90) return line;
      if (c == 0xF4 && byte(i + 1) >= 0x90) return line;
      i += 4;
    } else {
      return line;
    }
  }
  return 0;
}

namespace {

struct Collector {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> current;
};

void on_field(void* data, std::size_t length, void* out) {
  auto* c = static_cast<Collector*>(out);
  c->current.emplace_back(data ? static_cast<const char*>(data) : "", data ? length : 0);
}

void on_record(int, void* out) {
  auto* c = static_cast<Collector*>(out);
  c->records.push_back(std::move(c->current));
  c->current.clear();
}

// Excel writes ';' in German settings and ',' elsewhere: whichever occurs more often outside
// quotes in the header line wins.
char detect_delimiter(std::string_view text) {
  std::size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    if (c == ',') ++commas;
    if (c == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

}  // namespace

Result<Table> parse_csv(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (const auto bad = first_invalid_utf8_line(bytes); bad > 0)
    return Error::invalid("import.error.encoding", {{"line", std::to_string(bad)}});
  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) return Error::internal("csv_init failed");
  csv_set_delim(&parser, static_cast<unsigned char>(detect_delimiter(bytes)));
  Collector collector;
  const auto parsed = csv_parse(&parser, bytes.data(), bytes.size(), on_field, on_record, &collector);
  const bool ok = parsed == bytes.size() && csv_fini(&parser, on_field, on_record, &collector) == 0;
  csv_free(&parser);
  if (!ok) return Error::invalid("import.error.csv_syntax", {{"line", std::to_string(collector.records.size() + 1)}});
  // Excel appends empty records for trailing blank rows (";;;;"): dropped.
  while (!collector.records.empty()) {
    const auto& last = collector.records.back();
    bool blank = true;
    for (const auto& cell : last) blank = blank && cell.empty();
    if (!blank) break;
    collector.records.pop_back();
  }
  if (collector.records.empty()) return Error::invalid("import.error.empty");
  Table table;
  table.header = std::move(collector.records.front());
  table.rows.assign(std::make_move_iterator(collector.records.begin() + 1),
                    std::make_move_iterator(collector.records.end()));
  return table;
}

}  // namespace bb::services
