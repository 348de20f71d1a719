#pragma once
// Errors at module boundaries are values: Result<T> holds either a T or an Error.
// (std::expected is C++23; g++ 12 in C++20 mode does not have it, so this is the small stand-in.)

#include <map>
#include <string>
#include <utility>
#include <variant>

namespace bb {

// Error codes are stable identifiers; the HTTP layer maps them to status codes
// and the UI maps them to catalog messages.
enum class ErrorCode {
  invalid_input,    // 400/422: a field or the request is malformed
  not_found,        // 404: absent or outside the caller's region
  unauthenticated,  // 401
  forbidden,        // 403
  conflict,         // 409: would break a rule (duplicate, dependants exist, immutable)
  too_many_requests,// 429: throttled
  payload_too_large,// 413
  unavailable,      // 503: database unreachable
  internal,         // 500
};

const char* to_string(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;                        // catalog key or developer text, never user data
  std::map<std::string, std::string> fields;  // field name -> catalog key of the problem

  static Error invalid(std::string message, std::map<std::string, std::string> fields = {}) {
    return Error{ErrorCode::invalid_input, std::move(message), std::move(fields)};
  }
  static Error not_found(std::string message = "error.not_found") {
    return Error{ErrorCode::not_found, std::move(message), {}};
  }
  static Error conflict(std::string message, std::map<std::string, std::string> fields = {}) {
    return Error{ErrorCode::conflict, std::move(message), std::move(fields)};
  }
  static Error forbidden(std::string message = "error.forbidden") {
    return Error{ErrorCode::forbidden, std::move(message), {}};
  }
  static Error unavailable(std::string message) { return Error{ErrorCode::unavailable, std::move(message), {}}; }
  static Error internal(std::string message) { return Error{ErrorCode::internal, std::move(message), {}}; }
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const& { return std::get<1>(state_); }
  Error&& error() && { return std::get<1>(std::move(state_)); }

 private:
  std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT: implicit by design

  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const& { return error_; }
  Error&& error() && { return std::move(error_); }

 private:
  Error error_;
  bool ok_ = true;
};

inline Result<void> success() { return {}; }

}  // namespace bb
