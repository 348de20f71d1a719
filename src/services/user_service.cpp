#include "services/user_service.hpp"

#include "auth/crypto.hpp"
#include "domain/validation.hpp"
#include "services/audit.hpp"

namespace bb::services {

namespace {

using domain::Role;

std::map<std::string, std::string> check_role_and_region(const std::string& role_text,
                                                         const std::optional<domain::Id>& region_id) {
  std::map<std::string, std::string> fields;
  auto role = domain::parse_role(role_text);
  if (!role) {
    fields["role"] = "validation.role";
  } else if ((*role == Role::national) != !region_id.has_value()) {
    fields["role"] = "validation.role_region";
  }
  return fields;
}

}  // namespace

Result<domain::Id> UserService::create(const Actor& actor, const CreateUserInput& input, std::int64_t now) {
  auto fields = check_role_and_region(input.role, input.region_id);
  if (auto e = domain::check_email(input.email)) fields["email"] = *e;
  if (auto e = domain::check_display_name(input.display_name)) fields["display_name"] = *e;
  if (auto e = domain::check_new_password(input.password)) fields["password"] = *e;
  if (!domain::parse_ui_language(input.language)) fields["language"] = "validation.language";
  if (!fields.empty()) return Error::invalid("validation.form", std::move(fields));

  domain::NewUser user;
  user.region_id = input.region_id;
  user.email = domain::normalise_email(input.email);
  user.display_name = domain::trim(input.display_name);
  user.role = *domain::parse_role(input.role);
  user.language = *domain::parse_ui_language(input.language);
  user.password_hash = auth::hash_password(input.password);  // outside the transaction: it is slow on purpose

  return db_.write_value([&](storage::UnitOfWork& uow) -> Result<domain::Id> {
    if (user.region_id) {
      auto region = uow.regions().find(*user.region_id);
      if (!region) return region.error();
      if (!region->has_value()) return Error::invalid("validation.form", {{"region", "validation.region"}});
    }
    auto id = uow.users().create(user, now);
    if (!id) return id.error();
    auto created = uow.users().find(*id);
    if (!created) return created.error();
    auto audited = record_audit(uow, actor,
                                {"create", "user", std::to_string(*id), {}, audit_fields(**created), user.region_id},
                                now);
    if (!audited) return audited.error();
    return *id;
  });
}

Result<void> UserService::update(const Actor& actor, domain::Id region_id, domain::Id user_id,
                                 const UpdateUserInput& input, std::int64_t now) {
  auto fields = check_role_and_region(input.role, region_id);
  if (auto e = domain::check_display_name(input.display_name)) fields["display_name"] = *e;
  if (!fields.empty()) return Error::invalid("validation.form", std::move(fields));

  return db_.write([&](storage::UnitOfWork& uow) -> Result<void> {
    auto found = uow.users().find_in_region(region_id, user_id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    const domain::User before = **found;
    const Role role = *domain::parse_role(input.role);
    // An admin who demotes or deactivates themself could lock the region out of user management.
    if (actor.user_id == user_id && (role != before.role || !input.active))
      return Error::conflict("users.cannot_change_self", {{"role", "users.cannot_change_self"}});
    storage::UserUpdate update{domain::trim(input.display_name), role, input.active};
    if (auto r = uow.users().update(user_id, update); !r) return r;
    if (!input.active) {
      if (auto r = uow.sessions().remove_for_user(user_id, ""); !r) return r;
    }
    auto after = uow.users().find(user_id);
    if (!after) return after.error();
    return record_audit(uow, actor,
                        {"update", "user", std::to_string(user_id), audit_fields(before), audit_fields(**after), region_id},
                        now);
  });
}

Result<void> UserService::reset_password(const Actor& actor, domain::Id user_id, std::string_view new_password,
                                         std::int64_t now) {
  if (auto e = domain::check_new_password(new_password))
    return Error::invalid("validation.form", {{"password", *e}});
  const std::string hash = auth::hash_password(new_password);
  return db_.write([&](storage::UnitOfWork& uow) -> Result<void> {
    auto found = actor.region_id ? uow.users().find_in_region(*actor.region_id, user_id) : uow.users().find(user_id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    if (auto r = uow.users().set_password_hash(user_id, hash, now); !r) return r;
    if (auto r = uow.sessions().remove_for_user(user_id, ""); !r) return r;
    return record_audit(uow, actor, {"password_reset", "user", std::to_string(user_id), {}, {}, (*found)->region_id},
                        now);
  });
}

Result<void> UserService::change_own_password(const auth::Principal& who, std::string_view current_password,
                                              std::string_view new_password, std::string_view new_password_repeat,
                                              std::string_view request_id, std::int64_t now) {
  std::map<std::string, std::string> fields;
  if (auto e = domain::check_new_password(new_password)) fields["new_password"] = *e;
  if (new_password != new_password_repeat) fields["new_password_repeat"] = "validation.password_mismatch";
  auto stored = db_.read_value([&](storage::UnitOfWork& uow) { return uow.users().password_hash(who.user.id); });
  if (!stored) return stored.error();
  if (!stored->has_value() || !auth::verify_password(**stored, current_password))
    fields["current_password"] = "validation.password_wrong";
  if (!fields.empty()) return Error::invalid("validation.form", std::move(fields));

  const std::string hash = auth::hash_password(new_password);
  const Actor actor{who.user.id, who.user.region_id, std::string(request_id)};
  return db_.write([&](storage::UnitOfWork& uow) -> Result<void> {
    if (auto r = uow.users().set_password_hash(who.user.id, hash, now); !r) return r;
    const std::string keep = who.via == auth::CredentialKind::session ? who.credential_hash : std::string();
    if (auto r = uow.sessions().remove_for_user(who.user.id, keep); !r) return r;
    return record_audit(uow, actor, {"password_change", "user", std::to_string(who.user.id), {}, {}, who.user.region_id},
                        now);
  });
}

Result<void> UserService::set_language(const auth::Principal& who, std::string_view language,
                                       std::string_view request_id, std::int64_t now) {
  auto parsed = domain::parse_ui_language(language);
  if (!parsed) return Error::invalid("validation.form", {{"language", "validation.language"}});
  const Actor actor{who.user.id, who.user.region_id, std::string(request_id)};
  return db_.write([&](storage::UnitOfWork& uow) -> Result<void> {
    if (auto r = uow.users().set_language(who.user.id, *parsed); !r) return r;
    boost::json::object before{{"language", std::string(domain::to_string(who.user.language))}};
    boost::json::object after{{"language", std::string(domain::to_string(*parsed))}};
    return record_audit(uow, actor, {"update", "user", std::to_string(who.user.id), before, after, who.user.region_id},
                        now);
  });
}

Result<NewApiToken> UserService::create_token(const Actor& actor, domain::Id user_id, std::string_view name,
                                              std::int64_t now) {
  if (auto e = domain::check_token_name(name)) return Error::invalid("validation.form", {{"name", *e}});
  // The "bbt_" prefix lets secret scanners recognise leaked Brückenbauer tokens.
  NewApiToken out;
  out.token = "bbt_" + auth::random_token(32);
  const std::string prefix = out.token.substr(0, 10);
  const std::string trimmed = domain::trim(name);
  auto id = db_.write_value([&](storage::UnitOfWork& uow) -> Result<domain::Id> {
    auto user = uow.users().find(user_id);
    if (!user) return user.error();
    if (!user->has_value()) return Error::not_found();
    auto created = uow.api_tokens().create(user_id, trimmed, prefix, auth::hash_token(out.token), now);
    if (!created) return created.error();
    boost::json::object after{{"name", trimmed}, {"prefix", prefix}};
    auto audited =
        record_audit(uow, actor, {"create", "api_token", std::to_string(*created), {}, after, (*user)->region_id}, now);
    if (!audited) return audited.error();
    return *created;
  });
  if (!id) return id.error();
  out.id = *id;
  return out;
}

Result<void> UserService::revoke_token(const Actor& actor, domain::Id user_id, domain::Id token_id, std::int64_t now) {
  return db_.write([&](storage::UnitOfWork& uow) -> Result<void> {
    auto revoked = uow.api_tokens().revoke(user_id, token_id, now);
    if (!revoked) return revoked.error();
    if (!*revoked) return Error::not_found();
    return record_audit(uow, actor, {"revoke", "api_token", std::to_string(token_id), {}, {}, actor.region_id}, now);
  });
}

Result<std::vector<domain::ApiToken>> UserService::tokens(domain::Id user_id) {
  return db_.read_value([&](storage::UnitOfWork& uow) { return uow.api_tokens().list_for_user(user_id); });
}

}  // namespace bb::services
