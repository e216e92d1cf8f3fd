// Full calendar dates as pages print them, for the publication date.
//
// Only dates with day, month and year are found: "04 septembre 2023",
// "1er mars 2024", "novembre 29, 2024", "24 April 2025", "11 апреля 2025",
// "2025-04-11", "13/10/2024", "13.10.2024", and in URLs "/2024/06/21/",
// "20240621", story ids that start with a date, and 10-digit Unix times
// opening a slug. Relative and partial dates are the event stage's job.
#ifndef VEILLE_INGEST_PAGE_DATES_H_
#define VEILLE_INGEST_PAGE_DATES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace veille {

struct PageDate {
  int year = 0, month = 0, day = 0;
  size_t start = 0, end = 0;  // byte range in the scanned text
  bool weekday = false;  // a weekday name precedes the day: "lundi 24 janvier 2022"
  bool deictic = false;  // "ce", "this", "этот" precedes: "ce 4 avril 2024"
  std::string Iso() const;  // "YYYY-MM-DD"
};

// True for a real calendar date between 1900 and 2100.
bool IsCalendarDate(int year, int month, int day);

// Every full date in `text`, in text order. Thread-safe.
std::vector<PageDate> FindPageDates(std::string_view text);

// The date a URL's path carries, as "YYYY-MM-DD", else nothing.
std::optional<std::string> DateFromUrl(std::string_view url);

// A date value as a source states it: ISO "2024-06-21T10:00:00Z" or a
// free-form date FindPageDates understands. "YYYY-MM-DD" or nothing.
std::optional<std::string> NormalizeDateValue(std::string_view value);

}  // namespace veille

#endif  // VEILLE_INGEST_PAGE_DATES_H_
