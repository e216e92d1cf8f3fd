#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "base/utf8.h"
#include "veille/writer.h"

namespace veille {
namespace {

// The slow oracle: the record built as an nlohmann tree and dumped, as
// RecordToJson did before it wrote the line by hand. The fast writer must
// give the same bytes.
using Json = nlohmann::ordered_json;

Json OrNull(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

Json PartyJson(const EventParty& p) {
  return Json{{"code", p.code}, {"entity", OrNull(p.entity)}, {"name", OrNull(p.name)}};
}

std::string OracleRecordToJson(const Document& d) {
  CodePointMap cp(d.text);
  Json mentions = Json::array(), events = Json::array();
  for (const Mention& m : d.mentions) {
    mentions.push_back(Json{{"start", cp.ToCodePoint(m.span.start)},
                            {"end", cp.ToCodePoint(m.span.end)},
                            {"text", m.text},
                            {"entity", m.entity},
                            {"name", m.name},
                            {"kind", m.kind},
                            {"country", OrNull(m.country)},
                            {"sector", OrNull(m.sector)}});
  }
  for (const Event& e : d.events) {
    Json actors = Json::array(), recipients = Json::array(), evidence = Json::array();
    for (const auto& a : e.actors) actors.push_back(PartyJson(a));
    for (const auto& r : e.recipients) recipients.push_back(PartyJson(r));
    for (const auto& s : e.evidence)
      evidence.push_back(Json{{"start", cp.ToCodePoint(s.start)}, {"end", cp.ToCodePoint(s.end)}});
    Json location = nullptr;
    if (e.location) location = Json{{"name", e.location->name}, {"country", OrNull(e.location->country)}};
    events.push_back(Json{{"type", e.type},
                          {"mode", OrNull(e.mode)},
                          {"context", e.context},
                          {"actors", actors},
                          {"recipients", recipients},
                          {"date", OrNull(e.date)},
                          {"date_source", OrNull(e.date_source)},
                          {"aux", OrNull(e.aux)},
                          {"location", location},
                          {"evidence", evidence},
                          {"cameo", OrNull(e.cameo)},
                          {"goldstein", e.goldstein ? Json(*e.goldstein) : Json(nullptr)},
                          {"confidence", e.confidence}});
  }
  Json j{{"doc", d.doc},
         {"url", OrNull(d.url)},
         {"lang", d.lang},
         {"title", OrNull(d.title)},
         {"author", OrNull(d.author)},
         {"outlet", OrNull(d.outlet)},
         {"published", OrNull(d.published)},
         {"duplicate_of", OrNull(d.duplicate_of)},
         {"text", d.text},
         {"mentions", mentions},
         {"events", events}};
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

TEST(RecordToJson, OffsetsAreCodePointsAndAllFieldsPresent) {
  Document d;
  d.doc = "x";
  d.lang = "fr";
  d.text = "À Moscou, Евкуров a reçu Goïta.";
  size_t start = d.text.find("Евкуров");
  d.mentions.push_back({{start, start + std::string("Евкуров").size()}, "Евкуров", "per:yevkurov",
                        "Yunus-Bek Yevkurov", "person", "RUS", "MIL", "RUS"});
  Event e;
  e.type = "CONSULT";
  e.actors.push_back({"RUS", std::nullopt, std::nullopt});
  e.evidence.push_back({0, d.text.size()});
  d.events.push_back(e);
  auto j = nlohmann::json::parse(RecordToJson(d));
  EXPECT_EQ(j["mentions"][0]["start"], 10);  // "À Moscou, " is 10 code points
  EXPECT_EQ(j["mentions"][0]["end"], 17);
  EXPECT_EQ(j["events"][0]["evidence"][0]["end"], 31);
  EXPECT_TRUE(j["url"].is_null());
  EXPECT_TRUE(j["published"].is_null());
  EXPECT_TRUE(j["events"][0]["goldstein"].is_null());
  EXPECT_EQ(j.size(), 11u);
}

// Strings that exercise the escapes: quotes, backslashes, every C0
// control, DEL, multi-byte text, and malformed UTF-8 (replaced).
const std::string kAwkward[] = {
    "",
    "plain ascii",
    "« guillemets » et “quotes” — l’Éthiopie, Евкуров, 北京, 😀",
    "quote \" backslash \\ slash / tab \t newline \n cr \r ff \f bs \b",
    std::string("nul \0 inside", 13),
    "\x01\x02\x1f\x7f end",
    "bad \xC3 lead, lone \x80, overlong \xC0\xAF, surrogate \xED\xA0\x80, cut \xE2\x80",
};

TEST(RecordToJson, SameBytesAsNlohmann) {
  Document d;
  d.doc = "id\"1";
  d.url = "https://example.org/a?b=1&c=\"2\"";
  d.lang = "fr";
  d.title = "Titre : « test »\n";
  d.outlet = "Sahel Tribune";
  d.published = "2024-05-01";
  d.duplicate_of = "id0";
  for (const std::string& s : kAwkward) d.text += s + "\n\n";
  d.mentions.push_back({{3, 9}, "Евкуров", "per:yevkurov", "Yunus-Bek \"Y\"", "person", "RUS", std::nullopt, "RUS"});
  d.mentions.push_back({{0, d.text.size() + 5}, kAwkward[6], "", "", "state", std::nullopt, "GOV", ""});
  Event e;
  e.type = "CONSULT";
  e.mode = "visit";
  e.context = {"diplomatic", kAwkward[3]};
  e.actors.push_back({"RUS", std::nullopt, "Russie"});
  e.actors.push_back({"MLI", "st:mli", std::nullopt});
  e.evidence.push_back({0, d.text.size()});
  e.evidence.push_back({7, 3});
  e.date = "2024";
  e.date_source = "explicit";
  e.location = Location{"Bamako", std::nullopt};
  e.cameo = "040";
  e.goldstein = -2.0;
  e.confidence = 0.85;
  d.events.push_back(e);
  Event f;
  f.type = "FIGHT";
  f.recipients.push_back({"X", std::nullopt, std::nullopt});
  f.location = Location{"Goma", "COD"};
  f.goldstein = 1e-5;
  f.confidence = 1.0 / 3.0;
  d.events.push_back(f);
  f.goldstein = 123456789012345678.0;
  f.confidence = -0.0;
  d.events.push_back(f);
  EXPECT_EQ(RecordToJson(d), OracleRecordToJson(d));
  for (const std::string& s : kAwkward) {
    Document one;
    one.doc = s;
    one.text = s;
    one.title = s;
    EXPECT_EQ(RecordToJson(one), OracleRecordToJson(one)) << s;
  }
  EXPECT_EQ(RecordToJson(Document{}), OracleRecordToJson(Document{}));
}

TEST(NewRecordWriter, JsonlWritesOneLinePerRecord) {
  std::ostringstream out;
  auto w = NewRecordWriter("jsonl", out);
  ASSERT_TRUE(w.ok());
  Document a, b;
  a.doc = "a";
  a.text = "un\ndeux";
  b.doc = "b";
  ASSERT_TRUE((*w)->Write(a).ok());
  ASSERT_TRUE((*w)->Write(b).ok());
  ASSERT_TRUE((*w)->Finish().ok());
  EXPECT_EQ(out.str(), OracleRecordToJson(a) + "\n" + OracleRecordToJson(b) + "\n");
}

TEST(NewRecordWriter, ChoosesByNameAndRejectsUnknown) {
  std::ostringstream out;
  EXPECT_TRUE(NewRecordWriter("jsonl", out).ok());
  EXPECT_TRUE(NewRecordWriter("summary", out).ok());
  auto bad = NewRecordWriter("xml", out);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace veille
