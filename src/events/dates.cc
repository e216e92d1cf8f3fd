// The date resolver: FindDates() = Tokenize() -> Recognise() -> Resolve().
//
// How it works. The tokenizer (date_tokens.cc) folds words to lowercase
// ASCII and tags the few hundred words the grammar knows; the grammar
// (date_grammar.cc) scans the tokens once, left to right, and at each
// month, weekday, number or relative keyword tries the rule of that head,
// recording what the text states (a DateExpr: year, month, day, weekday,
// season..., or a shift from the creation date, with "dernier/prochain",
// "début/fin", "depuis" and the tense of the clause). This file turns each
// DateExpr into a TimeML value:
//  * the text gives the year ("le 25 juin 2019", "en 2014", "l'an 2000"):
//    the value is what it says (source "explicit");
//  * the expression is a shift from the creation date (DCT): "hier" is
//    DCT-1, "la semaine dernière" the ISO week before the DCT's, "l'an
//    prochain" its year+1, "il y a trois jours" DCT-3, "ce week-end" the
//    weekend just past early in the week and the coming one later;
//  * a weekday alone is the nearest such day: before the DCT when the
//    clause is in the past tense or says "dernier", after it when it is in
//    the future or says "prochain", otherwise the nearer of the two (the
//    DCT itself when it is that weekday);
//  * a month, day-month, season or holiday without a year takes the year
//    that the text makes consistent: with a weekday ("ce jeudi 3 avril")
//    the year nearest the DCT in which 3 April is a Thursday; with
//    "dernier"/"prochain" the last occurrence before / first after the
//    DCT; with a past or future tense, the occurrence on that side of the
//    DCT; otherwise the occurrence in a window from about nine months
//    before to two and a half months after the DCT (news reports the
//    recent past more than the future);
//  * without a DCT, the year comes from the article: a weekday + day +
//    month takes the year nearest the latest explicit year (not counting
//    "depuis" years) in which the weekday matches, or, when the article
//    has no year at all, the most recent such year up to
//    DateOptions::fallback_year; the first such day then stands in for the
//    DCT for "juin prochain"; other expressions take the nearest explicit
//    year before them, else the first after; failing that "XXXX".
//    Expressions that need the DCT ("hier", "mardi") are then left out.
// Tested by dates_test.cc and tests/timebank_test.cc.
#include "events/dates.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

#include "events/date_calendar.h"
#include "events/date_grammar.h"
#include "events/date_tokens.h"

namespace veille {
namespace {

using dates::CivilDate;
using dates::DateExpr;
using dates::Gran;
using dates::Rel;
using dates::Tense;

// Explicit years of the article, by token position, for articles without DCT.
struct YearMention {
  size_t token;
  int year;
};

struct Range {
  long start;  // day numbers
  long end;
};

const char* KindName(Gran g) {
  switch (g) {
    case Gran::kDay: return "day";
    case Gran::kMonth: return "month";
    case Gran::kYear: return "year";
    case Gran::kWeek: return "week";
    case Gran::kWeekend: return "weekend";
    case Gran::kSeason: return "season";
    case Gran::kQuarter: return "quarter";
    case Gran::kHalf: return "half";
    case Gran::kDecade: return "decade";
    case Gran::kCentury: return "century";
    case Gran::kPresent: return "present";
  }
  return "day";
}

const char* ModName(dates::Mod m) {
  switch (m) {
    case dates::Mod::kStart: return "start";
    case dates::Mod::kMid: return "mid";
    case dates::Mod::kEnd: return "end";
    default: return "";
  }
}

constexpr const char* kSeasonCodes[] = {"SP", "SU", "FA", "WI"};
constexpr int kSeasonStartMonth[] = {3, 6, 9, 12};

// The day of a holiday in `year`.
CivilDate HolidayDate(int holiday, int year) {
  const long easter = dates::DaysFromCivil(dates::EasterSunday(year));
  switch (holiday) {
    case dates::kNoel: return {year, 12, 25};
    case dates::kPaques: return dates::CivilFromDays(easter);
    case dates::kPentecote: return dates::CivilFromDays(easter + 49);
    case dates::kAscension: return dates::CivilFromDays(easter + 39);
    case dates::kToussaint: return {year, 11, 1};
    case dates::kSylvestre: return {year, 12, 31};
    default: return {year, 1, 1};  // Nouvel An
  }
}

// The calendar range the expression denotes in `year`.
Range RangeIn(const DateExpr& e, int year) {
  if (e.holiday != -1) {
    const long d = dates::DaysFromCivil(HolidayDate(e.holiday, year));
    return {d, d};
  }
  if (e.gran == Gran::kSeason) {
    const CivilDate start{year, kSeasonStartMonth[e.season], 1};
    const CivilDate end = dates::AddMonths(start, 2);
    return {dates::DaysFromCivil(start),
            dates::DaysFromCivil({end.year, end.month, dates::DaysInMonth(end.year, end.month)})};
  }
  if (e.day > 0) {
    const int day = e.day > dates::DaysInMonth(year, e.month) ? dates::DaysInMonth(year, e.month)
                                                               : e.day;
    const long d = dates::DaysFromCivil({year, e.month, day});
    return {d, d};
  }
  return {dates::DaysFromCivil({year, e.month, 1}),
          dates::DaysFromCivil({year, e.month, dates::DaysInMonth(year, e.month)})};
}

bool WeekdayMatches(const DateExpr& e, int year) {
  if (e.month < 1 || e.day < 1 || e.day > dates::DaysInMonth(year, e.month)) return false;
  return dates::Weekday({year, e.month, e.day}) == e.weekday;
}

// The year of a month, day, season or holiday without one, given the DCT.
int YearFromDct(const DateExpr& e, CivilDate dct) {
  const long today = dates::DaysFromCivil(dct);
  const int y = dct.year;
  if (e.weekday >= 0 && e.day > 0) {
    for (int d = 0; d <= 6; ++d) {  // nearest year first; past before future
      if (WeekdayMatches(e, y - d) && (d == 0 || !WeekdayMatches(e, y + d))) return y - d;
      if (WeekdayMatches(e, y + d)) return y + d;
    }
  }
  if (e.rel == Rel::kLast) {
    for (int c = y + 1; c >= y - 2; --c) if (RangeIn(e, c).end < today) return c;
  }
  if (e.since) {  // "depuis le 3 mai": a start in the past
    for (int c = y + 1; c >= y - 2; --c) if (RangeIn(e, c).start <= today) return c;
  }
  if (e.deadline) {
    for (int c = y - 1; c <= y + 2; ++c) if (RangeIn(e, c).end >= today) return c;
  }
  if (e.rel == Rel::kNext) {
    for (int c = y - 1; c <= y + 2; ++c) if (RangeIn(e, c).start > today) return c;
  }
  if (e.gran == Gran::kSeason) return y;
  if (e.tense == Tense::kFuture) {
    for (int c = y - 1; c <= y + 1; ++c) if (RangeIn(e, c).end >= today) return c;
  }
  if (e.tense == Tense::kPast) {
    for (int c = y + 1; c >= y - 1; --c) if (RangeIn(e, c).start <= today) return c;
  }
  if (e.day < 0 && e.holiday == -1) {  // a month: nine months back to two ahead
    const int diff = e.month - dct.month;
    return diff > 2 ? y - 1 : diff < -9 ? y + 1 : y;
  }
  const long diff = RangeIn(e, y).start - today;
  return diff > 75 ? y - 1 : diff < -290 ? y + 1 : y;
}

// What an article without DCT offers to date its partial expressions.
struct ArticleContext {
  std::vector<YearMention> years;  // explicit years, not "depuis", in text order
  // A day whose year a weekday settled ("ce jeudi 3 avril"): stands in for
  // the DCT for "prochain"/"dernier".
  std::optional<CivilDate> pseudo_dct;
};

// The year in which a weekday + day + month holds, nearest `anchor`; with
// `past_only`, the most recent one not after it.
int WeekdayYear(const DateExpr& e, int anchor, bool past_only) {
  for (int d = 0; d <= 11; ++d) {
    if (!past_only && WeekdayMatches(e, anchor + d)) return anchor + d;
    if (WeekdayMatches(e, anchor - d)) return anchor - d;
  }
  return -1;
}

// The year of an expression without one, from the article: the pseudo DCT
// for "prochain/dernier", else the nearest explicit year before it, else
// the first after it.
int YearFromArticle(const DateExpr& e, const ArticleContext& context) {
  if (context.pseudo_dct && e.rel != Rel::kNone) return YearFromDct(e, *context.pseudo_dct);
  const YearMention* before = nullptr;
  for (const YearMention& m : context.years) {
    if (m.token < e.first) before = &m;
  }
  if (before != nullptr) return before->year;
  return context.years.empty() ? -1 : context.years.front().year;
}

std::string WithYear(const DateExpr& e, int year) {
  std::string y = year > 0 ? dates::FormatYear(year) : "XXXX";
  char buf[32];
  switch (e.gran) {
    case Gran::kDay: {
      const CivilDate d = e.holiday != -1 && year > 0 ? HolidayDate(e.holiday, year)
                                                       : CivilDate{year, e.month, e.day};
      std::snprintf(buf, sizeof buf, "-%02d-%02d", d.month, d.day);
      return y + buf;
    }
    case Gran::kMonth:
      std::snprintf(buf, sizeof buf, "-%02d", e.month);
      return y + buf;
    case Gran::kSeason: return y + "-" + kSeasonCodes[e.season];
    case Gran::kQuarter: return y + "-Q" + std::to_string(e.quarter);
    case Gran::kHalf: return y + "-H" + std::to_string(e.quarter);
    default: return y;
  }
}

// The ISO week of the weekend meant by "ce week-end", "le week-end dernier".
dates::IsoWeek WeekendWeek(const DateExpr& e, CivilDate dct) {
  const long today = dates::DaysFromCivil(dct);
  const int wd = dates::Weekday(dct);
  long week_shift = 0;
  if (e.rel == Rel::kLast) {
    week_shift = -1;
  } else if (e.rel == Rel::kNext) {
    week_shift = wd >= 5 ? 1 : 0;
  } else if (wd < 5) {
    const bool past = e.tense == Tense::kPast || (e.tense == Tense::kUnknown && wd <= 2);
    week_shift = past ? -1 : 0;
  }
  return dates::IsoWeekOf(dates::CivilFromDays(today + 7 * week_shift));
}

std::string WeekdayFromDct(const DateExpr& e, CivilDate dct) {
  const long today = dates::DaysFromCivil(dct);
  const int back = (dates::Weekday(dct) - e.weekday + 7) % 7;
  const int ahead = (e.weekday - dates::Weekday(dct) + 7) % 7;
  long day;
  if (e.rel == Rel::kLast) day = today - (back == 0 ? 7 : back);
  else if (e.rel == Rel::kNext) day = today + (ahead == 0 ? 7 : ahead);
  else if (back == 0) day = today;
  else if (e.tense == Tense::kPast || e.since) day = today - back;
  else if (e.tense == Tense::kFuture) day = today + ahead;
  else day = back <= ahead ? today - back : today + ahead;
  return dates::FormatDay(dates::CivilFromDays(day));
}

// Value of an expression computed from the DCT alone.
std::string ShiftFromDct(const DateExpr& e, CivilDate dct) {
  const long today = dates::DaysFromCivil(dct);
  switch (e.gran) {
    case Gran::kDay: return dates::FormatDay(dates::CivilFromDays(today + e.shift));
    case Gran::kWeek:
      return dates::FormatWeek(dates::IsoWeekOf(dates::CivilFromDays(today + 7L * e.shift)));
    case Gran::kWeekend: return dates::FormatWeek(WeekendWeek(e, dct)) + "-WE";
    case Gran::kMonth: {
      const CivilDate m = dates::AddMonths(dct, e.shift);
      return dates::FormatMonth(m.year, m.month);
    }
    case Gran::kYear: return dates::FormatYear(dct.year + e.shift);
    default: return dates::FormatDay(dct);  // kPresent
  }
}

std::optional<std::string> Resolve(const DateExpr& e, const std::optional<CivilDate>& dct,
                                   const ArticleContext& context) {
  char buf[16];
  if (e.gran == Gran::kDecade) {
    std::snprintf(buf, sizeof buf, "%03dX", e.decade);
    return std::string(buf);
  }
  if (e.gran == Gran::kCentury) {
    std::snprintf(buf, sizeof buf, "%02dXX", e.century);
    return std::string(buf);
  }
  if (e.year > 0) return WithYear(e, e.year);
  if (e.generic) return WithYear(e, -1);
  if (e.gran == Gran::kQuarter || e.gran == Gran::kHalf) {  // "au troisième trimestre"
    if (dct) return WithYear(e, dct->year);
    return WithYear(e, context.years.empty() ? -1 : context.years.back().year);
  }
  const bool weekday_only = e.weekday >= 0 && e.month < 0 && e.holiday == -1;
  if (e.from_dct || weekday_only) {
    if (!dct) return std::nullopt;
    return weekday_only ? WeekdayFromDct(e, *dct) : ShiftFromDct(e, *dct);
  }
  if (dct) return WithYear(e, YearFromDct(e, *dct));
  return WithYear(e, YearFromArticle(e, context));
}

std::optional<CivilDate> ParseDct(const DateOptions& options) {
  if (!options.dct || options.dct->size() < 10) return std::nullopt;
  return dates::ParseIsoDate(std::string_view(*options.dct).substr(0, 10));
}

// Without DCT: collects the article's explicit years, settles the year of
// each weekday + day + month without one (nearest the latest explicit year,
// or the most recent up to options.fallback_year), and takes the first
// such day as pseudo DCT.
ArticleContext ReadArticle(std::vector<DateExpr>* exprs, const DateOptions& options) {
  ArticleContext context;
  int latest = -1;
  for (const DateExpr& e : *exprs) {
    if (e.year > 0 && !e.since) {
      context.years.push_back({e.first, e.year});
      latest = std::max(latest, e.year);
    }
  }
  const bool from_article = latest > 0;
  const int anchor = from_article ? latest : options.fallback_year.value_or(-1);
  if (anchor <= 0) return context;
  bool added = false;
  for (DateExpr& e : *exprs) {
    if (e.year > 0 || e.weekday < 0 || e.day < 1 || e.month < 1) continue;
    const int year = WeekdayYear(e, anchor, !from_article);
    if (year < 0) continue;
    e.year = year;
    e.settled = true;
    context.years.push_back({e.first, year});
    added = true;
    if (!context.pseudo_dct) context.pseudo_dct = CivilDate{year, e.month, e.day};
  }
  if (added) {
    std::sort(context.years.begin(), context.years.end(),
              [](const YearMention& a, const YearMention& b) { return a.token < b.token; });
  }
  return context;
}

}  // namespace

std::vector<DateMention> FindDates(std::string_view text, const DateOptions& options) {
  thread_local dates::TokenStream stream;
  dates::Tokenize(text, &stream);
  const std::vector<DateExpr> exprs = dates::Recognise(stream);
  const std::optional<CivilDate> dct = ParseDct(options);
  std::vector<DateExpr> settled = exprs;  // exprs with weekday-settled years
  ArticleContext context;
  if (!dct) context = ReadArticle(&settled, options);
  std::vector<DateMention> out;
  out.reserve(exprs.size());
  for (const DateExpr& e : settled) {
    std::optional<std::string> value = Resolve(e, dct, context);
    if (!value) continue;
    DateMention m;
    m.span = {stream.tokens[e.first].start, stream.tokens[e.last].end};
    m.value = std::move(*value);
    const bool explicit_year = (e.year > 0 && !e.settled) || e.gran == Gran::kDecade || e.gran == Gran::kCentury;
    m.source = explicit_year ? "explicit" : "relative";
    m.kind = KindName(e.gran);
    m.mod = ModName(e.mod);
    m.since = e.since;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace veille
