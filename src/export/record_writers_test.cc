#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "veille/writer.h"

namespace veille {
namespace {

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
