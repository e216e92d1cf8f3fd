// Proleptic Gregorian calendar arithmetic for the date resolver: day
// numbers, weekdays, ISO weeks, Easter, TimeML value formatting.
// Pure functions; thread-safe.
#ifndef VEILLE_EVENTS_DATE_CALENDAR_H_
#define VEILLE_EVENTS_DATE_CALENDAR_H_

#include <optional>
#include <string>
#include <string_view>

namespace veille::dates {

struct CivilDate {
  int year = 0;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

// Days since 1970-01-01 (negative before).
long DaysFromCivil(CivilDate d);
CivilDate CivilFromDays(long days);

// 0 = Monday ... 6 = Sunday.
int Weekday(CivilDate d);
int DaysInMonth(int year, int month);
bool IsValidDate(int year, int month, int day);

// ISO 8601 week: the week-numbering year and week 1..53 of `d`.
struct IsoWeek {
  int year;
  int week;
};
IsoWeek IsoWeekOf(CivilDate d);

// Easter Sunday of `year` (Gregorian computus).
CivilDate EasterSunday(int year);

// Adds `months` (may be negative) to year/month; the day is kept and clamped.
CivilDate AddMonths(CivilDate d, int months);

// "YYYY-MM-DD" -> date; nullopt when malformed or impossible.
std::optional<CivilDate> ParseIsoDate(std::string_view s);

// TimeML values: "2019", "2019-06", "2019-06-25", "2019-W26".
std::string FormatYear(int year);
std::string FormatMonth(int year, int month);
std::string FormatDay(CivilDate d);
std::string FormatWeek(IsoWeek w);

}  // namespace veille::dates

#endif  // VEILLE_EVENTS_DATE_CALENDAR_H_
