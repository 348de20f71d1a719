#pragma once

#include <string>
#include <string_view>

namespace bb::web {

inline constexpr std::string_view kSessionCookie = "bb_session";
// A random value for browsers without a session: what their CSRF tokens are bound to.
inline constexpr std::string_view kAnonymousCookie = "bb_anon";
inline constexpr std::string_view kLanguageCookie = "bb_lang";

std::string url_encode(std::string_view text);

}  // namespace bb::web
