#include "drawing/map_drawing.hpp"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <cmath>
#include <memory>

namespace bb::drawing {

namespace {

constexpr double kMargin = 24;
constexpr double kTitleHeight = 36;
constexpr double kLegendLine = 18;
constexpr double kMaxSide = 10000;

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

struct SurfaceDeleter {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextDeleter {
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};
struct LayoutDeleter {
  void operator()(PangoLayout* l) const { g_object_unref(l); }
};
struct FontDeleter {
  void operator()(PangoFontDescription* f) const { pango_font_description_free(f); }
};

void set(cairo_t* cr, Rgb c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

// Text through pango, so umlauts, Arabic and Cyrillic names shape correctly.
void text(cairo_t* cr, const std::string& s, double x, double y, double size, bool bold, bool centred) {
  std::unique_ptr<PangoLayout, LayoutDeleter> layout(pango_cairo_create_layout(cr));
  std::unique_ptr<PangoFontDescription, FontDeleter> font(pango_font_description_new());
  pango_font_description_set_family(font.get(), "sans-serif");
  pango_font_description_set_absolute_size(font.get(), size * PANGO_SCALE);
  if (bold) pango_font_description_set_weight(font.get(), PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description(layout.get(), font.get());
  pango_layout_set_text(layout.get(), s.c_str(), static_cast<int>(s.size()));
  int w = 0, h = 0;
  pango_layout_get_pixel_size(layout.get(), &w, &h);
  cairo_move_to(cr, centred ? x - w / 2.0 : x, y);
  pango_cairo_show_layout(cr, layout.get());
}

void node_path(cairo_t* cr, const DrawnNode& n) {
  const double r = n.size / 2;
  if (n.shape == NodeShape::diamond) {
    cairo_move_to(cr, n.x, n.y - r);
    cairo_line_to(cr, n.x + r, n.y);
    cairo_line_to(cr, n.x, n.y + r);
    cairo_line_to(cr, n.x - r, n.y);
    cairo_close_path(cr);
  } else {
    cairo_new_sub_path(cr);
    cairo_arc(cr, n.x, n.y, r, 0, 2 * M_PI);
  }
}

void draw(cairo_t* cr, const MapDrawing& d, double total_height) {
  set(cr, {1, 1, 1});
  cairo_paint(cr);
  const Rgb ink{0.1, 0.1, 0.12};
  if (!d.title.empty()) {
    set(cr, ink);
    text(cr, d.title, kMargin, kMargin / 2, 20, true, false);
  }
  cairo_save(cr);
  cairo_translate(cr, kMargin, kMargin + kTitleHeight);
  cairo_rectangle(cr, 0, 0, d.width, d.height);
  cairo_clip(cr);
  for (const auto& e : d.edges) {
    set(cr, e.colour);
    cairo_set_line_width(cr, e.width);
    if (e.dashed) {
      const double dash[] = {6, 4};
      cairo_set_dash(cr, dash, 2, 0);
    } else {
      cairo_set_dash(cr, nullptr, 0, 0);
    }
    cairo_move_to(cr, e.x1, e.y1);
    cairo_line_to(cr, e.x2, e.y2);
    cairo_stroke(cr);
  }
  cairo_set_dash(cr, nullptr, 0, 0);
  for (const auto& n : d.nodes) {
    node_path(cr, n);
    set(cr, n.fill);
    cairo_fill_preserve(cr);
    set(cr, n.highlighted ? ink : Rgb{1, 1, 1});
    cairo_set_line_width(cr, n.highlighted ? 3 : 1);
    cairo_stroke(cr);
  }
  set(cr, ink);
  for (const auto& n : d.nodes) {
    if (!n.label.empty()) text(cr, n.label, n.x, n.y + n.size / 2 + 2, 11, n.highlighted, true);
  }
  cairo_restore(cr);
  double y = kMargin + kTitleHeight + d.height + 8;
  for (const auto& entry : d.legend) {
    cairo_rectangle(cr, kMargin, y + 3, 12, 12);
    set(cr, entry.colour);
    cairo_fill(cr);
    set(cr, ink);
    text(cr, entry.label, kMargin + 18, y, 12, false, false);
    y += kLegendLine;
  }
  if (!d.caption.empty()) {
    set(cr, {0.3, 0.3, 0.33});
    text(cr, d.caption, kMargin, total_height - kMargin, 11, false, false);
  }
}

}  // namespace

Result<ImageFormat> parse_image_format(std::string_view text) {
  if (text == "svg") return ImageFormat::svg;
  if (text == "pdf") return ImageFormat::pdf;
  if (text == "png") return ImageFormat::png;
  return Error::invalid("map.error.format", {{"format", "map.error.format"}});
}

std::string_view content_type(ImageFormat format) {
  switch (format) {
    case ImageFormat::svg: return "image/svg+xml";
    case ImageFormat::pdf: return "application/pdf";
    case ImageFormat::png: return "image/png";
  }
  return "application/octet-stream";
}

std::string_view file_extension(ImageFormat format) {
  switch (format) {
    case ImageFormat::svg: return "svg";
    case ImageFormat::pdf: return "pdf";
    case ImageFormat::png: return "png";
  }
  return "bin";
}

Result<Rgb> parse_colour(std::string_view hex) {
  auto digit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  if (hex.size() != 7 || hex[0] != '#') return Error::invalid("map.error.colour", {{"colour", "map.error.colour"}});
  double channel[3];
  for (int i = 0; i < 3; ++i) {
    const int hi = digit(hex[static_cast<std::size_t>(1 + 2 * i)]);
    const int lo = digit(hex[static_cast<std::size_t>(2 + 2 * i)]);
    if (hi < 0 || lo < 0) return Error::invalid("map.error.colour", {{"colour", "map.error.colour"}});
    channel[i] = (hi * 16 + lo) / 255.0;
  }
  return Rgb{channel[0], channel[1], channel[2]};
}

Result<std::string> render(const MapDrawing& d, ImageFormat format) {
  if (!(d.width >= 1 && d.width <= kMaxSide && d.height >= 1 && d.height <= kMaxSide))
    return Error::invalid("map.error.size", {{"size", "map.error.size"}});
  const double width = d.width + 2 * kMargin;
  const double height = d.height + 2 * kMargin + kTitleHeight + 8 +
                        kLegendLine * static_cast<double>(d.legend.size()) + (d.caption.empty() ? 0 : 20);
  std::string out;
  std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface;
  switch (format) {
    case ImageFormat::svg:
      surface.reset(cairo_svg_surface_create_for_stream(append_bytes, &out, width, height));
      break;
    case ImageFormat::pdf:
      surface.reset(cairo_pdf_surface_create_for_stream(append_bytes, &out, width, height));
      break;
    case ImageFormat::png:
      surface.reset(cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(std::ceil(width)),
                                               static_cast<int>(std::ceil(height))));
      break;
  }
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return Error::internal("cairo: cannot create surface");
  {
    std::unique_ptr<cairo_t, ContextDeleter> cr(cairo_create(surface.get()));
    draw(cr.get(), d, height);
    if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) return Error::internal("cairo: drawing failed");
  }
  if (format == ImageFormat::png) {
    if (cairo_surface_write_to_png_stream(surface.get(), append_bytes, &out) != CAIRO_STATUS_SUCCESS)
      return Error::internal("cairo: PNG encoding failed");
  }
  cairo_surface_finish(surface.get());  // SVG and PDF are written out here
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return Error::internal("cairo: writing failed");
  surface.reset();
  return out;
}

}  // namespace bb::drawing
