// Finding and normalising French date expressions (issue 5).
//
// Contract shared by the date resolver and the event coder: FindDates()
// returns every date expression of a text with its value, resolved against
// the document creation date when one is known. Values follow TimeML:
// "YYYY", "YYYY-MM", "YYYY-MM-DD" (also "YYYY-Www" weeks, "YYYY-Www-WE"
// weekends, "YYYY-SP|SU|FA|WI" seasons, "YYYY-Qn" quarters, "YYYY-Hn"
// halves, "199X" decades, "18XX" centuries, where the text says so).
// A year the text does not give and nothing can supply is "XXXX"
// ("XXXX-06-25"); expressions that need the creation date ("hier") are
// left out when there is none.
#ifndef VEILLE_EVENTS_DATES_H_
#define VEILLE_EVENTS_DATES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "veille/document.h"

namespace veille {

struct DateMention {
  Span span;           // byte offsets into the text
  std::string value;   // normalised value, see above
  // "explicit": the text gives the year; "relative": computed from the
  // creation date or the article's other dates ("hier", "mardi",
  // "en juin prochain", "ce jeudi 3 avril").
  std::string source;
  // Granularity of `value`: "day" | "month" | "year" | "week" | "weekend" |
  // "season" | "quarter" | "half" | "decade" | "century" | "present"
  // ("désormais": the creation date, as French TimeBank annotates it).
  // An event date takes only "day", "month" and "year" values without "X".
  std::string kind;
  // "start" ("début mars"), "mid" ("mi-juillet"), "end" ("fin 2019") or "".
  std::string mod;
  bool since = false;  // introduced by "depuis": the start of a state
};

struct DateOptions {
  // The document creation date "YYYY-MM-DD" (publication date), if known.
  // Default: none; then years come from the article's own explicit dates.
  std::optional<std::string> dct;
  // Without DCT and without any explicit year in the article, a weekday +
  // day + month ("jeudi 25 avril") takes the most recent year up to this
  // one in which the weekday matches (the caller may pass the current
  // year). Default: none; then such a date has year "XXXX".
  std::optional<int> fallback_year;
};

// Every date expression in `text`, in text order. Thread-safe.
std::vector<DateMention> FindDates(std::string_view text, const DateOptions& options);

}  // namespace veille

#endif  // VEILLE_EVENTS_DATES_H_
