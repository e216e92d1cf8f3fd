#include "base/strings.h"

#include <gtest/gtest.h>

#include "veille/status.h"

namespace veille {
namespace {

TEST(Strings, TrimSpaceRemovesUnicodeSpaces) {
  EXPECT_EQ(TrimSpace("  a b \t\n"), "a b");
  EXPECT_EQ(TrimSpace("\xC2\xA0\xE2\x80\xAF" "mot" "\xC2\xA0"), "mot");
  EXPECT_EQ(TrimSpace("\xEF\xBB\xBFtitre"), "titre");
  EXPECT_EQ(TrimSpace(" \xC2\xA0 "), "");
}

TEST(Strings, SplitLinesHandlesCrLfAndEnds) {
  auto lines = SplitLines("a\r\nb\n\nc");
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], "a");
  EXPECT_EQ(lines[2], "");
  EXPECT_EQ(lines[3], "c");
}

TEST(Strings, EndsWithIgnoreCase) {
  EXPECT_TRUE(EndsWithIgnoreCase("x.WARC.GZ", ".warc.gz"));
  EXPECT_FALSE(EndsWithIgnoreCase("gz", ".warc.gz"));
}

TEST(Status, CarriesCodeAndMessage) {
  Status s = Status::IoError("a.txt: cannot open");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.ToString(), "I/O error: a.txt: cannot open");
  Result<int> r = Status::ParseError("bad");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kParseError);
  Result<int> bad = Status::Ok();  // a bug, reported as such
  EXPECT_EQ(bad.status().code(), StatusCode::kInternal);
  Result<int> v = 3;
  EXPECT_TRUE(v.ok());
  EXPECT_EQ(*v, 3);
}

}  // namespace
}  // namespace veille
