#pragma once
// A QR code as an SVG image. libqrencode computes the code (error correction level M); it has no
// SVG output of its own (only its command-line tool does), so the module matrix is drawn here by
// hand: one path of unit squares inside a quiet zone of four modules, as ISO/IEC 18004 asks.

#include <optional>
#include <string>
#include <string_view>

namespace bb::web {

// nullopt if the text cannot be encoded (too long for a QR code).
std::optional<std::string> qr_svg(std::string_view text, std::string_view title);

}  // namespace bb::web
