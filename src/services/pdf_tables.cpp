#include "services/pdf_tables.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <numeric>

namespace bb::services {

namespace {

// A4 in PostScript points; margins leave room for punching and the footer.
constexpr double kWidth = 595.28;
constexpr double kHeight = 841.89;
constexpr double kMargin = 50;
constexpr double kPad = 4;

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

struct Writer {
  cairo_t* cr;
  std::string footer;
  double y = kMargin;
  int page = 1;

  PangoLayout* layout(const std::string& text, const char* font, double width) {
    PangoLayout* l = pango_cairo_create_layout(cr);
    PangoFontDescription* desc = pango_font_description_from_string(font);
    pango_layout_set_font_description(l, desc);
    pango_font_description_free(desc);
    pango_layout_set_width(l, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(l, text.c_str(), -1);
    return l;
  }
  double height_of(PangoLayout* l) {
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
  }
  void draw(PangoLayout* l, double x, double at) {
    cairo_move_to(cr, x, at);
    pango_cairo_show_layout(cr, l);
  }
  void text(const std::string& t, const char* font, double gap) {
    PangoLayout* l = layout(t, font, kWidth - 2 * kMargin);
    const double h = height_of(l);
    if (y + h > kHeight - kMargin) new_page();
    draw(l, kMargin, y);
    g_object_unref(l);
    y += h + gap;
  }
  void finish_page() {
    PangoLayout* l = layout(footer + " · " + std::to_string(page), "Sans 8", kWidth - 2 * kMargin);
    draw(l, kMargin, kHeight - kMargin + 15);
    g_object_unref(l);
  }
  void new_page() {
    finish_page();
    cairo_show_page(cr);
    ++page;
    y = kMargin;
  }

  // One table row; returns false if it did not fit on the page (nothing drawn).
  bool row(const std::vector<std::string>& cells, const std::vector<double>& widths, bool header) {
    std::vector<PangoLayout*> layouts;
    double h = 0;
    for (std::size_t i = 0; i < widths.size(); ++i) {
      layouts.push_back(layout(i < cells.size() ? cells[i] : "", header ? "Sans Bold 9" : "Sans 9", widths[i] - 2 * kPad));
      h = std::max(h, height_of(layouts.back()));
    }
    h = std::max(h + 2 * kPad, header ? 0.0 : 22.0);
    const bool fits = y + h <= kHeight - kMargin;
    if (fits) {
      double x = kMargin;
      for (std::size_t i = 0; i < widths.size(); ++i) {
        cairo_rectangle(cr, x, y, widths[i], h);
        cairo_set_line_width(cr, 0.5);
        cairo_stroke(cr);
        draw(layouts[i], x + kPad, y + kPad);
        x += widths[i];
      }
      y += h;
    }
    for (auto* l : layouts) g_object_unref(l);
    return fits;
  }

  void section(const PdfSection& s) {
    text(s.heading, "Sans Bold 14", 6);
    for (const auto& line : s.lines) text(line, "Sans 10", 2);
    y += 8;
    if (s.columns.empty()) return;
    const double total = std::accumulate(s.widths.begin(), s.widths.end(), 0.0);
    std::vector<double> widths;
    for (double w : s.widths) widths.push_back((kWidth - 2 * kMargin) * w / (total > 0 ? total : 1));
    if (!row(s.columns, widths, true)) {
      new_page();
      row(s.columns, widths, true);
    }
    auto put = [&](const std::vector<std::string>& cells) {
      if (row(cells, widths, false)) return;
      new_page();
      row(s.columns, widths, true);
      row(cells, widths, false);
    };
    for (const auto& r : s.rows) put(r);
    for (int i = 0; i < s.blank_rows; ++i) put({});
  }
};

}  // namespace

Result<std::string> render_pdf(const PdfDocument& document) {
  std::string out;
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_pdf_surface_create_for_stream(append, &out, kWidth, kHeight), cairo_surface_destroy);
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return Error::internal("pdf: surface");
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, document.title.c_str());
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
  Writer w{cr.get(), document.title};
  for (std::size_t i = 0; i < document.sections.size(); ++i) {
    if (i > 0) w.new_page();
    w.section(document.sections[i]);
  }
  w.finish_page();
  cr.reset();
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return Error::internal("pdf: write");
  surface.reset();
  return out;
}

}  // namespace bb::services
