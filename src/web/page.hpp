#pragma once
// Builds a full HTML page: the layout (language, direction, navigation, user menu, CSRF token)
// around one content template. Handlers fill `content()` and call `respond()`.

#include "core/result.hpp"
#include "http/message.hpp"
#include "web/request_state.hpp"
#include "web/services.hpp"

#include <ctemplate/template.h>

#include <string>
#include <string_view>

namespace bb::web {

class Page {
 public:
  // `nav_key` marks the current navigation entry (aria-current); `title_key` is a catalog key.
  Page(const Services& services, const http::Request& req, std::string_view content_template,
       std::string_view title_key, std::string_view nav_key = {});

  ctemplate::TemplateDictionary& content() { return *content_; }
  // A title with user data in it (already a plain string; escaped by the template).
  void set_title(std::string title);
  // A message shown once at the top ("Gespeichert."), from a catalog key.
  void set_notice(std::string_view key);
  // Shows the form error summary and one message next to each field.
  void set_form_errors(const Error& error);
  http::Response respond(http::Status status = http::Status::ok);

  const std::string& t(std::string_view key) const;

 private:
  const Services& services_;
  const http::Request& req_;
  domain::UiLanguage language_;
  ctemplate::TemplateDictionary layout_;
  ctemplate::TemplateDictionary* content_;
};

// Sets FIELD_ERROR sections ("EMAIL_ERROR" for field "email") with the translated message.
void set_field_errors(const Services& services, domain::UiLanguage language, ctemplate::TemplateDictionary& dict,
                      const Error& error);

std::string format_time(domain::UnixTime at, domain::UiLanguage language);
std::string upper(std::string_view name);
// A readable list of what an audit entry changed, field by field.
std::string describe_changes(std::string_view before_json, std::string_view after_json);

}  // namespace bb::web
