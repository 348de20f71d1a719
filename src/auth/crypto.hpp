#pragma once
// Thin wrappers over libsodium: random tokens, token hashing, password hashing (argon2id) and
// keyed MACs. Nothing here is hand-rolled cryptography.

#include <string>
#include <string_view>

namespace bb::auth {

// Initialises libsodium once; safe to call from any thread. Aborts if libsodium cannot start,
// because nothing about authentication is safe without it.
void ensure_sodium();

// `bytes` random bytes (libsodium's CSPRNG) as unpadded base64url: 32 bytes = 256 bits.
std::string random_token(std::size_t bytes = 32);

// A random password that is easy to type from a terminal: 20 base64url characters
// (120 bits) in groups of five. For generated initial and reset passwords.
std::string random_password();

// BLAKE2b-256 of a token, hex. Tokens are high-entropy, so a fast hash is the right tool:
// the database holds only this, and a leaked table gives no usable session or API token.
std::string hash_token(std::string_view token);

// Argon2id with OWASP's recommended minimum (19 MiB memory, 2 iterations, parallelism 1).
std::string hash_password(std::string_view password);
bool verify_password(std::string_view encoded_hash, std::string_view password);
bool password_needs_rehash(std::string_view encoded_hash);

// HMAC-SHA-512-256 (crypto_auth) of `message` under `key`, as base64url.
std::string mac(std::string_view key, std::string_view message);
bool verify_mac(std::string_view key, std::string_view message, std::string_view mac_b64);

// Constant-time comparison of two strings of possibly different length.
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace bb::auth
