#include "ingest/decode.h"

#include <gtest/gtest.h>

namespace veille {
namespace {

TEST(Decode, PassesUtf8AndDropsBom) {
  auto r = DecodeToUtf8("\xEF\xBB\xBF" "Défense", "x");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "Défense");
}

TEST(Decode, ConvertsLegacyCharsets) {
  // "Le ministre de la Défense a été reçu à Moscou" in windows-1252, long
  // enough for the charset detector.
  std::string latin;
  for (int i = 0; i < 8; ++i) latin += "Le ministre de la D\xE9" "fense a \xE9t\xE9 re\xE7u \xE0 Moscou. ";
  auto r = DecodeToUtf8(latin, "x");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r->find("Défense a été reçu à Moscou"), std::string::npos) << *r;
}

TEST(Decode, RejectsEmptyAndBinary) {
  auto empty = DecodeToUtf8(" \n\t", "empty.txt");
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("empty.txt: empty"), std::string::npos);
  auto bin = DecodeToUtf8(std::string("PK\x03\x04\0\0\x08\0", 8), "a.zip");
  ASSERT_FALSE(bin.ok());
  EXPECT_NE(bin.status().message().find("binary"), std::string::npos);
}

}  // namespace
}  // namespace veille
