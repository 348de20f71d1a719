// Login, logout, the language switch and the readiness probe.
#include "core/clock.hpp"
#include "web/cookies.hpp"
#include "domain/validation.hpp"
#include "web/page.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

namespace bb::web {

namespace {

// Only local paths: "next" must never send a user to another site after login.
std::string safe_next(std::string_view next) {
  if (next.empty() || next.front() != '/' || next.starts_with("//") || next.starts_with("/\\")) return "/";
  return std::string(next);
}

http::Response login_page(Services& s, http::Request& req, const std::string& email, const std::string& next,
                          const std::optional<Error>& error, http::Status status) {
  Page page(s, req, "login", "login.title");
  page.content().SetValue("EMAIL", email);
  page.content().SetValue("NEXT", next);
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

http::Response show_login(Services& s, http::Request& req) {
  if (state(req).principal) return http::Response::redirect("/");
  return login_page(s, req, "", safe_next(req.query.get_or("next", "/")), std::nullopt, http::Status::ok);
}

// The address login throttling counts against. Behind a proxy every request comes from the
// proxy, so the proxy's record of the client is used instead (only when configured to trust it).
std::string client_address(const Services& s, const http::Request& req) {
  if (s.config.trust_proxy) {
    if (auto forwarded = req.header("x-forwarded-for")) {
      const auto last = forwarded->rfind(',');
      return domain::trim(last == std::string_view::npos ? *forwarded : forwarded->substr(last + 1));
    }
  }
  return req.remote_address;
}

http::Response submit_login(Services& s, http::Request& req) {
  const auto form = req.form().value_or(http::Params{});
  const std::string email = form.get_or("email", "");
  const std::string next = safe_next(form.get_or("next", "/"));
  auto result = s.auth.login(email, form.get_or("password", ""), client_address(s, req), unix_now(), req.request_id);
  if (!result) {
    return login_page(s, req, email, next, result.error(), status_for(result.error().code));
  }
  auto res = http::Response::redirect(next);
  http::CookieOptions options;
  options.secure = s.config.secure_cookies || req.secure;
  res.headers.add("Set-Cookie", http::make_set_cookie(kSessionCookie, result->session_token, options));
  http::CookieOptions lang_options = options;
  lang_options.max_age_seconds = 365LL * 24 * 3600;
  res.headers.add("Set-Cookie", http::make_set_cookie(kLanguageCookie, domain::to_string(result->user.language), lang_options));
  return res;
}

http::Response submit_logout(Services& s, http::Request& req) {
  if (auto cookie = req.cookie(kSessionCookie)) (void)s.auth.logout(*cookie);
  auto res = http::Response::redirect("/login");
  http::CookieOptions options;
  options.secure = s.config.secure_cookies || req.secure;
  options.max_age_seconds = 0;
  res.headers.add("Set-Cookie", http::make_set_cookie(kSessionCookie, "", options));
  return res;
}

// Anyone may switch the language; for a signed-in user it is stored with the account.
http::Response submit_language(Services& s, http::Request& req) {
  const auto form = req.form().value_or(http::Params{});
  const std::string language = form.get_or("language", "de");
  auto parsed = domain::parse_ui_language(language);
  if (!parsed) return error_response(s, req, Error::invalid("validation.language", {{"language", "validation.language"}}));
  auto& st = state(req);
  if (st.principal) {
    auto saved = s.users.set_language(*st.principal, language, req.request_id, unix_now());
    if (!saved) return error_response(s, req, saved.error());
  }
  auto res = http::Response::redirect(safe_next(form.get_or("next", "/")));
  http::CookieOptions options;
  options.secure = s.config.secure_cookies || req.secure;
  options.max_age_seconds = 365LL * 24 * 3600;
  res.headers.add("Set-Cookie", http::make_set_cookie(kLanguageCookie, language, options));
  return res;
}

http::Response readiness(Services& s, http::Request&) {
  auto ping = s.db.ping();
  if (!ping) return http::Response::text("database unreachable", http::Status::service_unavailable);
  return http::Response::text("ready");
}

}  // namespace

void register_session_routes(Routes& routes) {
  routes.get("/login", Access::anyone(), show_login);
  routes.post("/login", Access::anyone(), submit_login);
  routes.post("/logout", Access::anyone(), submit_logout);
  routes.post("/language", Access::anyone(), submit_language);
  routes.get("/readyz", Access::anyone(), readiness);
}

}  // namespace bb::web
