#include "http/router.hpp"

#include <algorithm>
#include <stdexcept>

namespace bb::http {

namespace {

// Ordered from most to least specific: when two patterns match one path, the more specific
// segment wins ("/admin/users/new" before "/admin/users/{name}").
enum class SegmentKind { literal = 0, integer = 1, slug = 2, any = 3, rest = 4 };

struct Segment {
  SegmentKind kind = SegmentKind::literal;
  std::string text;  // the literal, or the parameter's name
};

struct Route {
  Method method;
  std::string pattern;
  std::vector<Segment> segments;
  Handler handler;
  std::any metadata;
};

std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> parts;
  if (path.starts_with('/')) path.remove_prefix(1);
  if (path.empty()) return parts;
  while (true) {
    const auto slash = path.find('/');
    parts.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return parts;
}

std::vector<Segment> parse_pattern(std::string_view pattern) {
  if (!pattern.starts_with('/')) throw std::invalid_argument("route pattern must start with '/': " + std::string(pattern));
  std::vector<Segment> segments;
  const auto parts = split_path(pattern);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const auto part = parts[i];
    if (!part.starts_with('{')) {
      if (part.find('{') != std::string_view::npos || part.find('}') != std::string_view::npos)
        throw std::invalid_argument("route pattern mixes text and a parameter in one segment: " + std::string(pattern));
      segments.push_back({SegmentKind::literal, std::string(part)});
      continue;
    }
    if (!part.ends_with('}')) throw std::invalid_argument("unterminated parameter in route pattern: " + std::string(pattern));
    const auto inner = part.substr(1, part.size() - 2);
    const auto colon = inner.find(':');
    const auto name = inner.substr(0, colon);
    const auto type = colon == std::string_view::npos ? std::string_view() : inner.substr(colon + 1);
    if (name.empty()) throw std::invalid_argument("unnamed parameter in route pattern: " + std::string(pattern));
    SegmentKind kind;
    if (type.empty()) kind = SegmentKind::any;
    else if (type == "int") kind = SegmentKind::integer;
    else if (type == "slug") kind = SegmentKind::slug;
    else if (type == "path") kind = SegmentKind::rest;
    else throw std::invalid_argument("unknown parameter type '" + std::string(type) + "' in " + std::string(pattern));
    if (kind == SegmentKind::rest && i + 1 != parts.size())
      throw std::invalid_argument("{name:path} must be the last segment: " + std::string(pattern));
    segments.push_back({kind, std::string(name)});
  }
  return segments;
}

bool all_digits(std::string_view s) {
  return !s.empty() && s.size() <= 18 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_slug(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// Matches `parts` against `segments`; fills `params` and returns the specificity key (lower is
// more specific) or nullopt.
std::optional<std::vector<int>> match_segments(const std::vector<Segment>& segments,
                                               const std::vector<std::string_view>& parts, std::string_view full_path,
                                               std::map<std::string, std::string, std::less<>>& params) {
  std::vector<int> key;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto& seg = segments[i];
    key.push_back(static_cast<int>(seg.kind));
    if (seg.kind == SegmentKind::rest) {
      if (i >= parts.size()) return std::nullopt;
      // The rest of the path after the segments already matched, slashes included.
      std::size_t offset = 1;
      for (std::size_t j = 0; j < i; ++j) offset += parts[j].size() + 1;
      params[seg.text] = std::string(full_path.substr(std::min(offset, full_path.size())));
      if (params[seg.text].empty()) return std::nullopt;
      return key;
    }
    if (i >= parts.size()) return std::nullopt;
    const auto part = parts[i];
    switch (seg.kind) {
      case SegmentKind::literal:
        if (part != seg.text) return std::nullopt;
        break;
      case SegmentKind::integer:
        if (!all_digits(part)) return std::nullopt;
        params[seg.text] = std::string(part);
        break;
      case SegmentKind::slug:
        if (!is_slug(part)) return std::nullopt;
        params[seg.text] = std::string(part);
        break;
      case SegmentKind::any:
        if (part.empty()) return std::nullopt;
        params[seg.text] = std::string(part);
        break;
      case SegmentKind::rest:
        break;
    }
  }
  if (parts.size() != segments.size()) return std::nullopt;
  return key;
}

bool same_shape(const std::vector<Segment>& a, const std::vector<Segment>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].kind != b[i].kind) return false;
    if (a[i].kind == SegmentKind::literal && a[i].text != b[i].text) return false;
  }
  return true;
}

}  // namespace

struct Router::Impl {
  std::vector<Route> routes;
};

Router::Router() : impl_(std::make_unique<Impl>()) {}
Router::~Router() = default;
Router::Router(Router&&) noexcept = default;
Router& Router::operator=(Router&&) noexcept = default;

void Router::add(Method method, std::string_view pattern, Handler handler, std::any metadata) {
  auto segments = parse_pattern(pattern);
  for (const auto& r : impl_->routes)
    if (r.method == method && same_shape(r.segments, segments))
      throw std::invalid_argument("duplicate route " + std::string(to_string(method)) + " " + std::string(pattern));
  impl_->routes.push_back({method, std::string(pattern), std::move(segments), std::move(handler), std::move(metadata)});
}

RouteMatch Router::match(Request& req) const {
  const auto parts = split_path(req.path);
  RouteMatch result;
  const Route* best = nullptr;
  std::vector<int> best_key;
  std::map<std::string, std::string, std::less<>> best_params;
  for (const auto& route : impl_->routes) {
    std::map<std::string, std::string, std::less<>> params;
    auto key = match_segments(route.segments, parts, req.path, params);
    if (!key) continue;
    const bool method_ok = route.method == req.method || (req.method == Method::head && route.method == Method::get);
    if (!method_ok) {
      if (std::find(result.allowed_methods.begin(), result.allowed_methods.end(), route.method) ==
          result.allowed_methods.end())
        result.allowed_methods.push_back(route.method);
      continue;
    }
    // An explicit HEAD route beats the GET fallback at equal specificity.
    if (!best || *key < best_key || (*key == best_key && route.method == req.method)) {
      best = &route;
      best_key = std::move(*key);
      best_params = std::move(params);
    }
  }
  if (best) {
    result.handler = &best->handler;
    result.metadata = &best->metadata;
    result.pattern = best->pattern;
    result.allowed_methods.clear();
    req.path_params = std::move(best_params);
    return result;
  }
  result.method_not_allowed = !result.allowed_methods.empty();
  return result;
}

}  // namespace bb::http
