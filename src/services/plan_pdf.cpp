#include "services/plan_pdf.hpp"

#include "domain/plan_diff.hpp"
#include "services/plan_timeline.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <hyphen.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace bb::services {

std::string readable_date(const std::string& iso, std::string_view language) {
  if (language != "de" || iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
  return iso.substr(8, 2) + "." + iso.substr(5, 2) + "." + iso.substr(0, 4);
}

namespace {

constexpr double kPageWidth = 595.28;  // A4 in points
constexpr double kPageHeight = 841.89;
constexpr double kLeft = 62;
constexpr double kRight = kPageWidth - 62;
constexpr double kTop = 64;
constexpr double kBottom = kPageHeight - 70;
constexpr double kCellPad = 4;

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// Hyphenation by libhyphen (the hyphenator of LibreOffice) with Debian's patterns (hyphen-de,
// hyphen-en-us): pango itself has no hyphenation dictionaries, it only breaks at the soft
// hyphens (U+00AD) it is given and draws the hyphen there. The pattern files are Latin-1, so
// words are converted letter by letter; a word with a letter outside Latin-1 is left alone.
class Hyphenator {
 public:
  explicit Hyphenator(const std::string& language) {
    const char* file = language == "de" ? "/usr/share/hyphen/hyph_de_DE.dic" : "/usr/share/hyphen/hyph_en_US.dic";
    dict_ = hnj_hyphen_load(file);  // nullptr when the package is missing: no hyphenation then
  }
  ~Hyphenator() {
    if (dict_) hnj_hyphen_free(dict_);
  }
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

  std::string operator()(const std::string& text) const {
    if (!dict_) return text;
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
      // One word: ASCII letters and the Latin-1 letters of UTF-8 (two bytes, lead C3).
      std::string latin1;
      const std::size_t start = i;
      while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (std::isalpha(c)) {
          latin1 += static_cast<char>(std::tolower(c));
          ++i;
        } else if (c == 0xC3 && i + 1 < text.size()) {
          unsigned char l = static_cast<unsigned char>(0x40 + (static_cast<unsigned char>(text[i + 1]) & 0x3F) + 0x80);
          if (l >= 0xC0 && l <= 0xDE && l != 0xD7) l = static_cast<unsigned char>(l + 0x20);  // lower case
          latin1 += static_cast<char>(l);
          i += 2;
        } else {
          break;
        }
      }
      if (i == start) {  // not a letter: copy it through
        out += text[i++];
        continue;
      }
      out += hyphenate(text.substr(start, i - start), latin1);
    }
    return out;
  }

 private:
  // `word` as UTF-8 and the same word lower-cased in Latin-1 (one byte per letter).
  std::string hyphenate(const std::string& word, const std::string& latin1) const {
    if (latin1.size() < 6) return word;
    // Each text is laid out several times (measured, drawn, in both passes) and a plan repeats
    // its words: the result per word is kept for this PDF (bench/plans: 4.7 s -> see PERFORMANCE).
    {
      std::lock_guard lock(mutex_);
      if (auto it = cache_.find(word); it != cache_.end()) return it->second;
    }
    std::vector<char> hyphens(latin1.size() + 5, '0');
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    {
      std::lock_guard lock(mutex_);
      if (hnj_hyphen_hyphenate2(dict_, latin1.c_str(), static_cast<int>(latin1.size()), hyphens.data(), nullptr,
                                &rep, &pos, &cut) != 0)
        return word;
    }
    std::free(rep);  // no non-standard hyphenation in these patterns; free what may come
    std::free(pos);
    std::free(cut);
    std::string out;
    std::size_t byte = 0;
    for (std::size_t letter = 0; letter < latin1.size(); ++letter) {
      const std::size_t width = static_cast<unsigned char>(word[byte]) == 0xC3 ? 2 : 1;
      out.append(word, byte, width);
      byte += width;
      // At least two letters on each side of a break.
      if ((hyphens[letter] & 1) && letter >= 1 && letter + 2 < latin1.size()) out += "\xC2\xAD";
    }
    std::lock_guard lock(mutex_);
    cache_.emplace(word, out);
    return out;
  }

  HyphenDict* dict_ = nullptr;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, std::string> cache_;
};

struct Cell {
  std::string text;
  double width = 0;
};

// One pass of the layout: text flows down the page, a block that does not fit starts the next
// page. Records the page of each contents entry.
class Writer {
 public:
  Writer(cairo_t* cr, const PlanPdfInput& input, int total_pages, const Hyphenator& hyphenate)
      : cr_(cr), in_(input), total_(total_pages), hyphenate_(hyphenate) {
    language_ = pango_language_from_string(input.language == "de" ? "de-DE" : "en-GB");
  }

  int page() const { return page_; }
  std::vector<int>& entry_pages() { return entry_pages_; }

  // A text block across the full width (or at x with a width), returning its height.
  double text(const std::string& s, const char* font, double x, double y, double width, bool draw,
              PangoAlignment align = PANGO_ALIGN_LEFT, bool one_line = false) {
    PangoLayout* layout = pango_cairo_create_layout(cr_);
    PangoFontDescription* desc = pango_font_description_from_string(font);
    pango_layout_set_font_description(layout, desc);
    pango_font_description_free(desc);
    pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD);
    pango_layout_set_alignment(layout, align);
    if (one_line) pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
    // The language attribute selects the hyphenation patterns (German compounds are long).
    PangoAttrList* attrs = pango_attr_list_new();
    pango_attr_list_insert(attrs, pango_attr_language_new(language_));
    pango_attr_list_insert(attrs, pango_attr_insert_hyphens_new(TRUE));
    pango_layout_set_attributes(layout, attrs);
    pango_attr_list_unref(attrs);
    const std::string hyphenated = one_line ? s : hyphenate_(s);
    pango_layout_set_text(layout, hyphenated.c_str(), -1);
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    if (draw) {
      cairo_set_source_rgb(cr_, 0.1, 0.1, 0.1);
      cairo_move_to(cr_, x, y);
      pango_cairo_show_layout(cr_, layout);
    }
    g_object_unref(layout);
    return static_cast<double>(h) / PANGO_SCALE;
  }

  void block(const std::string& s, const char* font, double space_before, double space_after) {
    if (s.empty()) return;
    y_ += space_before;
    const double h = text(s, font, kLeft, y_, kRight - kLeft, false);
    if (y_ + h > kBottom && y_ > kTop + space_before) new_page();
    text(s, font, kLeft, y_, kRight - kLeft, true);
    y_ += h + space_after;
  }

  // A heading that should not stay alone at the foot of a page.
  void heading(const std::string& s, const char* font, double space_before) {
    if (y_ + 80 > kBottom) new_page();
    block(s, font, space_before, 6);
  }

  void table(const std::vector<Cell>& header, const std::vector<std::vector<std::string>>& rows) {
    auto row_height = [&](const std::vector<std::string>& cells, const char* font) {
      double h = 0;
      for (std::size_t i = 0; i < cells.size(); ++i)
        h = std::max(h, text(cells[i], font, 0, 0, header[i].width - 2 * kCellPad, false));
      return h + 2 * kCellPad;
    };
    auto draw_row = [&](const std::vector<std::string>& cells, const char* font, double h, bool shade) {
      double x = kLeft;
      for (std::size_t i = 0; i < cells.size(); ++i) {
        if (shade) {
          cairo_set_source_rgb(cr_, 0.90, 0.92, 0.95);
          cairo_rectangle(cr_, x, y_, header[i].width, h);
          cairo_fill(cr_);
        }
        cairo_set_source_rgb(cr_, 0.55, 0.55, 0.55);
        cairo_set_line_width(cr_, 0.5);
        cairo_rectangle(cr_, x, y_, header[i].width, h);
        cairo_stroke(cr_);
        text(cells[i], font, x + kCellPad, y_ + kCellPad, header[i].width - 2 * kCellPad, true);
        x += header[i].width;
      }
      y_ += h;
    };
    std::vector<std::string> titles;
    for (const auto& c : header) titles.push_back(c.text);
    const char* head_font = "DejaVu Sans Bold 8.5";
    const char* body_font = "DejaVu Sans 8.5";
    const double head_h = row_height(titles, head_font);
    if (y_ + head_h * 2 > kBottom) new_page();
    draw_row(titles, head_font, head_h, true);
    for (const auto& row : rows) {
      const double h = row_height(row, body_font);
      if (y_ + h > kBottom) {  // the header again on the next page
        new_page();
        draw_row(titles, head_font, head_h, true);
      }
      draw_row(row, body_font, h, false);
    }
    y_ += 10;
  }

  // The timeline: one row per measure (label, then a bar over the plan period), field titles
  // as group rows, year marks repeated on every page it spans.
  void timeline(const domain::PlanDocument& d) {
    constexpr double kLabelWidth = 190, kRowHeight = 15;
    const double bar_left = kLeft + kLabelWidth + 6, bar_width = kRight - bar_left;
    const long start = days_from_iso(d.plan.period_start).value_or(0);
    const long end = std::max(start + 1, days_from_iso(d.plan.period_end).value_or(start + 365));
    auto x_of = [&](long day) {
      return bar_left + static_cast<double>(std::clamp(day, start, end) - start) / static_cast<double>(end - start) *
                            bar_width;
    };
    auto year_marks = [&] {
      const int first = std::stoi(d.plan.period_start.substr(0, 4));
      const int last = std::stoi(d.plan.period_end.substr(0, 4));
      for (int year = first; year <= last; ++year) {
        const auto day = days_from_iso(std::to_string(year) + "-01-01");
        const double x = x_of(day && *day > start ? *day : start);
        text(std::to_string(year), "DejaVu Sans 7.5", x + 2, y_, 40, true);
        cairo_set_source_rgb(cr_, 0.75, 0.75, 0.75);
        cairo_set_line_width(cr_, 0.4);
        cairo_move_to(cr_, x, y_);
        cairo_line_to(cr_, x, y_ + 12);
        cairo_stroke(cr_);
      }
      y_ += 14;
    };
    if (d.plan.period_start.size() < 4 || d.plan.period_end.size() < 4) return;
    year_marks();
    for (const auto& f : d.fields) {
      if (y_ + 2 * kRowHeight > kBottom) {
        new_page();
        year_marks();
      }
      text(f.title, "DejaVu Sans Bold 8.5", kLeft, y_, kRight - kLeft, true, PANGO_ALIGN_LEFT, true);
      y_ += kRowHeight;
      for (const auto& g : d.goals) {
        if (g.field_id != f.id) continue;
        for (const auto& m : d.measures) {
          if (m.goal_id != g.id) continue;
          if (y_ + kRowHeight > kBottom) {
            new_page();
            year_marks();
          }
          // Cut by hand (pango's ellipsizing of 500 labels cost seconds, bench/plans).
          std::string label = m.title;
          if (label.size() > 40) {
            std::size_t cut = 38;  // not inside a UTF-8 sequence
            while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) --cut;
            label = label.substr(0, cut) + "…";
          }
          text(label, "DejaVu Sans 8", kLeft + 6, y_, kLabelWidth - 6, true);
          const double x1 = x_of(days_from_iso(m.start_on).value_or(start));
          const double x2 = std::max(x_of(days_from_iso(m.end_on).value_or(end)), x1 + 2);
          const double shade = m.status == domain::MeasureStatus::done      ? 0.35
                               : m.status == domain::MeasureStatus::running ? 0.5
                                                                            : 0.72;
          cairo_set_source_rgb(cr_, shade * 0.6, shade * 0.8, shade);
          cairo_rectangle(cr_, x1, y_ + 2, x2 - x1, kRowHeight - 6);
          cairo_fill(cr_);
          y_ += kRowHeight;
        }
      }
    }
    y_ += 8;
  }

  void new_page() {
    footer();
    cairo_show_page(cr_);
    ++page_;
    y_ = kTop;
  }

  void finish() {
    footer();
    cairo_show_page(cr_);
  }

  void mark_entry() { entry_pages_.push_back(page_); }
  void set_y(double y) { y_ = y; }
  double y() const { return y_; }

 private:
  void footer() {
    if (page_ == 1) return;  // no number on the cover
    std::string label = in_.text("plans.pdf.page");
    const std::string number = std::to_string(page_) + (total_ > 0 ? " / " + std::to_string(total_) : "");
    text(label + " " + number, "DejaVu Sans 8", kLeft, kPageHeight - 48, kRight - kLeft, true, PANGO_ALIGN_RIGHT);
    text(in_.document->plan.title, "DejaVu Sans 8", kLeft, kPageHeight - 48, (kRight - kLeft) * 0.7, true,
         PANGO_ALIGN_LEFT, true);
  }

  cairo_t* cr_;
  const PlanPdfInput& in_;
  int total_;
  const Hyphenator& hyphenate_;
  PangoLanguage* language_;
  int page_ = 1;
  double y_ = kTop;
  std::vector<int> entry_pages_;
};

std::string names(const domain::PlanDocument& d, const std::vector<domain::Id>& ids) {
  std::string out;
  for (auto id : ids) {
    auto it = d.organisation_names.find(id);
    if (it != d.organisation_names.end()) out += (out.empty() ? "" : ", ") + it->second;
  }
  return out;
}

std::string name(const domain::PlanDocument& d, std::optional<domain::Id> id) {
  if (!id) return {};
  auto it = d.organisation_names.find(*id);
  return it != d.organisation_names.end() ? it->second : std::string();
}

// Lays the whole document out once; returns the pages of the contents entries and the count.
void lay_out(Writer& w, const PlanPdfInput& in, const std::vector<int>& known_pages) {
  const auto& d = *in.document;
  const auto& t = in.text;
  const auto& lang = in.language;
  // ----- cover -----
  w.set_y(220);
  w.block(t("plans.pdf.cover_kicker"), "DejaVu Sans 13", 0, 10);
  w.block(d.plan.title, "DejaVu Sans Bold 26", 0, 16);
  w.block(in.region_name, "DejaVu Sans 15", 0, 8);
  w.block(t("plans.pdf.period") + ": " + readable_date(d.plan.period_start, lang) + " – " +
              readable_date(d.plan.period_end, lang),
          "DejaVu Sans 12", 0, 24);
  if (in.version) {
    w.block(t("plans.pdf.version") + " " + std::to_string(in.version->number) + " · " + t("plans.pdf.adopted_on") +
                " " + readable_date(in.version->adopted_on, lang),
            "DejaVu Sans Bold 12", 0, 4);
    w.block(in.version->occasion, "DejaVu Sans 12", 0, 4);
  } else {
    w.block(t("plans.pdf.draft"), "DejaVu Sans Bold 12", 0, 4);
  }
  // ----- contents -----
  w.new_page();
  w.block(t("plans.pdf.contents"), "DejaVu Sans Bold 18", 0, 14);
  std::vector<std::string> entries;
  entries.push_back(t("plans.preamble"));
  for (std::size_t i = 0; i < d.fields.size(); ++i)
    entries.push_back(std::to_string(i + 1) + ". " + d.fields[i].title);
  entries.push_back(t("plans.timeline.title"));
  entries.push_back(t("plans.pdf.agreements"));
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::string page = i < known_pages.size() ? std::to_string(known_pages[i]) : "00";
    const double h = w.text(entries[i], "DejaVu Sans 11", kLeft, w.y(), kRight - kLeft - 50, true);
    w.text(page, "DejaVu Sans 11", kRight - 50, w.y(), 50, true, PANGO_ALIGN_RIGHT);
    w.set_y(w.y() + h + 6);
  }
  // ----- preamble -----
  w.new_page();
  w.mark_entry();
  w.heading(t("plans.preamble"), "DejaVu Sans Bold 18", 0);
  std::size_t start = 0;
  const std::string& pre = d.plan.preamble;
  while (start <= pre.size()) {  // one block per paragraph, so a page may break between them
    auto end = pre.find('\n', start);
    if (end == std::string::npos) end = pre.size();
    w.block(pre.substr(start, end - start), "DejaVu Serif 10.5", 0, 6);
    start = end + 1;
  }
  // ----- fields -----
  for (std::size_t fi = 0; fi < d.fields.size(); ++fi) {
    const auto& f = d.fields[fi];
    w.new_page();
    w.mark_entry();
    w.heading(std::to_string(fi + 1) + ". " + f.title, "DejaVu Sans Bold 17", 0);
    w.block(f.description, "DejaVu Serif 10.5", 0, 8);
    int gi = 0;
    for (const auto& g : d.goals) {
      if (g.field_id != f.id) continue;
      ++gi;
      w.heading(std::to_string(fi + 1) + "." + std::to_string(gi) + " " + t("plans.goal") + ": " + g.title,
                "DejaVu Sans Bold 12.5", 10);
      w.block(g.description, "DejaVu Serif 10", 0, 6);
      std::vector<std::vector<std::string>> indicator_rows;
      for (const auto& i : d.indicators)
        if (i.goal_id == g.id)
          indicator_rows.push_back({i.name, i.unit, domain::format_number(i.baseline),
                                    domain::format_number(i.target_value), readable_date(i.target_date, lang)});
      if (!indicator_rows.empty()) {
        w.block(t("plans.indicators"), "DejaVu Sans Bold 10", 4, 4);
        w.table({{t("plans.indicator.name"), 160},
                 {t("plans.indicator.unit"), 70},
                 {t("plans.indicator.baseline"), 90},  // "Ausgangswert" in bold fits
                 {t("plans.indicator.target_value"), 75},
                 {t("plans.indicator.target_date"), 76.28}},
                indicator_rows);
      }
      std::vector<std::vector<std::string>> measure_rows;
      for (const auto& m : d.measures) {
        if (m.goal_id != g.id) continue;
        std::string who = name(d, m.lead_organisation_id);
        const std::string partners = names(d, m.partner_organisation_ids);
        if (!partners.empty()) who += (who.empty() ? "" : "\n") + t("plans.measure.partners_short") + ": " + partners;
        std::string period = readable_date(m.start_on, lang);
        if (!m.end_on.empty()) period += " –\n" + readable_date(m.end_on, lang);
        std::string anchoring = t("plans.anchoring." + std::string(domain::to_string(m.anchoring_state)));
        if (auto carrier = name(d, m.anchoring_organisation_id); !carrier.empty()) anchoring += ": " + carrier;
        std::string what = m.title;
        if (!m.description.empty()) what += "\n" + m.description;
        if (!m.target_groups.empty()) what += "\n" + t("plans.measure.target_groups") + ": " + m.target_groups;
        measure_rows.push_back({what, who, period,
                                t("plans.measure_status." + std::string(domain::to_string(m.status))), anchoring});
      }
      if (!measure_rows.empty()) {
        w.block(t("plans.measures"), "DejaVu Sans Bold 10", 4, 4);
        w.table({{t("plans.measure.title"), 142},
                 {t("plans.measure.lead_and_partners"), 115},
                 {t("plans.measure.period"), 76},
                 {t("plans.measure.status"), 58},
                 {t("plans.measure.anchoring"), 80.28}},
                measure_rows);
      }
    }
  }
  // ----- timeline -----
  w.new_page();
  w.mark_entry();
  w.heading(t("plans.timeline.title"), "DejaVu Sans Bold 18", 0);
  w.timeline(d);
  // ----- agreements -----
  w.new_page();
  w.mark_entry();
  w.heading(t("plans.pdf.agreements"), "DejaVu Sans Bold 18", 0);
  if (in.version && !in.version->agreements.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& a : in.version->agreements)
      rows.push_back({a.organisation_name, a.person, readable_date(a.agreed_on, lang)});
    w.table({{t("plans.agreement.organisation"), 220}, {t("plans.agreement.person"), 150},
             {t("plans.agreement.date"), 101.28}},
            rows);
  } else {
    w.block(t("plans.pdf.no_agreements"), "DejaVu Serif 10.5", 0, 6);
  }
  w.finish();
}

}  // namespace

Result<std::string> render_plan_pdf(const PlanPdfInput& in) {
  if (!in.document || !in.text) return Error::internal("plan pdf: no document");
  const Hyphenator hyphenate(in.language);
  // Pass 1 (discarded): where does each contents entry land, how many pages are there?
  std::vector<int> pages;
  int total = 0;
  {
    std::string discard;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append_to_string, &discard, kPageWidth, kPageHeight);
    cairo_t* cr = cairo_create(surface);
    Writer w(cr, in, 0, hyphenate);
    lay_out(w, in, {});
    pages = w.entry_pages();
    total = w.page();
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
  }
  std::string out;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append_to_string, &out, kPageWidth, kPageHeight);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, in.document->plan.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Brückenbauer");
  cairo_t* cr = cairo_create(surface);
  Writer w(cr, in, total, hyphenate);
  lay_out(w, in, pages);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const auto status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) return Error::internal(std::string("plan pdf: ") + cairo_status_to_string(status));
  return out;
}

}  // namespace bb::services
