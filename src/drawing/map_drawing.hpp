#pragma once
// The current view of the network map as SVG, PDF or PNG for presentations (issue 4), drawn with
// cairo and pango. The browser sends what it shows (positions in view pixels, colours, labels),
// so the file is exactly the view; this library only draws and knows nothing of HTTP.

#include "core/result.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace bb::drawing {

enum class ImageFormat { svg, pdf, png };
Result<ImageFormat> parse_image_format(std::string_view text);  // "svg", "pdf", "png"
std::string_view content_type(ImageFormat format);
std::string_view file_extension(ImageFormat format);

struct Rgb {
  double r = 0, g = 0, b = 0;  // 0..1
};
Result<Rgb> parse_colour(std::string_view hex);  // "#rrggbb"

enum class NodeShape { ellipse, diamond };

struct DrawnNode {
  double x = 0, y = 0;  // centre, view pixels
  double size = 20;     // diameter
  Rgb fill;
  NodeShape shape = NodeShape::ellipse;
  bool highlighted = false;  // thick dark border (the selected organisation, a sole bridge)
  std::string label;         // may be empty
};

struct DrawnEdge {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  Rgb colour;
  double width = 1;
  bool dashed = false;
};

struct LegendEntry {
  Rgb colour;
  std::string label;
};

struct MapDrawing {
  double width = 800, height = 600;  // view pixels, 1..10000
  std::string title;                 // printed above the map (may be empty)
  std::string caption;               // printed below (date, filters); may be empty
  std::vector<DrawnEdge> edges;
  std::vector<DrawnNode> nodes;
  std::vector<LegendEntry> legend;
};

// The drawing as a file of the format. Fails on sizes out of range.
Result<std::string> render(const MapDrawing& drawing, ImageFormat format);

}  // namespace bb::drawing
