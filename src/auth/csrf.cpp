#include "auth/csrf.hpp"

#include "auth/crypto.hpp"

namespace bb::auth {

std::string CsrfGuard::token_for(std::string_view binding) const { return mac(secret_, binding); }

bool CsrfGuard::valid(std::string_view binding, std::string_view token) const {
  if (binding.empty() || token.empty()) return false;
  return verify_mac(secret_, binding, token);
}

}  // namespace bb::auth
