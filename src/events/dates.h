// Finding and normalising French date expressions (issue 5).
//
// Contract shared by the date resolver and the event coder: FindDates()
// returns every date expression of a text with its value, resolved against
// the document creation date when one is known. Values follow TimeML:
// "YYYY", "YYYY-MM", "YYYY-MM-DD" (also "YYYY-Www" weeks, "YYYY-SU" seasons,
// "YYYY-Qn" quarters where the text says so).
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
};

struct DateOptions {
  // The document creation date "YYYY-MM-DD" (publication date), if known.
  // Default: none; then years come from the article's own explicit dates.
  std::optional<std::string> dct;
};

// Every date expression in `text`, in text order. Thread-safe.
std::vector<DateMention> FindDates(std::string_view text, const DateOptions& options);

}  // namespace veille

#endif  // VEILLE_EVENTS_DATES_H_
