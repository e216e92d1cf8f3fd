// Recognition of French date expressions over the token stream: what the
// text says, before any resolution against a creation date. The resolver
// (dates.cc) turns each DateExpr into a TimeML value.
#ifndef VEILLE_EVENTS_DATE_GRAMMAR_H_
#define VEILLE_EVENTS_DATE_GRAMMAR_H_

#include <cstddef>
#include <vector>

#include "events/date_tense.h"
#include "events/date_tokens.h"

namespace veille::dates {

enum class Gran : unsigned char {
  kDay, kMonth, kYear, kWeek, kWeekend, kSeason, kQuarter, kHalf, kDecade, kCentury, kPresent
};

// "dernier"/"passé", "prochain", "ce/cette/en cours".
enum class Rel : unsigned char { kNone, kLast, kNext, kThis };

// "début", "mi-", "fin".
enum class Mod : unsigned char { kNone, kStart, kMid, kEnd };

enum Holiday { kNoel = 0, kPaques, kPentecote, kAscension, kToussaint, kSylvestre };

struct DateExpr {
  size_t first = 0;  // token range, inclusive
  size_t last = 0;
  Gran gran = Gran::kDay;
  // What the text states; -1 when it does not.
  int year = -1;
  int month = -1;
  int day = -1;
  int weekday = -1;  // 0 = Monday
  int season = -1;   // 0 spring .. 3 winter
  int quarter = -1;  // 1..4, or the half 1..2 for kHalf
  int decade = -1;   // 196 for "les années 60"
  int century = -1;  // 19 for "le XXe siècle" (years 19XX)
  int holiday = -1;  // Holiday
  // Computed from the creation date alone: that date moved by `shift`
  // units of `gran` ("hier" = day -1, "l'an prochain" = year +1).
  bool from_dct = false;
  int shift = 0;
  Rel rel = Rel::kNone;
  Mod mod = Mod::kNone;
  bool since = false;    // "depuis ..."
  bool deadline = false; // "d'ici ...": not before the creation date
  bool generic = false;  // "les mois d'été": no particular year
  bool settled = false;  // the resolver set `year` from a weekday
  // Tense of the clause: any cue for weekdays and weekends; only a simple
  // future for months and days, where past cues mislead more than they
  // help (reported speech: "a estimé que ... le 30 juin").
  Tense tense = Tense::kUnknown;
};

// Every date expression of the stream, in order, non-overlapping.
std::vector<DateExpr> Recognise(const TokenStream& stream);

}  // namespace veille::dates

#endif  // VEILLE_EVENTS_DATE_GRAMMAR_H_
