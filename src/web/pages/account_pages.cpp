// The signed-in user's own account: profile, language, password, personal API tokens.
#include "core/clock.hpp"
#include "web/page.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

namespace bb::web {

namespace {

services::Actor actor_of(const http::Request& req) {
  const auto& user = state(req).principal->user;
  return services::Actor{user.id, user.region_id, req.request_id};
}

http::Response account_page(Services& s, http::Request& req, const std::optional<Error>& password_error,
                            std::string_view notice, http::Status status) {
  const auto& st = state(req);
  const auto& user = st.principal->user;
  Page page(s, req, "account", "account.title");
  auto& c = page.content();
  c.SetValue("NAME", user.display_name);
  c.SetValue("EMAIL", user.email);
  c.SetValue("ROLE", s.catalog.text(st.language, "role." + std::string(domain::to_string(user.role))));
  c.ShowSection(user.language == domain::UiLanguage::de ? "LANG_DE" : "LANG_EN");
  if (password_error) page.set_form_errors(*password_error);
  if (!notice.empty()) page.set_notice(notice);
  return page.respond(status);
}

http::Response show_account(Services& s, http::Request& req) {
  const auto saved = req.query.get_or("saved", "");
  return account_page(s, req, std::nullopt, saved == "password" ? "account.password_changed" : "", http::Status::ok);
}

http::Response change_password(Services& s, http::Request& req) {
  const auto form = req.form().value_or(http::Params{});
  auto changed = s.users.change_own_password(*state(req).principal, form.get_or("current_password", ""),
                                             form.get_or("new_password", ""), form.get_or("new_password_repeat", ""),
                                             req.request_id, unix_now());
  if (!changed) return account_page(s, req, changed.error(), "", status_for(changed.error().code));
  return http::Response::redirect("/account?saved=password");
}

http::Response tokens_page(Services& s, http::Request& req, const std::optional<std::string>& new_token,
                           const std::optional<Error>& error, http::Status status) {
  const auto& st = state(req);
  auto tokens = s.users.tokens(st.principal->user.id);
  if (!tokens) return error_response(s, req, tokens.error());
  Page page(s, req, "tokens", "tokens.title");
  auto& c = page.content();
  if (new_token) c.AddSectionDictionary("NEW_TOKEN")->SetValue("TOKEN", *new_token);
  if (error) page.set_form_errors(*error);
  for (const auto& t : *tokens) {
    auto* row = c.AddSectionDictionary("TOKEN_ROW");
    row->SetValue("NAME", t.name);
    row->SetValue("PREFIX", t.prefix);
    row->SetIntValue("ID", static_cast<long>(t.id));
    row->SetValue("CREATED", format_time(t.created_at, st.language));
    row->SetValue("LAST_USED", t.last_used_at ? format_time(*t.last_used_at, st.language)
                                              : s.catalog.text(st.language, "tokens.never_used"));
    if (t.revoked_at)
      row->AddSectionDictionary("REVOKED")->SetValue("AT", format_time(*t.revoked_at, st.language));
    else
      row->ShowSection("ACTIVE");
  }
  if (tokens->empty()) c.ShowSection("NO_TOKENS");
  return page.respond(status);
}

http::Response show_tokens(Services& s, http::Request& req) { return tokens_page(s, req, std::nullopt, std::nullopt, http::Status::ok); }

http::Response create_token(Services& s, http::Request& req) {
  const auto form = req.form().value_or(http::Params{});
  auto created = s.users.create_token(actor_of(req), state(req).principal->user.id, form.get_or("name", ""), unix_now());
  if (!created) return tokens_page(s, req, std::nullopt, created.error(), status_for(created.error().code));
  // The token is shown exactly once, on this response; it is not stored anywhere in clear.
  return tokens_page(s, req, created->token, std::nullopt, http::Status::created);
}

http::Response revoke_token(Services& s, http::Request& req) {
  const auto id = req.int_param("id");
  auto revoked = s.users.revoke_token(actor_of(req), state(req).principal->user.id, id.value_or(0), unix_now());
  if (!revoked) return error_response(s, req, revoked.error());
  return http::Response::redirect("/account/tokens");
}

}  // namespace

void register_account_routes(Routes& routes) {
  routes.get("/account", Access::signed_in(), show_account);
  routes.post("/account/password", Access::signed_in(), change_password);
  routes.get("/account/tokens", Access::signed_in(), show_tokens);
  routes.post("/account/tokens", Access::signed_in(), create_token);
  routes.post("/account/tokens/{id:int}/revoke", Access::signed_in(), revoke_token);
}

}  // namespace bb::web
