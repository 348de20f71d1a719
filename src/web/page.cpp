#include "web/page.hpp"

#include <ctime>

namespace bb::web {

namespace {

struct NavEntry {
  const char* key;     // catalog key and the nav_key handlers pass
  const char* href;    // empty: the module is not built yet
  domain::RoleSet roles;
};

// The modules of PRODUCT.md in their order. Entries without an address are modules still to
// come: they are listed (so users see what the product will hold) but not linked.
constexpr NavEntry kNavigation[] = {
    {"nav.dashboard", "/", domain::RoleSet::regional()},
    {"nav.actors", "/organisations", domain::RoleSet::regional()},
    {"nav.map", "/map", domain::RoleSet::regional()},
    {"nav.analysis", "/analysis", domain::RoleSet{domain::Role::admin, domain::Role::staff, domain::Role::counsellor}},
    {"nav.offers", "/offers", domain::RoleSet::regional()},
    {"nav.plan", "/plans", domain::RoleSet::regional()},
    {"nav.events", "/events", domain::RoleSet::regional()},
    {"nav.counselling", "", domain::RoleSet{domain::Role::counsellor}},
    {"nav.monitoring", "", domain::RoleSet{domain::Role::admin, domain::Role::staff}},
    {"nav.region", "/region", domain::RoleSet::regional()},
    {"nav.national", "/national", domain::RoleSet{domain::Role::national}},
    {"nav.users", "/admin/users", domain::RoleSet{domain::Role::admin}},
    {"nav.types", "/admin/types", domain::RoleSet{domain::Role::admin}},
    {"nav.audit", "/admin/audit", domain::RoleSet{domain::Role::admin}},
};

// The layout's variable and section names, set on every page: as static template strings ctemplate
// knows their ids from startup, instead of hashing each name and looking it up in its global,
// lock-protected id table on every call (perf of the dashboard).
const ctemplate::StaticTemplateString kLang = STS_INIT(kLang, "LANG");
const ctemplate::StaticTemplateString kDir = STS_INIT(kDir, "DIR");
const ctemplate::StaticTemplateString kCsrf = STS_INIT(kCsrf, "CSRF");
const ctemplate::StaticTemplateString kCurrentPath = STS_INIT(kCurrentPath, "CURRENT_PATH");
const ctemplate::StaticTemplateString kTitle = STS_INIT(kTitle, "TITLE");
const ctemplate::StaticTemplateString kOtherLang = STS_INIT(kOtherLang, "OTHER_LANG");
const ctemplate::StaticTemplateString kOtherLangName = STS_INIT(kOtherLangName, "OTHER_LANG_NAME");
const ctemplate::StaticTemplateString kSignedIn = STS_INIT(kSignedIn, "SIGNED_IN");
const ctemplate::StaticTemplateString kUserName = STS_INIT(kUserName, "USER_NAME");
const ctemplate::StaticTemplateString kRoleName = STS_INIT(kRoleName, "ROLE_NAME");
const ctemplate::StaticTemplateString kRegion = STS_INIT(kRegion, "REGION");
const ctemplate::StaticTemplateString kRegionName = STS_INIT(kRegionName, "REGION_NAME");
const ctemplate::StaticTemplateString kNav = STS_INIT(kNav, "NAV");
const ctemplate::StaticTemplateString kLabel = STS_INIT(kLabel, "LABEL");
const ctemplate::StaticTemplateString kSoon = STS_INIT(kSoon, "SOON");
const ctemplate::StaticTemplateString kLink = STS_INIT(kLink, "LINK");
const ctemplate::StaticTemplateString kHref = STS_INIT(kHref, "HREF");
const ctemplate::StaticTemplateString kCurrent = STS_INIT(kCurrent, "CURRENT");
const ctemplate::StaticTemplateString kSignedOut = STS_INIT(kSignedOut, "SIGNED_OUT");
const ctemplate::StaticTemplateString kContent = STS_INIT(kContent, "CONTENT");
}  // namespace

std::string upper(std::string_view name) {
  std::string out(name);
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string format_time(domain::UnixTime at, domain::UiLanguage language) {
  const std::time_t t = at;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, language == domain::UiLanguage::en ? "%Y-%m-%d %H:%M UTC" : "%d.%m.%Y %H:%M UTC",
                &tm);
  return buffer;
}

Page::Page(const Services& services, const http::Request& req, std::string_view content_template,
           std::string_view title_key, std::string_view nav_key)
    : services_(services), req_(req), language_(state(req).language), layout_("layout") {
  const auto& st = state(req);
  layout_.SetTemplateGlobalValue(kLang, std::string(domain::to_string(language_)));
  layout_.SetTemplateGlobalValue(kDir, "ltr");
  layout_.SetTemplateGlobalValue(kCsrf, services.csrf.token_for(st.csrf_binding));
  layout_.SetTemplateGlobalValue(kCurrentPath, req.path);
  layout_.SetValue(kTitle, services.catalog.text(language_, title_key));
  layout_.SetValue(kOtherLang, language_ == domain::UiLanguage::de ? "en" : "de");
  layout_.SetValue(kOtherLangName, services.catalog.text(language_, language_ == domain::UiLanguage::de
                                                                           ? "lang.switch_to_en"
                                                                           : "lang.switch_to_de"));
  if (st.principal) {
    const auto& user = st.principal->user;
    auto* menu = layout_.AddSectionDictionary(kSignedIn);
    menu->SetValue(kUserName, user.display_name);
    menu->SetValue(kRoleName, services.catalog.text(language_, "role." + std::string(domain::to_string(user.role))));
    if (st.region) menu->AddSectionDictionary(kRegion)->SetValue(kRegionName, st.region->name);
    for (const auto& entry : kNavigation) {
      if (!entry.roles.contains(user.role)) continue;
      auto* item = menu->AddSectionDictionary(kNav);
      item->SetValue(kLabel, services.catalog.text(language_, entry.key));
      if (*entry.href == '\0') {
        item->AddSectionDictionary(kSoon);
      } else {
        auto* link = item->AddSectionDictionary(kLink);
        link->SetValue(kHref, entry.href);
        if (nav_key == entry.key) link->ShowSection(kCurrent);
      }
    }
  } else {
    layout_.ShowSection(kSignedOut);
  }
  content_ = layout_.AddIncludeDictionary(kContent);
  content_->SetFilename(Renderer::key(language_, content_template));
}

void Page::set_title(std::string title) { layout_.SetValue(kTitle, title); }

void Page::set_notice(std::string_view key) {
  layout_.AddSectionDictionary("NOTICE")->SetValue("MESSAGE", services_.catalog.text(language_, key));
}

void Page::set_form_errors(const Error& error) {
  auto* summary = content_->AddSectionDictionary("FORM_ERRORS");
  summary->SetValue("MESSAGE", services_.catalog.text(language_, error.fields.empty() ? error.message : "validation.form"));
  if (error.fields.empty()) return;
  set_field_errors(services_, language_, *content_, error);
}

void set_field_errors(const Services& services, domain::UiLanguage language, ctemplate::TemplateDictionary& dict,
                      const Error& error) {
  for (const auto& [field, key] : error.fields) {
    dict.AddSectionDictionary(upper(field) + "_ERROR")->SetValue("MESSAGE", services.catalog.text(language, key));
  }
}

const std::string& Page::t(std::string_view key) const { return services_.catalog.text(language_, key); }

// htmx asks for the content of <main> only (pagers, in-page navigation): the same dictionary
// is rendered through a template with just the title, the notice and the content, so the
// browser swaps that part and keeps the rest of the page.
static bool wants_main_fragment(const http::Request& req) {
  return req.header("hx-request") == "true" && req.header("hx-target") == "main";
}

http::Response Page::respond(http::Status status) {
  const bool fragment = wants_main_fragment(req_);
  auto res = http::Response::html(services_.renderer.render(language_, fragment ? "main_fragment" : "layout", layout_),
                                  status);
  // Caches must keep the full page and the fragment of one URL apart.
  res.headers.set("Vary", "HX-Request, HX-Target");
  return res;
}

}  // namespace bb::web
