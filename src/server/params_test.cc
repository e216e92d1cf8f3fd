// Query parameter checks: dates, integers, choices, unknown and repeated names.
#include "server/params.h"

#include <gtest/gtest.h>

namespace veille::server {
namespace {

TEST(ParamsTest, Dates) {
  struct Case {
    const char* date;
    bool valid;
  } cases[] = {
      {"2024", true},        {"2024-02", true},     {"2024-02-29", true},  {"2023-02-29", false},
      {"1900-02-29", false}, {"2000-02-29", true},  {"2024-13", false},    {"2024-00", false},
      {"2024-04-31", false}, {"2024-12-31", true},  {"24", false},         {"2024-1", false},
      {"2024/01", false},    {"2024-01-01T", false}, {"", false},          {"abcd", false},
  };
  for (const Case& c : cases) EXPECT_EQ(IsValidDate(c.date), c.valid) << c.date;
}

TEST(ParamsTest, ReadsKnownParametersWithinBounds) {
  Params p = {{"limit", "20"}, {"since", "2024-05"}, {"by", "year"}, {"name", "Mali"}};
  ParamReader r(p);
  EXPECT_EQ(r.Int("limit", 100, 1, 5000), 20);
  EXPECT_EQ(r.Int("offset", 7, 0, 10), 7);  // absent: the default
  EXPECT_EQ(r.Date("since"), "2024-05");
  EXPECT_EQ(r.OneOf("by", "auto", {"auto", "year"}), "year");
  EXPECT_EQ(r.Text("name"), "Mali");
  EXPECT_TRUE(r.Finish().ok());
}

TEST(ParamsTest, Rejections) {
  struct Case {
    Params params;
    const char* message_part;
  } cases[] = {
      {{{"limit", "0"}}, "'limit' must be an integer from 1 to 5000"},
      {{{"limit", "12abc"}}, "'limit'"},
      {{{"limit", "99999999999999999999999"}}, "'limit'"},
      {{{"since", "2024-02-30"}}, "'since' must be a date"},
      {{{"by", "week"}}, "one of auto, year"},
      {{{"name", std::string(201, 'a')}}, "longer than 200 bytes"},
      {{{"name", "a"}, {"name", "b"}}, "more than once"},
      {{{"colour", "red"}}, "unknown parameter 'colour'"},
  };
  for (const Case& c : cases) {
    ParamReader r(c.params);
    r.Int("limit", 100, 1, 5000);
    r.Date("since");
    r.OneOf("by", "auto", {"auto", "year"});
    r.Text("name");
    Status s = r.Finish();
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
    EXPECT_NE(s.message().find(c.message_part), std::string::npos) << s.message();
  }
}

}  // namespace
}  // namespace veille::server
