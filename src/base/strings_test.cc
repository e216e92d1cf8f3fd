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

TEST(Strings, NextWordSkipsRunsOfSpaces) {
  const std::pair<const char*, std::vector<std::string_view>> cases[] = {
      {"", {}},          {"   ", {}},           {"un", {"un"}},
      {" un  deux ", {"un", "deux"}}, {"#Mali #Sahel", {"#Mali", "#Sahel"}},
  };
  for (const auto& [text, want] : cases) {
    std::vector<std::string_view> got;
    size_t pos = 0;
    for (std::string_view w; NextWord(text, &pos, &w);) got.push_back(w);
    EXPECT_EQ(got, want) << '"' << text << '"';
  }
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
