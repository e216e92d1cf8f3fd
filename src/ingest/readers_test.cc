#include "ingest/readers.h"

#include <gtest/gtest.h>

#include <sstream>

#include "ingest/warc_testing.h"
#include "test_util.h"

namespace veille {
namespace {

TEST(Readers, FormatFromName) {
  const std::pair<const char*, const char*> cases[] = {
      {"a.txt", "text"},   {"dir/a", "text"},       {"a.HTML", "html"}, {"a.htm", "html"},
      {"a.jsonl", "jsonl"}, {"a.ndjson", "jsonl"},   {"cc.warc", "warc"}, {"cc.warc.gz", "warc"},
      {"cc.WARC.ZST", "warc"},
  };
  for (auto [name, want] : cases) EXPECT_EQ(FormatFromName(name), want) << name;
}

TEST(Readers, SniffFormat) {
  EXPECT_EQ(SniffFormat("  {\"id\":1}"), "jsonl");
  EXPECT_EQ(SniffFormat("<!doctype html>"), "html");
  EXPECT_EQ(SniffFormat("WARC/1.1\r\n"), "warc");
  EXPECT_EQ(SniffFormat("Le Mali"), "text");
  EXPECT_EQ(SniffFormat("\x1f\x8b\x08"), "warc");
  EXPECT_EQ(SniffFormat("\x28\xb5\x2f\xfd"), "warc");
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

using testing::Gzip;

// One WARC response record holding `html`.
std::string WarcRecord(const std::string& id, const std::string& html, size_t extra_length = 0) {
  return testing::HtmlResponseRecord(id, html, extra_length);
}

struct Collected {
  std::vector<Article> articles;
  std::vector<std::string> errors;
  ArticleSink ArticleSinkFn() {
    return [this](Article&& a) { articles.push_back(std::move(a)); };
  }
  ErrorSink ErrorSinkFn() {
    return [this](const Status& s) { errors.push_back(s.message()); };
  }
};

TEST(Readers, DirectoryWithWarcAndHtmlFiles) {
  testing::TempDir dir;
  dir.Write("a.warc.gz", Gzip(WarcRecord("1", "<p>un</p>")) + Gzip(WarcRecord("2", "<p>deux</p>")));
  dir.Write("b.html", "<meta charset=iso-8859-1><p>D\xE9" "fense</p>");
  std::string cut = dir.Write("c.warc", WarcRecord("3", "<p>trois</p>") + WarcRecord("4", "<p>qua", 100));
  Collected got;
  ASSERT_TRUE(ReadInputs({dir.path()}, ReaderOptions{}, got.ArticleSinkFn(), got.ErrorSinkFn()).ok());
  ASSERT_EQ(got.articles.size(), 4u);
  const std::pair<const char*, const char*> want[] = {
      {"urn:uuid:1", "<p>un</p>"}, {"urn:uuid:2", "<p>deux</p>"}, {"b.html", "<meta charset=iso-8859-1><p>Défense</p>"},
      {"urn:uuid:3", "<p>trois</p>"}};
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(got.articles[i].id, want[i].first);
    EXPECT_EQ(got.articles[i].body, want[i].second);
    EXPECT_EQ(got.articles[i].format, "html");
  }
  EXPECT_EQ(got.articles[0].url.value_or(""), "https://e.example/1");
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].rfind(cut + ": record 2: truncated", 0), 0u) << got.errors[0];
}

TEST(Readers, StreamSniffsItsFormat) {
  struct Case {
    const char* name;
    std::string bytes;
    std::vector<std::string> ids;
    std::string format;
  };
  const Case cases[] = {
      {"gzip WARC", Gzip(WarcRecord("g", "<p>x</p>")), {"urn:uuid:g"}, "html"},
      {"plain WARC after blank lines", "\n\n" + WarcRecord("p", "<p>x</p>"), {"urn:uuid:p"}, "html"},
      {"JSON Lines", " {\"id\": \"j\", \"text\": \"t\"}\n", {"j"}, "text"},
      {"HTML", "<!doctype html><p>x</p>", {"-"}, "html"},
      {"text", "Le Mali", {"-"}, "text"},
      {"short text", "M", {"-"}, "text"},
  };
  for (const Case& c : cases) {
    std::istringstream in(c.bytes);
    Collected got;
    ReadInputStream(in, ReaderOptions{}, got.ArticleSinkFn(), got.ErrorSinkFn());
    EXPECT_TRUE(got.errors.empty()) << c.name << ": " << got.errors[0];
    ASSERT_EQ(got.articles.size(), c.ids.size()) << c.name;
    for (size_t i = 0; i < c.ids.size(); ++i) {
      EXPECT_EQ(got.articles[i].id, c.ids[i]) << c.name;
      EXPECT_EQ(got.articles[i].format, c.format) << c.name;
    }
  }
}

}  // namespace
}  // namespace veille
