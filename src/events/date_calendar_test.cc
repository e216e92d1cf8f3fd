#include "events/date_calendar.h"

#include <gtest/gtest.h>

namespace veille::dates {
namespace {

TEST(DateCalendarTest, WeekdaysAndIsoWeeks) {
  struct Case {
    CivilDate date;
    int weekday;
    int iso_year;
    int iso_week;
  };
  const Case kCases[] = {
      {{1970, 1, 1}, 3, 1970, 1},   {{2025, 4, 5}, 5, 2025, 14},  {{2024, 12, 30}, 0, 2025, 1},
      {{2021, 1, 3}, 6, 2020, 53},  {{2000, 2, 29}, 1, 2000, 9},  {{1999, 5, 23}, 6, 1999, 20},
      {{2003, 2, 4}, 1, 2003, 6},   {{1900, 3, 1}, 3, 1900, 9},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Weekday(c.date), c.weekday) << FormatDay(c.date);
    const IsoWeek w = IsoWeekOf(c.date);
    EXPECT_EQ(w.year, c.iso_year) << FormatDay(c.date);
    EXPECT_EQ(w.week, c.iso_week) << FormatDay(c.date);
    EXPECT_EQ(FormatDay(CivilFromDays(DaysFromCivil(c.date))), FormatDay(c.date));
  }
}

TEST(DateCalendarTest, EasterAndMonths) {
  EXPECT_EQ(FormatDay(EasterSunday(1999)), "1999-04-04");
  EXPECT_EQ(FormatDay(EasterSunday(2019)), "2019-04-21");
  EXPECT_EQ(FormatDay(EasterSunday(2025)), "2025-04-20");
  EXPECT_EQ(FormatDay(AddMonths({2025, 1, 31}, 1)), "2025-02-28");
  EXPECT_EQ(FormatDay(AddMonths({2025, 1, 15}, -2)), "2024-11-15");
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
}

TEST(DateCalendarTest, ParseIsoDate) {
  EXPECT_TRUE(ParseIsoDate("2019-06-25").has_value());
  EXPECT_FALSE(ParseIsoDate("2019-02-30").has_value());
  EXPECT_FALSE(ParseIsoDate("2019-6-25").has_value());
  EXPECT_FALSE(ParseIsoDate("25/06/2019").has_value());
  EXPECT_FALSE(ParseIsoDate("").has_value());
}

}  // namespace
}  // namespace veille::dates
