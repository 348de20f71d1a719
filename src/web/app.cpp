#include "web/app.hpp"

#include "auth/crypto.hpp"
#include "core/clock.hpp"
#include "http/multipart.hpp"
#include "web/cookies.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

#include <spdlog/spdlog.h>

namespace bb::web {

namespace {

constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

bool is_safe_method(http::Method m) {
  return m == http::Method::get || m == http::Method::head || m == http::Method::options;
}

// The CSRF token of a state-changing request: a form field for HTML forms, a header for
// scripts and htmx.
std::string submitted_csrf_token(const http::Request& req) {
  if (auto header = req.header("x-csrf-token")) return std::string(*header);
  const auto type = req.header("content-type").value_or("");
  if (type.starts_with("application/x-www-form-urlencoded") || http::multipart_boundary(type)) {
    if (auto form = http::form_fields(req)) return std::string(form->get_or("_csrf", ""));
  }
  return {};
}

std::optional<std::string_view> bearer_token(const http::Request& req) {
  auto header = req.header("authorization");
  if (!header || !header->starts_with("Bearer ")) return std::nullopt;
  return header->substr(7);
}

}  // namespace

Result<std::unique_ptr<App>> App::create(storage::Database& db, WebConfig config) {
  auto catalog = i18n::Catalog::load(config.share_dir / "i18n");
  if (!catalog) return catalog.error();
  auto renderer = Renderer::load(config.share_dir / "templates", *catalog);
  if (!renderer) return renderer.error();
  // All processes of one installation must sign CSRF tokens alike: the secret lives in the database.
  auto secret = db.write_value(
      [](storage::UnitOfWork& uow) { return uow.settings().get_or_insert("csrf_secret", auth::random_token(32)); });
  if (!secret) return secret.error();

  std::unique_ptr<App> app(new App());
  const auto policy = config.auth;
  app->services_.reset(new Services{db, std::move(config), std::move(*catalog), std::move(*renderer),
                                    auth::AuthService(db, policy), auth::CsrfGuard(*secret),
                                    services::UserService(db), {}});
  app->static_files_ = std::make_unique<http::StaticFiles>(app->services_->config.share_dir / "static", "/static/");

  Routes routes(app->router_, *app->services_);
  register_session_routes(routes);
  register_dashboard_routes(routes);
  register_account_routes(routes);
  register_admin_routes(routes);
  register_api_routes(routes);
  register_register_routes(routes);
  register_event_routes(routes);
  register_map_routes(routes);
  register_analysis_api_routes(routes);
  register_analysis_routes(routes);
  register_offer_routes(routes);
  register_plan_routes(routes);
  register_plan_api_routes(routes);
  return app;
}

bool App::answer_inline(const http::Request& req) {
  return req.path == "/healthz" || req.path.starts_with("/static/");
}

http::Response App::handle(http::Request& req) {
  http::Response res;
  try {
    res = dispatch(req);
  } catch (const std::exception& e) {
    spdlog::error("request {} {} failed: {}", req.request_id, req.path, e.what());
    try {
      res = error_response(*services_, req, Error::internal("error.internal"));
    } catch (const std::exception&) {
      res = http::Response::text("Interner Fehler", http::Status::internal_server_error);
    }
  }
  finish(req, res);
  return res;
}

http::Response App::dispatch(http::Request& req) {
  if (req.path == "/healthz") return http::Response::text("ok");
  if (req.path.starts_with("/static/")) {
    if (auto file = static_files_->serve(req)) return std::move(*file);
  }

  auto& st = state(req);
  const auto match = router_.match(req);
  const Access access = match.metadata && match.metadata->has_value() ? std::any_cast<Access>(*match.metadata)
                                                                       : Access::anyone();
  const std::int64_t now = unix_now();

  // Who is calling: an API token (API routes only) or the session cookie.
  const auto token = bearer_token(req);
  if (token) {
    if (!req.is_api() || (match.handler && !access.accepts_api_token))
      return json_error(*services_, req, Error{ErrorCode::unauthenticated, "error.token_not_accepted", {}});
    auto principal = services_->auth.authenticate_bearer(*token, now);
    if (!principal) return error_response(*services_, req, principal.error());
    if (!principal->has_value()) return json_error(*services_, req, Error{ErrorCode::unauthenticated, "error.unauthenticated", {}});
    st.principal = std::move(**principal);
  } else if (auto cookie = req.cookie(kSessionCookie)) {
    auto principal = services_->auth.authenticate_session(*cookie, now);
    if (!principal) return error_response(*services_, req, principal.error());
    if (principal->has_value()) st.principal = std::move(**principal);
  }

  if (st.principal) {
    st.language = st.principal->user.language;
  } else if (auto lang = req.cookie(kLanguageCookie)) {
    st.language = domain::parse_ui_language(*lang).value_or(domain::UiLanguage::de);
  }

  if (st.principal && st.principal->via == auth::CredentialKind::session) {
    st.csrf_binding = st.principal->credential_hash;
  } else if (auto anon = req.cookie(kAnonymousCookie); anon && anon->size() >= 32 && anon->size() <= 64) {
    st.csrf_binding = *anon;
  } else if (!token) {
    st.new_anon_cookie = auth::random_token(32);
    st.csrf_binding = st.new_anon_cookie;
  }

  if (!match.handler) {
    if (match.method_not_allowed) {
      auto res = error_response(*services_, req, Error{ErrorCode::invalid_input, "error.method_not_allowed", {}});
      res.status = http::Status::method_not_allowed;
      return res;
    }
    return error_response(*services_, req, Error::not_found());
  }

  // An API call without any credential is unauthenticated (401), whatever its method; only then
  // does a missing CSRF token on a cookie-authenticated write matter.
  if (req.is_api() && access.requires_login && !st.principal)
    return json_error(*services_, req, Error{ErrorCode::unauthenticated, "error.unauthenticated", {}});

  // CSRF: every state-changing request from a browser carries a valid token. Requests with an
  // API token carry no ambient credentials, so a forged cross-site request cannot use them.
  if (!is_safe_method(req.method) && !token) {
    if (!services_->csrf.valid(st.csrf_binding, submitted_csrf_token(req)))
      return error_response(*services_, req, Error{ErrorCode::forbidden, "error.csrf", {}});
  }

  // Authorisation: the one place where routes' declarations are enforced.
  if (access.requires_login && !st.principal) {
    if (req.is_api()) return json_error(*services_, req, Error{ErrorCode::unauthenticated, "error.unauthenticated", {}});
    return http::Response::redirect("/login?next=" + url_encode(req.target));
  }
  if (st.principal && access.requires_login && !access.roles.contains(st.principal->user.role))
    return error_response(*services_, req, Error::forbidden());

  // The region came with the credential (same statement); set only now, after the access
  // checks, so that their error pages look as before.
  if (st.principal && st.principal->user.region_id) st.region = st.principal->region;
  return (*match.handler)(req);
}

void App::finish(const http::Request& req, http::Response& res) const {
  auto& h = res.headers;
  h.set("Content-Security-Policy", std::string(kContentSecurityPolicy));
  h.set("X-Content-Type-Options", "nosniff");
  h.set("Referrer-Policy", "same-origin");
  h.set("X-Frame-Options", "DENY");
  h.set("Cross-Origin-Opener-Policy", "same-origin");
  h.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (req.secure) h.set("Strict-Transport-Security", "max-age=31536000");
  if (!h.has("cache-control")) h.set("Cache-Control", "no-store");
  if (req.context.has_value()) {
    const auto& st = state(req);
    if (!st.new_anon_cookie.empty()) {
      http::CookieOptions options;
      options.secure = services_->config.secure_cookies || req.secure;
      h.add("Set-Cookie", http::make_set_cookie(kAnonymousCookie, st.new_anon_cookie, options));
    }
  }
}

}  // namespace bb::web
