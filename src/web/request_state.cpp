#include "web/request_state.hpp"

namespace bb::web {

RequestState& state(http::Request& req) {
  if (!req.context.has_value()) req.context = RequestState{};
  return std::any_cast<RequestState&>(req.context);
}

const RequestState& state(const http::Request& req) { return std::any_cast<const RequestState&>(req.context); }

}  // namespace bb::web
