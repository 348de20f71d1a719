#include "domain/role.hpp"
#include "domain/validation.hpp"

#include <gtest/gtest.h>

using namespace bb::domain;

TEST(EmailValidation, AcceptsOrdinaryAddressesAndRejectsMalformedOnes) {
  EXPECT_FALSE(check_email("anna.schmidt@region-hannover.de"));
  EXPECT_EQ(check_email(""), "validation.required");
  EXPECT_EQ(check_email("anna"), "validation.email");
  EXPECT_EQ(check_email("@example.org"), "validation.email");
  EXPECT_EQ(check_email("a@b@example.org"), "validation.email");
  EXPECT_EQ(check_email("anna@localhost"), "validation.email");
  EXPECT_EQ(check_email("anna @example.org"), "validation.email");
}

TEST(EmailNormalisation, TrimsAndLowerCases) { EXPECT_EQ(normalise_email("  Anna.Schmidt@Example.ORG "), "anna.schmidt@example.org"); }

TEST(PasswordPolicy, RequiresTwelveCharactersCountedAsCodePoints) {
  EXPECT_EQ(check_new_password("kurz"), "validation.password_too_short");
  EXPECT_EQ(check_new_password("ääääääääääää").has_value(), false) << "12 umlauts are 12 characters, not 24";
  EXPECT_EQ(check_new_password("äääääääääää"), "validation.password_too_short");
  EXPECT_FALSE(check_new_password("ein langer satz als passwort"));
  EXPECT_EQ(check_new_password(std::string(257, 'x')), "validation.too_long");
}

TEST(DisplayName, IsRequiredAndBounded) {
  EXPECT_EQ(check_display_name("   "), "validation.required");
  EXPECT_EQ(check_display_name(std::string(201, 'x')), "validation.too_long");
  EXPECT_FALSE(check_display_name("Deniz Yıldırım"));
}

TEST(Roles, RoundTripThroughTextAndRejectUnknownNames) {
  for (Role r : {Role::admin, Role::staff, Role::counsellor, Role::partner, Role::national})
    EXPECT_EQ(parse_role(to_string(r)), r);
  EXPECT_FALSE(parse_role("root"));
  EXPECT_FALSE(parse_role("Admin"));
}

TEST(Roles, OnlyCounsellorsSeeCaseData) {
  EXPECT_TRUE(may_see_case_data(Role::counsellor));
  for (Role r : {Role::admin, Role::staff, Role::partner, Role::national}) EXPECT_FALSE(may_see_case_data(r));
}

TEST(RoleSet, ContainsExactlyItsMembers) {
  constexpr RoleSet set{Role::admin, Role::staff};
  EXPECT_TRUE(set.contains(Role::admin));
  EXPECT_TRUE(set.contains(Role::staff));
  EXPECT_FALSE(set.contains(Role::partner));
  EXPECT_FALSE(RoleSet::regional().contains(Role::national));
}
