#include "auth/crypto.hpp"
#include "auth/csrf.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace bb::auth;

TEST(RandomToken, Has256BitsAsBase64UrlAndDoesNotRepeat) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    const auto token = random_token(32);
    EXPECT_EQ(token.size(), 43U);  // 32 bytes unpadded base64url
    EXPECT_EQ(token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), std::string::npos);
    EXPECT_TRUE(seen.insert(token).second);
  }
}

TEST(PasswordHash, IsArgon2idAtOwaspParametersAndVerifies) {
  const auto hash = hash_password("ein langer satz als passwort");
  EXPECT_TRUE(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$")) << hash;
  EXPECT_TRUE(verify_password(hash, "ein langer satz als passwort"));
  EXPECT_FALSE(verify_password(hash, "ein langer satz als Passwort"));
  EXPECT_FALSE(password_needs_rehash(hash));
}

TEST(PasswordHash, SaltsEachHash) { EXPECT_NE(hash_password("same password here"), hash_password("same password here")); }

TEST(TokenHash, IsStableHexAndDiffersFromTheToken) {
  const auto h = hash_token("abc");
  EXPECT_EQ(h.size(), 64U);
  EXPECT_EQ(h, hash_token("abc"));
  EXPECT_NE(h, hash_token("abd"));
}

TEST(RandomPassword, HasFourGroupsOfFive) {
  const auto p = random_password();
  ASSERT_EQ(p.size(), 23U) << p;
  EXPECT_EQ(p[5], '-');
  EXPECT_EQ(p[11], '-');
  EXPECT_EQ(p[17], '-');
}

TEST(CsrfGuard, AcceptsOnlyTheTokenOfTheSameBindingAndSecret) {
  CsrfGuard guard("secret-one");
  const auto token = guard.token_for("session-hash-a");
  EXPECT_TRUE(guard.valid("session-hash-a", token));
  EXPECT_FALSE(guard.valid("session-hash-b", token));
  EXPECT_FALSE(guard.valid("session-hash-a", token + "x"));
  EXPECT_FALSE(guard.valid("session-hash-a", ""));
  EXPECT_FALSE(guard.valid("", token));
  EXPECT_FALSE(CsrfGuard("secret-two").valid("session-hash-a", token));
}
