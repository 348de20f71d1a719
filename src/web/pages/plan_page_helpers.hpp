#pragma once
// Shared by the action plan's pages (issue 6): the service, the outline of a plan (living or
// as adopted), labels of the closed value sets, and choices for forms.
#include "domain/plan.hpp"
#include "services/plan_service.hpp"
#include "web/page.hpp"
#include "web/pages/register_page_helpers.hpp"
#include "web/register_support.hpp"

#include <ctemplate/template.h>

#include <string>

namespace bb::web::plan_pages {

using namespace register_support;
using register_pages::add_option;
using register_pages::text;

inline services::PlanService service(Services& s) { return services::PlanService(s.db); }

inline std::string plan_url(domain::Id plan_id) { return "/plans/" + std::to_string(plan_id); }

inline std::string label(const Services& s, const http::Request& req, std::string_view prefix, std::string_view key) {
  return text(s, req, std::string(prefix) + std::string(key));
}

// "31.03.2026" in German, ISO in English.
std::string date_text(const http::Request& req, const std::string& iso);

struct OutlineOptions {
  bool live = true;        // the living plan (links to items, actions) or a version (read only)
  bool may_edit = false;   // staff on an editable plan
  std::optional<domain::Id> partner_organisation;  // partner users: propose on their measures
};

// Fields -> goals (with indicators) -> measures into FIELD sections of `c`.
void fill_outline(const Services& s, const http::Request& req, ctemplate::TemplateDictionary& c,
                  const domain::PlanDocument& doc, const OutlineOptions& options);

// The plan's status, period and version count into `c` (STATUS, PERIOD, ...).
void fill_plan_header(const Services& s, const http::Request& req, ctemplate::TemplateDictionary& c,
                      const domain::Plan& plan);

}  // namespace bb::web::plan_pages
