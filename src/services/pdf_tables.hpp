#pragma once
// Printable PDF documents made of sections, each a heading, a few lines of text and a table,
// drawn with cairo (PDF surface) and pango (text layout, so umlauts, Arabic names and line
// wrapping work). Each section starts on a new A4 page; a long table continues on the next
// page with its header repeated. Used by the speed-dating printouts (personal schedules,
// table lists, results sheet); nothing here knows the speed-dating.

#include "core/result.hpp"

#include <string>
#include <vector>

namespace bb::services {

struct PdfSection {
  std::string heading;
  std::vector<std::string> lines;          // under the heading
  std::vector<std::string> columns;        // table header
  std::vector<double> widths;              // relative column widths (same size as columns)
  std::vector<std::vector<std::string>> rows;
  int blank_rows = 0;  // empty rows to write in by hand (results sheet)
};

struct PdfDocument {
  std::string title;  // document metadata and page footer
  std::vector<PdfSection> sections;
};

// The PDF file's bytes.
Result<std::string> render_pdf(const PdfDocument& document);

}  // namespace bb::services
