#include "ingest/readers.h"

#include <gtest/gtest.h>

#include <sstream>

namespace veille {
namespace {

TEST(Readers, FormatFromName) {
  const std::pair<const char*, const char*> cases[] = {
      {"a.txt", "text"},   {"dir/a", "text"},       {"a.HTML", "html"}, {"a.htm", "html"},
      {"a.jsonl", "jsonl"}, {"a.ndjson", "jsonl"},   {"cc.warc", "warc"}, {"cc.warc.gz", "warc"},
  };
  for (auto [name, want] : cases) EXPECT_EQ(FormatFromName(name), want) << name;
}

TEST(Readers, SniffFormat) {
  EXPECT_EQ(SniffFormat("  {\"id\":1}"), "jsonl");
  EXPECT_EQ(SniffFormat("<!doctype html>"), "html");
  EXPECT_EQ(SniffFormat("WARC/1.1\r\n"), "warc");
  EXPECT_EQ(SniffFormat("Le Mali"), "text");
}

TEST(Readers, JsonLinesKeepsGoodLinesAndReportsBadOnes) {
  std::istringstream in(
      "{\"id\": \"a\", \"text\": \"Texte A\", \"url\": \"u\", \"title\": \"T\", \"outlet\": \"O\"}\n"
      "\n"
      "[1, 2]\n"
      "{\"id\": 5, \"html\": \"<p>x</p>\"}\n"
      "{\"id\": \"b\", \"text\": \"\"}\n"
      "{\"id\": \"c\", \"text\": \"sans fin\"");
  std::vector<Article> got;
  std::vector<std::string> errors;
  ReadJsonLines(in, "f.jsonl", [&](Article&& a) { got.push_back(std::move(a)); },
                [&](const Status& s) { errors.push_back(s.message()); });
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].id, "a");
  EXPECT_EQ(got[0].format, "text");
  EXPECT_EQ(got[0].url.value_or(""), "u");
  EXPECT_EQ(got[0].title.value_or(""), "T");
  EXPECT_EQ(got[1].id, "5");
  EXPECT_EQ(got[1].format, "html");
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].rfind("f.jsonl:3:", 0), 0u) << errors[0];
  EXPECT_EQ(errors[1].rfind("f.jsonl:5:", 0), 0u) << errors[1];
  EXPECT_EQ(errors[2].rfind("f.jsonl:6:", 0), 0u) << errors[2];
}

}  // namespace
}  // namespace veille
