#include "ingest/warc.h"

#include <gtest/gtest.h>

#include <sstream>
#include <vector>

#include "ingest/warc_testing.h"

namespace veille {
namespace {

// ---- fixture builders: the WARC files are made here, byte by byte.

using testing::Chunked;
using testing::Gzip;
using testing::HttpResponse;
using testing::WarcRecord;
using testing::Zstd;

const std::string kHttpMsg = "application/http; msgtype=response";
const std::string kPage1 = "<html><head><title>Un</title></head><body><p>Premier article.</p></body></html>";
const std::string kPage2 = "<html><body><p>Deuxième article, envoyé par morceaux.</p></body></html>";
const std::string kPage3 = "<html><body><p>Troisième article, compressé en gzip.</p></body></html>";

struct Expected {
  std::string id, url, body;
};

// The records of the fixture, each as its own string, and what must be read.
std::vector<std::string> FixtureRecords() {
  std::string latin1_page = "<html><body><p>D\xE9" "fense et s\xE9" "curit\xE9.</p></body></html>";
  return {
      WarcRecord("warcinfo", "0000", "", "application/warc-fields", "software: test\r\nformat: WARC 1.1\r\n"),
      WarcRecord("request", "0001", "https://a.example/1", "application/http; msgtype=request",
             "GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n"),
      WarcRecord("response", "0002", "https://a.example/1", kHttpMsg,
             HttpResponse("200 OK", "Content-Type: text/html; charset=UTF-8\r\n", kPage1)),
      WarcRecord("response", "0003", "https://a.example/2", kHttpMsg,
             HttpResponse("200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", Chunked(kPage2, 17))),
      WarcRecord("metadata", "0004", "https://a.example/2", "application/warc-fields", "fetchTimeMs: 12\r\n"),
      WarcRecord("response", "0005", "https://a.example/logo.jpg", kHttpMsg,
             HttpResponse("200 OK", "Content-Type: image/jpeg\r\n", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10))),
      WarcRecord("response", "0006", "https://a.example/3", kHttpMsg,
             HttpResponse("200 OK", "Content-Type: application/xhtml+xml\r\nContent-Encoding: gzip\r\n", Gzip(kPage3))),
      WarcRecord("response", "0007", "https://a.example/old", kHttpMsg,
             HttpResponse("301 Moved Permanently", "Content-Type: text/html\r\nLocation: /new\r\n", "<html>moved</html>")),
      WarcRecord("response", "0008", "https://a.example/4", kHttpMsg,
             HttpResponse("200 OK", "Content-Type: text/html; charset=iso-8859-1\r\n", latin1_page)),
      // Declares more content than the file holds: the last record is cut.
      WarcRecord("response", "0009", "https://a.example/5", kHttpMsg,
             HttpResponse("200 OK", "Content-Type: text/html\r\n", "<html><body><p>coupé"), 4000),
  };
}

const std::vector<Expected> kExpected = {
    {"urn:uuid:0002", "https://a.example/1", kPage1},
    {"urn:uuid:0003", "https://a.example/2", kPage2},
    {"urn:uuid:0006", "https://a.example/3", kPage3},
    {"urn:uuid:0008", "https://a.example/4", "<html><body><p>Défense et sécurité.</p></body></html>"},
};

struct ReadOut {
  std::vector<Article> articles;
  std::vector<std::string> errors;
};

ReadOut Read(const std::string& bytes, const std::string& name = "f.warc") {
  ReadOut out;
  std::istringstream in(bytes);
  ReadWarc(
      in, name, WarcOptions{}, [&](Article&& a) { out.articles.push_back(std::move(a)); },
      [&](const Status& s) { out.errors.push_back(s.message()); });
  return out;
}

void ExpectFixtureRead(const ReadOut& got, const std::string& variant) {
  ASSERT_EQ(got.articles.size(), kExpected.size()) << variant;
  for (size_t i = 0; i < kExpected.size(); ++i) {
    EXPECT_EQ(got.articles[i].id, kExpected[i].id) << variant << " #" << i;
    EXPECT_EQ(got.articles[i].url.value_or(""), kExpected[i].url) << variant << " #" << i;
    EXPECT_EQ(got.articles[i].format, "html") << variant << " #" << i;
    EXPECT_EQ(got.articles[i].body, kExpected[i].body) << variant << " #" << i;
  }
  ASSERT_EQ(got.errors.size(), 1u) << variant;
  EXPECT_EQ(got.errors[0].rfind("f.warc: record 10: truncated", 0), 0u) << variant << ": " << got.errors[0];
}

TEST(Warc, ReadsFixtureInEveryPacking) {
  std::vector<std::string> records = FixtureRecords();
  std::string plain, extra_crlf, per_record_gzip, one_gzip_member, per_record_zstd;
  for (const std::string& r : records) {
    plain += r;
    extra_crlf += "\r\n\n" + r + "\r\n";
    per_record_gzip += Gzip(r);
    per_record_zstd += Zstd(r);
  }
  // The last record is cut: drop the end of its bytes.
  auto cut = [](std::string s, size_t n) { return s.substr(0, s.size() - n); };
  std::string last_gzip = Gzip(records.back());
  per_record_gzip = cut(per_record_gzip, last_gzip.size()) + last_gzip.substr(0, last_gzip.size() / 2);
  std::string last_zstd = Zstd(records.back());
  per_record_zstd = cut(per_record_zstd, last_zstd.size()) + last_zstd.substr(0, last_zstd.size() / 2);
  one_gzip_member = Gzip(plain);
  const std::pair<const char*, std::string> variants[] = {
      {"plain", plain},
      {"extra line ends between records", extra_crlf},
      {"one gzip member per record, last member cut", per_record_gzip},
      {"whole file in one gzip member", one_gzip_member},
      {"one zstd frame per record, last frame cut", per_record_zstd},
  };
  for (const auto& [variant, bytes] : variants) ExpectFixtureRead(Read(bytes), variant);
}

TEST(Warc, GzipMemberCutMidRecordSaysSo) {
  std::vector<std::string> records = FixtureRecords();
  std::string bytes;
  for (size_t i = 0; i + 1 < records.size(); ++i) bytes += Gzip(records[i]);
  std::string last = Gzip(records[2]);  // a complete record, then cut inside its gzip member
  bytes += last.substr(0, last.size() / 2);
  ReadOut got = Read(bytes);
  EXPECT_EQ(got.articles.size(), kExpected.size());
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].find("record 10"), std::string::npos) << got.errors[0];
  EXPECT_NE(got.errors[0].find("gzip"), std::string::npos) << got.errors[0];
}

TEST(Warc, StreamProblems) {
  struct Case {
    const char* name;
    std::string bytes;
    size_t articles;
    const char* error;  // expected prefix of the one error, "" for none
  };
  std::string good = WarcRecord("response", "1", "https://b.example/", kHttpMsg,
                            HttpResponse("200 OK", "Content-Type: text/html\r\n", "<p>Bonjour</p>"));
  const Case cases[] = {
      {"empty stream", "", 0, ""},
      {"only line ends", "\r\n\r\n\n", 0, ""},
      {"not a WARC", "Bonjour\n", 0, "f.warc: record 1: expected a WARC version line"},
      {"garbage after a good record", good + "xyz", 1, "f.warc: record 2: expected a WARC version line"},
      {"no Content-Length", "WARC/1.0\r\nWARC-Type: response\r\n\r\n", 0,
       "f.warc: record 1: missing or invalid Content-Length"},
      {"head cut", "WARC/1.0\r\nWARC-Type: response\r\nContent-Le", 0,
       "f.warc: record 1: truncated: the data ends inside the WARC headers"},
      {"corrupt gzip after a good member", Gzip(good) + "garbage-garbage-garbage", 1,
       "f.warc: record 2: corrupt gzip data"},
      {"bad HTTP head is a record error, reading goes on",
       WarcRecord("response", "2", "u", kHttpMsg, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n<p>x</p>") + good,
       1, "f.warc: record 1 (u): malformed HTTP response head"},
      {"corrupt gzip body is a record error",
       WarcRecord("response", "3", "v", kHttpMsg,
              HttpResponse("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", "not gzip at all")) +
           good,
       1, "f.warc: record 1 (v): corrupt compressed body"},
      {"unsupported content encoding",
       WarcRecord("response", "4", "w", kHttpMsg, HttpResponse("200 OK", "Content-Type: text/html\r\nContent-Encoding: br\r\n", "x")),
       0, "f.warc: record 1 (w): unsupported Content-Encoding"},
  };
  for (const Case& c : cases) {
    ReadOut got = Read(c.bytes);
    EXPECT_EQ(got.articles.size(), c.articles) << c.name;
    if (*c.error == '\0') {
      EXPECT_TRUE(got.errors.empty()) << c.name << ": " << (got.errors.empty() ? "" : got.errors[0]);
    } else {
      ASSERT_EQ(got.errors.size(), 1u) << c.name;
      EXPECT_EQ(got.errors[0].rfind(c.error, 0), 0u) << c.name << ": " << got.errors[0];
    }
  }
}

TEST(Warc, RecordDetails) {
  // Header names in any case, folded header lines, a resource record, a
  // deflate (zlib) body, an HTML page with no Content-Type, and an empty page.
  std::string zlib_body;
  {
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY);  // zlib wrapper
    std::string page = "<p>dégonflé</p>";
    zlib_body.resize(256);
    z.next_in = reinterpret_cast<Bytef*>(page.data());
    z.avail_in = page.size();
    z.next_out = reinterpret_cast<Bytef*>(zlib_body.data());
    z.avail_out = zlib_body.size();
    deflate(&z, Z_FINISH);
    zlib_body.resize(z.total_out);
    deflateEnd(&z);
  }
  std::string bytes =
      "WARC/1.0\r\nwarc-type: response\r\nWARC-Record-ID: <urn:uuid:a>\r\n"
      "WARC-Target-URI: <https://c.example/x>\r\nX-Long: one\r\n  two\r\nCONTENT-LENGTH: " +
      std::to_string(HttpResponse("200 OK", "content-type: TEXT/HTML\r\n", "<p>casse</p>").size()) + "\r\n\r\n" +
      HttpResponse("200 OK", "content-type: TEXT/HTML\r\n", "<p>casse</p>") + "\r\n\r\n" +
      WarcRecord("resource", "b", "file:///page.html", "text/html; charset=windows-1251", "<p>\xCC\xE8\xF0</p>") +
      WarcRecord("response", "c", "https://c.example/d", kHttpMsg,
             HttpResponse("200 OK", "Content-Type: text/html\r\nContent-Encoding: deflate\r\n", zlib_body)) +
      WarcRecord("response", "d", "https://c.example/n", kHttpMsg, HttpResponse("200 OK", "", "<!DOCTYPE html><p>sans type</p>")) +
      WarcRecord("response", "e", "https://c.example/bin", kHttpMsg, HttpResponse("200 OK", "", "%PDF-1.4 binaire")) +
      WarcRecord("response", "f", "https://c.example/empty", kHttpMsg, HttpResponse("200 OK", "Content-Type: text/html\r\n", ""));
  ReadOut got = Read(bytes);
  ASSERT_EQ(got.articles.size(), 4u);
  EXPECT_EQ(got.articles[0].id, "urn:uuid:a");
  EXPECT_EQ(got.articles[0].url.value_or(""), "https://c.example/x");
  EXPECT_EQ(got.articles[0].body, "<p>casse</p>");
  EXPECT_EQ(got.articles[1].body, "<p>Мир</p>");
  EXPECT_EQ(got.articles[2].body, "<p>dégonflé</p>");
  EXPECT_EQ(got.articles[3].body, "<!DOCTYPE html><p>sans type</p>");
  ASSERT_EQ(got.errors.size(), 1u);  // the empty page is reported, not lost
  EXPECT_NE(got.errors[0].find("record 6 (https://c.example/empty)"), std::string::npos) << got.errors[0];
}

TEST(Warc, SizeLimitSkipsLargeHtmlRecords) {
  std::string big(5000, 'x');
  std::string bytes = WarcRecord("response", "1", "u", kHttpMsg, HttpResponse("200 OK", "Content-Type: text/html\r\n", "<p>" + big)) +
                      WarcRecord("response", "2", "v", kHttpMsg, HttpResponse("200 OK", "Content-Type: text/html\r\n", "<p>ok"));
  ReadOut out;
  std::istringstream in(bytes);
  WarcOptions options;
  options.max_record_bytes = 1000;
  ReadWarc(
      in, "f.warc", options, [&](Article&& a) { out.articles.push_back(std::move(a)); },
      [&](const Status& s) { out.errors.push_back(s.message()); });
  ASSERT_EQ(out.articles.size(), 1u);
  EXPECT_EQ(out.articles[0].id, "urn:uuid:2");
  ASSERT_EQ(out.errors.size(), 1u);
  EXPECT_NE(out.errors[0].find("exceeds the size limit"), std::string::npos);
}

}  // namespace
}  // namespace veille
