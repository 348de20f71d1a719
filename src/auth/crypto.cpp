#include "auth/crypto.hpp"

#include <sodium.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <vector>

namespace bb::auth {

namespace {

constexpr unsigned long long kArgonOps = 2;
constexpr std::size_t kArgonMemory = 19U * 1024U * 1024U;

std::string to_base64url(const unsigned char* data, std::size_t size) {
  std::string out(sodium_base64_encoded_len(size, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), data, size, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(std::char_traits<char>::length(out.c_str()));
  return out;
}

const unsigned char* bytes(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

std::array<unsigned char, crypto_auth_KEYBYTES> derive_key(std::string_view key) {
  // Keys are stored as text; hash them to the fixed length crypto_auth wants.
  std::array<unsigned char, crypto_auth_KEYBYTES> k{};
  crypto_generichash(k.data(), k.size(), bytes(key), key.size(), nullptr, 0);
  return k;
}

}  // namespace

void ensure_sodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) {
      std::fputs("fatal: libsodium could not be initialised\n", stderr);
      std::abort();
    }
  });
}

std::string random_token(std::size_t n) {
  ensure_sodium();
  std::vector<unsigned char> buffer(n);
  randombytes_buf(buffer.data(), buffer.size());
  return to_base64url(buffer.data(), buffer.size());
}

std::string random_password() {
  const std::string raw = random_token(15);  // 15 bytes -> exactly 20 base64url characters
  std::string out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (i > 0 && i % 5 == 0) out += '-';
    out += raw[i];
  }
  return out;
}

std::string hash_token(std::string_view token) {
  ensure_sodium();
  std::array<unsigned char, 32> digest{};
  crypto_generichash(digest.data(), digest.size(), bytes(token), token.size(), nullptr, 0);
  std::string hex(digest.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  hex.pop_back();
  return hex;
}

std::string hash_password(std::string_view password) {
  ensure_sodium();
  std::array<char, crypto_pwhash_STRBYTES> out{};
  if (crypto_pwhash_str_alg(out.data(), password.data(), password.size(), kArgonOps, kArgonMemory,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::bad_alloc();  // the only documented failure is running out of memory
  }
  return std::string(out.data());
}

bool verify_password(std::string_view encoded_hash, std::string_view password) {
  ensure_sodium();
  const std::string hash(encoded_hash);  // libsodium wants a NUL-terminated string
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

bool password_needs_rehash(std::string_view encoded_hash) {
  ensure_sodium();
  const std::string hash(encoded_hash);
  return crypto_pwhash_str_needs_rehash(hash.c_str(), kArgonOps, kArgonMemory) != 0;
}

std::string mac(std::string_view key, std::string_view message) {
  ensure_sodium();
  const auto k = derive_key(key);
  std::array<unsigned char, crypto_auth_BYTES> tag{};
  crypto_auth(tag.data(), bytes(message), message.size(), k.data());
  return to_base64url(tag.data(), tag.size());
}

bool verify_mac(std::string_view key, std::string_view message, std::string_view mac_b64) {
  return constant_time_equal(mac(key, message), mac_b64);
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace bb::auth
