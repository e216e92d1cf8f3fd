// The date grammar: a left-to-right scan over tokens that tries, at each
// token not yet consumed, the rule of its head class.
//
//   number   "25/06/2019", "2019-06-25", "25 juin 2019", "les 6 et 13 avril",
//            "1er trimestre", "en 2014" (bare years, with count filters);
//   month    "mai 1999", "octobre 98", "juin prochain", "mi-juillet";
//   weekday  "mardi", "ce mardi", "mardi dernier", "samedi 5 juin";
//   hier/demain/avant-hier/après-demain/aujourd'hui [weekday];
//   unit     "la semaine dernière", "ce mois-ci", "l'an prochain",
//            "l'année 2001", "ce week-end", "il y a trois jours",
//            "dans deux semaines";
//   années/siècle/season/trimestre/holiday/"désormais".
// A rule reads forward from its head and backward over tokens not yet
// consumed (determiners, "ce", "il y a"); ExtendLeft() then takes the
// modifiers "début/mi-/fin (de)" and "depuis". Nothing is resolved here:
// the rule records what the text states (DateExpr) and, for expressions
// that need a year, the tense of the clause. Tested by dates_test.cc.
#include "events/date_grammar.h"

#include <string_view>
#include <utility>

#include "events/date_calendar.h"

namespace veille::dates {
namespace {

class Parser {
 public:
  explicit Parser(const TokenStream& s) : s_(s), t_(s.tokens), n_(s.tokens.size()) {}

  std::vector<DateExpr> Run() {
    for (size_t i = 0; i < n_;) {
      const size_t next = TryAt(i);
      if (next > i) {
        floor_ = next;
        i = next;
      } else {
        ++i;
      }
    }
    return std::move(out_);
  }

 private:
  // ---- token predicates ----
  bool Is(size_t i, Word w) const { return i < n_ && t_[i].word == w; }
  bool IsPunct(size_t i, char c) const {
    return i < n_ && t_[i].type == TokenType::kPunct && t_[i].fold.size() == 1 &&
           t_[i].fold[0] == c;
  }
  bool IsNum(size_t i) const { return i < n_ && t_[i].type == TokenType::kNumber; }
  bool IsWord(size_t i) const { return i < n_ && t_[i].type == TokenType::kWord; }
  bool Glued(size_t i) const { return i < n_ && !t_[i].space_before; }
  // DateToken i-k exists and is not consumed yet.
  bool Free(size_t i, size_t k) const { return i >= k && i - k >= floor_; }
  bool LeftIs(size_t i, size_t k, Word w) const { return Free(i, k) && t_[i - k].word == w; }
  // "l'", "d'", "jusqu'" ending just before token i.
  bool LeftElided(size_t i, Word w) const {
    return Free(i, 2) && IsPunct(i - 1, '\'') && t_[i - 2].word == w;
  }
  bool SentenceStart(size_t i) const {
    if (i == 0 || t_[i].newline_before) return true;
    return t_[i - 1].type == TokenType::kPunct;
  }

  // ---- dispatch ----
  size_t TryAt(size_t i) {
    const DateToken& t = t_[i];
    if (t.type == TokenType::kNumber) return NumberHead(i);
    switch (t.word) {
      case Word::kMonth: return MonthHead(i);
      case Word::kPremier: return IsMonthAt(i + 1) ? MonthHead(i + 1) : QuarterHead(i);
      case Word::kOrdinal: return QuarterHead(i);
      case Word::kWeekday: return WeekdayHead(i);
      case Word::kHier: case Word::kDemain: case Word::kAujourd: case Word::kAvant:
      case Word::kApres: return RelativeDayHead(i);
      case Word::kCe: case Word::kCet: case Word::kCette: return ThisPartOfDayHead(i);
      case Word::kSemaine: case Word::kWeek: case Word::kWeekend: case Word::kMois:
      case Word::kAn: case Word::kAnnee: return UnitHead(i);
      case Word::kJours: case Word::kJour: case Word::kSemaines: case Word::kAns:
      case Word::kAnnees: return t.word == Word::kAnnees && IsNum(i + 1) ? DecadeHead(i)
                                                                          : OffsetHead(i);
      case Word::kSiecle: return CenturyHead(i);
      case Word::kSeason: return SeasonHead(i);
      case Word::kTrimestre: case Word::kSemestre: return QuarterHead(i);
      case Word::kHoliday: case Word::kNouvel: return HolidayHead(i);
      case Word::kDesormais: return Emit(PresentAt(i));
      default: return 0;
    }
  }

  bool IsMonthAt(size_t i) const { return Is(i, Word::kMonth); }

  size_t Emit(DateExpr e) {
    ExtendLeft(&e);
    const size_t end = e.last + 1;
    out_.push_back(e);
    return end;
  }

  DateExpr Make(size_t first, size_t last, Gran gran) const {
    DateExpr e;
    e.first = first;
    e.last = last;
    e.gran = gran;
    return e;
  }

  DateExpr PresentAt(size_t i) const {
    DateExpr e = Make(i, i, Gran::kPresent);
    e.from_dct = true;
    return e;
  }

  // ---- shared pieces ----

  // A day of month at i: "25", "1er", "premier". Sets *end past it.
  bool ParseDay(size_t i, int* day, size_t* end) const {
    if (Is(i, Word::kPremier)) {
      *day = 1;
      *end = i + 1;
      return true;
    }
    if (!IsNum(i) || t_[i].digits > 2 || t_[i].arg < 1 || t_[i].arg > 31) return false;
    if (i > 0 && !t_[i].space_before && t_[i - 1].type == TokenType::kNumber) return false;
    *day = t_[i].arg;
    *end = i + 1;
    if (Is(i + 1, Word::kEr) && Glued(i + 1) && *day == 1) *end = i + 2;
    if (IsPunct(*end, '-') && Glued(*end) && IsMonthAt(*end + 1) && Glued(*end + 1)) ++*end;
    return true;
  }

  // A year right after a month or a day-month: "1999", "98".
  bool ParseYearAfter(size_t i, int* year, size_t* end) const {
    if (!IsNum(i) || !t_[i].space_before) return false;
    const DateToken& t = t_[i];
    if (Glued(i + 1) && (IsWord(i + 1) || IsNum(i + 1))) return false;
    if (t.digits == 4 && t.arg >= 1000 && t.arg <= 2999) {
      *year = t.arg;
    } else if (t.digits == 2) {
      if (IsWord(i + 1) && !t_[i + 1].capitalized) return false;  // "mai 15 personnes"
      if (IsPunct(i + 1, ':') || IsPunct(i + 1, 'h')) return false;
      *year = t.arg <= 40 ? 2000 + t.arg : 1900 + t.arg;
    } else {
      return false;
    }
    *end = i + 1;
    return true;
  }

  // "dernier/passé" or "prochain" at i.
  Rel RelAt(size_t i) const {
    if (Is(i, Word::kDernier) || Is(i, Word::kPasse)) return Rel::kLast;
    if (Is(i, Word::kProchain)) return Rel::kNext;
    return Rel::kNone;
  }

  // "soir", "matin", "après-midi", "midi", "dans la nuit" are absorbed.
  size_t SkipPartOfDay(size_t i) const {
    if (Is(i, Word::kSoir) || Is(i, Word::kMatin) || Is(i, Word::kMidi)) return i + 1;
    if (Is(i, Word::kApres) && IsPunct(i + 1, '-') && Is(i + 2, Word::kMidi)) return i + 3;
    return i;
  }

  // Modifiers left of an expression: "début/mi-/fin (de la/du/des)" then
  // "depuis".
  void ExtendLeft(DateExpr* e) {
    size_t j = e->first;
    size_t k = j;
    if (LeftElided(k, Word::kL)) k -= 2;
    else if (LeftIs(k, 1, Word::kLe) || LeftIs(k, 1, Word::kLa) || LeftIs(k, 1, Word::kLes)) --k;
    if (LeftElided(k, Word::kD)) k -= 2;
    else if (LeftIs(k, 1, Word::kDe) || LeftIs(k, 1, Word::kDu) || LeftIs(k, 1, Word::kDes)) --k;
    if (LeftIs(k, 1, Word::kFin) || LeftIs(k, 1, Word::kDebut)) {
      e->mod = t_[k - 1].word == Word::kFin ? Mod::kEnd : Mod::kStart;
      j = k - 1;
      if (LeftIs(j, 1, Word::kLa) || LeftIs(j, 1, Word::kAu)) --j;
    } else if (k == j && Free(j, 2) && IsPunct(j - 1, '-') && t_[j - 2].word == Word::kMi) {
      e->mod = Mod::kMid;
      j -= 2;
    } else if (k == j && LeftIs(j, 1, Word::kCourant)) {
      j -= 1;
    }
    size_t d = j;
    if (LeftIs(d, 1, Word::kLe) || LeftIs(d, 1, Word::kLa)) --d;
    else if (LeftElided(d, Word::kL)) d -= 2;
    if (LeftIs(d, 1, Word::kDepuis)) e->since = true;
    if (LeftIs(d, 1, Word::kIci) && LeftElided(d - 1, Word::kD)) e->deadline = true;
    e->first = j;
  }

  // ---- numbers ----

  size_t NumberHead(size_t i) {
    if (size_t end = NumericDate(i)) return end;
    if (size_t end = DayMonth(i, -1)) return end;
    if (size_t end = QuarterHead(i)) return end;
    return BareYear(i);
  }

  // "25/06/2019", "25.06.19", "2019-06-25", "06/2019".
  size_t NumericDate(size_t i) {
    const bool sep1 = (IsPunct(i + 1, '/') || IsPunct(i + 1, '.') || IsPunct(i + 1, '-')) &&
                      Glued(i + 1) && IsNum(i + 2) && Glued(i + 2);
    if (!sep1) return 0;
    if (i > 0 && Glued(i) && (IsNum(i - 1) || IsWord(i - 1) || (i > 1 && IsNum(i - 2))))
      return 0;  // inside a longer chain
    const char sep = t_[i + 1].fold[0];
    const bool three = IsPunct(i + 3, sep) && Glued(i + 3) && IsNum(i + 4) && Glued(i + 4);
    if (three && Glued(i + 5) &&
        (IsNum(i + 5) || IsWord(i + 5) || (IsPunct(i + 5, sep) && IsNum(i + 6) && Glued(i + 6))))
      return 0;  // "01.45.67.89.10"
    const DateToken &a = t_[i], &b = t_[i + 2];
    if (three) {
      const DateToken& c = t_[i + 4];
      int y = -1, m = -1, d = -1;
      if (a.digits == 4 && b.digits <= 2 && c.digits <= 2 && sep != '.') {
        y = a.arg, m = b.arg, d = c.arg;
      } else if (a.digits <= 2 && b.digits <= 2 && (c.digits == 4 || c.digits == 2)) {
        d = a.arg, m = b.arg, y = c.digits == 4 ? c.arg : (c.arg <= 40 ? 2000 + c.arg : 1900 + c.arg);
      }
      if (y < 0 || !IsValidDate(y, m, d)) return 0;
      DateExpr e = Make(i, i + 4, Gran::kDay);
      e.year = y, e.month = m, e.day = d;
      return Emit(e);
    }
    if (sep == '/' && a.digits <= 2 && a.arg >= 1 && a.arg <= 12 && b.digits == 4 &&
        b.arg >= 1000 && b.arg <= 2999 && !(Glued(i + 3) && (IsNum(i + 3) || IsNum(i + 4)))) {
      DateExpr e = Make(i, i + 2, Gran::kMonth);
      e.year = b.arg, e.month = a.arg;
      return Emit(e);
    }
    return 0;
  }

  // "25 juin 2019", "le samedi 5 juin", "les 6 et 13 avril prochains",
  // "du 19 au 23 juillet". `weekday_token` is the weekday before the day.
  size_t DayMonth(size_t i, long weekday_token) {
    struct Day { size_t first, last; int day, weekday; };
    Day days[6];
    int count = 0;
    size_t pos = i;
    long wd_tok = weekday_token;
    int misspelt_month = 0;
    while (count < 6) {
      int day;
      size_t end;
      if (!ParseDay(pos, &day, &end)) return 0;
      days[count++] = {wd_tok >= 0 ? static_cast<size_t>(wd_tok) : pos, end - 1, day,
                       wd_tok >= 0 ? t_[wd_tok].arg : -1};
      if (IsMonthAt(end)) { pos = end; break; }
      if (int m = MisspeltMonth(end); m > 0) {
        misspelt_month = m;
        pos = end;
        break;
      }
      // A list connector, then perhaps "le" and a weekday, then a day.
      size_t next = end;
      if (!(IsPunct(next, ',') || Is(next, Word::kEt) || Is(next, Word::kOu) ||
            Is(next, Word::kAu) || Is(next, Word::kA) || IsPunct(next, '-')))
        return 0;
      ++next;
      if (Is(next, Word::kLe)) ++next;
      wd_tok = -1;
      if (Is(next, Word::kWeekday)) wd_tok = static_cast<long>(next++);
      pos = next;
    }
    if (!IsMonthAt(pos) && misspelt_month == 0) return 0;
    const int month = misspelt_month > 0 ? misspelt_month : t_[pos].arg;
    size_t last = pos;
    int year = -1;
    size_t end;
    if (ParseYearAfter(pos + 1, &year, &end)) last = end - 1;
    Rel rel = RelAt(last + 1);
    if (rel != Rel::kNone) ++last;
    for (int k = 0; k < count; ++k) {
      const int max_day = year > 0 ? DaysInMonth(year, month) : DaysInMonth(2000, month);
      if (days[k].day > max_day) return 0;
    }
    const Tense tense = year < 0 ? TenseAround(s_, days[0].first, last, true) : Tense::kUnknown;
    for (int k = 0; k < count; ++k) {
      const bool final_day = k == count - 1;
      DateExpr e = Make(days[k].first, final_day ? last : days[k].last, Gran::kDay);
      e.day = days[k].day, e.month = month, e.year = year, e.weekday = days[k].weekday, e.rel = rel;
      e.tense = tense;
      if (k == 0) {
        ExtendLeft(&e);
      }
      out_.push_back(e);
    }
    return last + 1;
  }

  // A month name with one typo ("décemebre", "fevier") at i, between a day
  // and a four-digit year: its number, else 0.
  int MisspeltMonth(size_t i) const {
    if (!IsWord(i) || t_[i].word != Word::kNone || t_[i].fold.size() < 5) return 0;
    if (!IsNum(i + 1) || t_[i + 1].digits != 4) return 0;
    static constexpr std::string_view kMonths[] = {
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
        "aout", "septembre", "octobre", "novembre", "decembre"};
    for (int m = 0; m < 12; ++m) {
      if (kMonths[m].size() >= 5 && WithinOneEdit(t_[i].fold, kMonths[m])) return m + 1;
    }
    return 0;
  }

  // True when one insertion, deletion or substitution turns a into b.
  static bool WithinOneEdit(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > 1) return false;
    size_t i = 0;
    while (i < a.size() && a[i] == b[i]) ++i;
    if (a.size() == b.size()) return a.substr(i + (i < a.size())) == b.substr(i + (i < b.size()));
    return a.substr(i) == b.substr(i + 1);
  }

  // Words before a bare year that make it one: "en 2014", "depuis 2014".
  bool YearIntroducer(size_t i) const {
    if (!Free(i, 1)) return false;
    const DateToken& p = t_[i - 1];
    switch (p.word) {
      case Word::kEn: case Word::kDepuis: case Word::kDe: case Word::kFin: case Word::kDebut:
      case Word::kVers: case Word::kEntre: case Word::kAvant: case Word::kApres:
      case Word::kSeason: case Word::kAnnee: case Word::kAn: case Word::kMi:
        return true;
      case Word::kDes: return p.accented;  // "dès 2014"
      case Word::kA: return p.accented;    // "de 2010 à 2014"
      case Word::kEt: return i >= 2 && IsNum(i - 2) && t_[i - 2].digits == 4;
      default: break;
    }
    if (IsPunct(i - 1, '\'')) return LeftElided(i, Word::kD) || LeftElided(i, Word::kJusqu);
    if (IsPunct(i - 1, '-')) return i >= 2 && IsNum(i - 2) && t_[i - 2].digits == 4;
    return false;
  }

  // Nouns and units after a number that make it a count, not a year.
  bool CountAfter(size_t i) const {
    if (i >= n_) return false;
    const DateToken& t = t_[i];
    if (t.type == TokenType::kPunct) {
      return t.fold == "%" || t.fold == "\xE2\x82\xAC" || t.fold == "$";
    }
    if (t.type != TokenType::kWord || t.capitalized) return false;
    static constexpr std::string_view kFunction[] = {
        "les", "des", "dans", "sous", "vers", "depuis", "apres", "pas", "plus", "puis", "alors",
        "tous", "lors", "sans", "mais", "jusqu", "pres", "selon", "avons", "etes", "sommes",
        "ses", "leurs", "nos", "vos", "ces", "mes", "tes", "fois"};
    const std::string_view w = t.fold;
    static constexpr std::string_view kUnits[] = {"km", "kg", "m", "t", "ha", "mw", "kw", "mm",
                                                  "cm", "md", "mds", "fcfa", "cfa", "f", "l"};
    for (std::string_view u : kUnits) if (w == u) return true;
    if (w.size() < 3 || (w.back() != 's' && w.back() != 'x')) return false;
    for (std::string_view f : kFunction) if (w == f) return false;
    return true;
  }

  // Words before a number that make it a count or an identifier.
  bool CountBefore(size_t i) const {
    if (i == 0) return false;
    const DateToken& p = t_[i - 1];
    if (p.type == TokenType::kPunct) return p.fold == "\xC2\xB0" || p.fold == "#";
    static constexpr std::string_view kBefore[] = {
        "environ", "quelque", "resolution", "numero", "article", "n", "no", "vol", "route",
        "page", "pages", "rn", "boeing", "airbus", "code", "decret", "loi", "soit", "total"};
    for (std::string_view w : kBefore) if (p.fold == w) return true;
    if ((p.word == Word::kDe || p.word == Word::kD) && i >= 2) {
      const std::string_view q = t_[i - 2].fold;
      return q == "plus" || q == "moins" || q == "pres";
    }
    return false;
  }

  // A year standing alone: "en 2014", "depuis 2014", "ARMY 2019", "(1999)".
  size_t BareYear(size_t i) {
    const DateToken& t = t_[i];
    if (t.digits != 4 || t.arg < 1000 || t.arg > 2100) return 0;
    if (i > 0 && Glued(i) && (IsNum(i - 1) || IsWord(i - 1))) return 0;
    if (Glued(i + 1) && (IsNum(i + 1) || IsWord(i + 1))) return 0;
    if (i > 0 && IsNum(i - 1) && t_[i - 1].digits <= 3) return 0;       // "1 2000"
    if (IsNum(i + 1) && t_[i + 1].digits == 3 && t_[i + 1].space_before) return 0;
    if (i > 1 && Glued(i) && t_[i - 1].type == TokenType::kPunct && IsNum(i - 2) && Glued(i - 1) &&
        !IsPunct(i - 1, '-') && !(IsPunct(i - 1, '/') && t_[i - 2].arg + 1 == t.arg))
      return 0;  // "12/2019", "3,2014"
    if (Glued(i + 1) && t_[i + 1].type == TokenType::kPunct && !IsPunct(i + 1, '-') &&
        IsNum(i + 2) && Glued(i + 2) && !(IsPunct(i + 1, '/') && t_[i + 2].arg == t.arg + 1))
      return 0;  // "2014/12", "2014,5"
    if (CountBefore(i) || CountAfter(i + 1)) return 0;
    if (!YearIntroducer(i) && (t.arg < 1900)) return 0;
    DateExpr e = Make(i, i, Gran::kYear);
    e.year = t.arg;
    return Emit(e);
  }

  // ---- months and weekdays ----

  size_t MonthHead(size_t i) {
    DateExpr e = Make(i, i, Gran::kMonth);
    e.month = t_[i].arg;
    if (LeftIs(i, 1, Word::kPremier)) {
      e.gran = Gran::kDay;
      e.day = 1;
      e.first = i - 1;
      if (LeftIs(i - 1, 1, Word::kWeekday)) e.weekday = t_[--e.first].arg;
    }
    size_t end;
    int year;
    if (ParseYearAfter(i + 1, &year, &end)) {
      e.year = year;
      e.last = end - 1;
    }
    e.rel = RelAt(e.last + 1);
    if (e.rel != Rel::kNone) ++e.last;
    if (e.year < 0 && e.day < 0 && !MonthLooksLikeDate(i)) return 0;
    // "le mois de juin", "au mois d'août".
    if (LeftIs(e.first, 1, Word::kDe) && LeftIs(e.first, 2, Word::kMois)) e.first -= 2;
    else if (LeftElided(e.first, Word::kD) && LeftIs(e.first, 3, Word::kMois)) e.first -= 3;
    if (e.year < 0) e.tense = TenseAround(s_, e.first, e.last, true);
    return Emit(e);
  }

  // A month name alone: lower case, or capitalised at the start of a
  // sentence or after a date word ("en Mars" yes, "la planète Mars" no).
  bool MonthLooksLikeDate(size_t i) const {
    const DateToken& t = t_[i];
    if (!t.capitalized || t.all_caps || SentenceStart(i)) return true;
    if (i == 0) return true;
    const Word w = t_[i - 1].word;
    return w == Word::kEn || w == Word::kDebut || w == Word::kFin || w == Word::kDepuis ||
           (w == Word::kDe && i >= 2 && t_[i - 2].word == Word::kMois) || IsPunct(i - 1, '-');
  }

  size_t WeekdayHead(size_t i) {
    if (Is(i + 1, Word::kSaint) || Is(i + 1, Word::kGras)) return 0;  // "Vendredi saint"
    if (size_t end = DayMonth(i + 1, static_cast<long>(i))) return end;
    DateExpr e = Make(i, i, Gran::kDay);
    e.weekday = t_[i].arg;
    // "le mardi", "chaque mardi", "tous les mardis": habitual, not a date.
    if (LeftIs(i, 1, Word::kLe) || LeftIs(i, 1, Word::kChaque) || LeftIs(i, 1, Word::kLes))
      return 0;
    if (LeftIs(i, 1, Word::kCe)) {
      e.rel = Rel::kThis;
      --e.first;
    }
    e.last = SkipPartOfDay(i + 1) - 1;
    const Rel rel = RelAt(e.last + 1);
    if (rel != Rel::kNone) {
      e.rel = rel;
      ++e.last;
    }
    e.tense = TenseAround(s_, e.first, e.last);
    return Emit(e);
  }

  // ---- relative to the creation date ----

  size_t RelativeDayHead(size_t i) {
    int shift = 0;
    size_t last = i;
    switch (t_[i].word) {
      case Word::kHier: shift = -1; break;
      case Word::kDemain: shift = 1; break;
      case Word::kAvant:
      case Word::kApres: {
        const bool hier = t_[i].word == Word::kAvant;
        if (!IsPunct(i + 1, '-') || !Is(i + 2, hier ? Word::kHier : Word::kDemain)) return 0;
        shift = hier ? -2 : 2;
        last = i + 2;
        break;
      }
      default:  // aujourd'hui
        if (!IsPunct(i + 1, '\'') || !Is(i + 2, Word::kHui)) return 0;
        last = i + 2;
        if (Is(last + 1, Word::kWeekday)) {
          ++last;
          int day;
          size_t end;
          if (ParseDay(last + 1, &day, &end) && IsMonthAt(end)) {
            last = end;
            int year;
            if (ParseYearAfter(end + 1, &year, &end)) last = end - 1;
          }
        }
    }
    DateExpr e = Make(i, SkipPartOfDay(last + 1) - 1, Gran::kDay);
    e.from_dct = true;
    e.shift = shift;
    return Emit(e);
  }

  // "ce matin", "ce soir", "cet après-midi", "cette nuit": the creation day.
  // "ce midi" is left alone (rare, and "ce Midi" names a region).
  size_t ThisPartOfDayHead(size_t i) {
    size_t end;
    if (t_[i].word == Word::kCette) {
      if (!Is(i + 1, Word::kNuit)) return 0;
      end = i + 2;
    } else {
      if (Is(i + 1, Word::kMidi)) return 0;
      end = SkipPartOfDay(i + 1);
      if (end == i + 1) return 0;
    }
    if (IsPunct(end, '-')) return 0;  // "ce matin-là": a morning of the story, not today
    DateExpr e = Make(i, end - 1, Gran::kDay);
    e.from_dct = true;
    return Emit(e);
  }

  // "la semaine dernière", "ce mois-ci", "l'an prochain", "l'année 2001",
  // "cette année", "la fin de l'année", "ce week-end", "la nouvelle année".
  size_t UnitHead(size_t i) {
    Gran gran;
    size_t last = i;
    switch (t_[i].word) {
      case Word::kSemaine: gran = Gran::kWeek; break;
      case Word::kWeekend: gran = Gran::kWeekend; break;
      case Word::kWeek:
        if (!IsPunct(i + 1, '-') || !Is(i + 2, Word::kEnd)) return 0;
        gran = Gran::kWeekend;
        last = i + 2;
        break;
      case Word::kMois: gran = Gran::kMonth; break;
      default: gran = Gran::kYear; break;
    }
    if (gran == Gran::kYear) {
      int year;
      size_t end;
      if (IsNum(i + 1) && t_[i + 1].digits == 4 && ParseYearAfter(i + 1, &year, &end) &&
          (LeftElided(i, Word::kL) || LeftIs(i, 1, Word::kLa))) {
        DateExpr e = Make(i - (LeftIs(i, 1, Word::kLa) ? 1 : 2), i + 1, Gran::kYear);
        e.year = year;
        return Emit(e);
      }
    }
    if (size_t end = OffsetHead(i)) return end;
    Rel rel = Rel::kNone;
    size_t first = i;
    if (LeftIs(i, 1, Word::kCe) || LeftIs(i, 1, Word::kCet) || LeftIs(i, 1, Word::kCette)) {
      rel = Rel::kThis;
      first = i - 1;
    } else if (LeftIs(i, 1, Word::kNouvelle) && LeftIs(i, 2, Word::kLa) && gran == Gran::kYear) {
      rel = Rel::kThis;
      first = i - 2;
    } else if (LeftIs(i, 1, Word::kLe) || LeftIs(i, 1, Word::kLa)) {
      first = i - 1;
    } else if (LeftElided(i, Word::kL)) {
      first = i - 2;
    } else {
      return 0;
    }
    if (IsPunct(last + 1, '-') && Is(last + 2, Word::kCi)) {
      if (rel != Rel::kThis) return 0;
      last += 2;
    } else if (Is(last + 1, Word::kEn) && Is(last + 2, Word::kCours)) {
      rel = Rel::kThis;
      last += 2;
    } else if (Rel r = RelAt(last + 1); r != Rel::kNone && rel == Rel::kNone) {
      rel = r;
      last += 1;
    }
    if (rel == Rel::kNone) {
      // "la fin de l'année": the modifier makes it this year.
      const bool modified = first >= 2 && (LeftIs(first, 1, Word::kDe) || LeftIs(first, 1, Word::kDu)) &&
                            (LeftIs(first, 2, Word::kFin) || LeftIs(first, 2, Word::kDebut));
      if (!modified || gran != Gran::kYear) return 0;
      rel = Rel::kThis;
    }
    DateExpr e = Make(first, last, gran);
    e.from_dct = true;
    e.shift = rel == Rel::kLast ? -1 : rel == Rel::kNext ? 1 : 0;
    e.rel = rel;
    if (gran == Gran::kWeekend) e.tense = TenseAround(s_, first, last);
    return Emit(e);
  }

  // A count at i: "3", "trois", "une".
  bool CountAt(size_t i, int* n) const {
    if (i < n_ && IsNum(i) && t_[i].digits <= 3 && t_[i].arg > 0) {
      *n = t_[i].arg;
      return true;
    }
    if (Is(i, Word::kNumberWord)) {
      *n = t_[i].arg;
      return true;
    }
    return false;
  }

  // "il y a trois jours", "dans deux semaines", "il y a un an".
  size_t OffsetHead(size_t i) {
    int n;
    if (!Free(i, 1) || !CountAt(i - 1, &n)) return 0;
    int sign = 0;
    size_t first = i - 1;
    if (LeftIs(i - 1, 1, Word::kDans)) {
      sign = 1;
      first = i - 2;
    } else if (LeftIs(i - 1, 1, Word::kA) && LeftIs(i - 1, 2, Word::kY) &&
               LeftIs(i - 1, 3, Word::kIl) && !t_[i - 2].accented) {
      sign = -1;
      first = i - 4;
    } else {
      return 0;
    }
    // "dans un jour de grande forme", "il y a deux ans de cela" (kept).
    if (sign > 0 && (Is(i + 1, Word::kDe) || (Is(i + 1, Word::kD) && IsPunct(i + 2, '\''))))
      return 0;
    DateExpr e = Make(first, i, Gran::kDay);
    e.from_dct = true;
    switch (t_[i].word) {
      case Word::kJour: case Word::kJours: e.shift = sign * n; break;
      case Word::kSemaine: case Word::kSemaines: e.shift = sign * 7 * n; break;
      case Word::kMois: e.gran = Gran::kMonth; e.shift = sign * n; break;
      default: e.gran = Gran::kYear; e.shift = sign * n; break;
    }
    return Emit(e);
  }

  // "les années 60", "les années 1990", "début des années 2000".
  size_t DecadeHead(size_t i) {
    const DateToken& t = t_[i + 1];
    int decade;
    if (t.digits == 2 && t.arg % 10 == 0) decade = 190 + t.arg / 10;
    else if (t.digits == 4 && t.arg % 10 == 0 && t.arg >= 1000) decade = t.arg / 10;
    else return 0;
    DateExpr e = Make(i, i + 1, Gran::kDecade);
    if (LeftIs(i, 1, Word::kLes)) e.first = i - 1;
    e.decade = decade;
    return Emit(e);
  }

  // Roman or arabic ordinal before "siècle": "XIXe", "xxᵉ", "21e".
  size_t CenturyHead(size_t i) {
    if (!Free(i, 1)) return 0;
    int n = 0;
    size_t first = i - 1;
    if (IsWord(i - 1)) {
      n = RomanOrdinal(t_[i - 1].fold);
      if (n == 0 && Free(i, 2) && IsNum(i - 2) && Glued(i - 1) &&
          (t_[i - 1].fold == "e" || t_[i - 1].fold == "eme")) {
        n = t_[i - 2].arg;
        first = i - 2;
      }
    }
    if (n < 1 || n > 30) return 0;
    DateExpr e = Make(first, i, Gran::kCentury);
    e.century = n - 1;
    return Emit(e);
  }

  static int RomanOrdinal(std::string_view w) {
    if (w.size() >= 4 && w.substr(w.size() - 3) == "eme") w.remove_suffix(3);
    else if (w.size() >= 5 && w.substr(w.size() - 4) == "ieme") w.remove_suffix(4);
    else if (!w.empty() && w.back() == 'e') w.remove_suffix(1);
    else return 0;
    int value = 0, prev = 0;
    for (auto it = w.rbegin(); it != w.rend(); ++it) {
      const int v = *it == 'i' ? 1 : *it == 'v' ? 5 : *it == 'x' ? 10 : 0;
      if (v == 0) return 0;
      value += v < prev ? -v : v;
      prev = v > prev ? v : prev;
    }
    return value;
  }

  // "l'été 2019", "cet hiver", "l'automne prochain", "les mois d'été".
  size_t SeasonHead(size_t i) {
    DateExpr e = Make(i, i, Gran::kSeason);
    e.season = t_[i].arg;
    int year;
    size_t end;
    if (ParseYearAfter(i + 1, &year, &end) && t_[i + 1].digits == 4) {
      e.year = year;
      e.last = i + 1;
    } else if (Rel r = RelAt(i + 1); r != Rel::kNone) {
      e.rel = r;
      e.last = i + 1;
    }
    // "le printemps de l'environnement", "Printemps de Bourges": a name.
    if (e.year < 0 && e.rel == Rel::kNone &&
        (Is(i + 1, Word::kDe) || Is(i + 1, Word::kDu) || Is(i + 1, Word::kDes) ||
         (Is(i + 1, Word::kD) && IsPunct(i + 2, '\''))))
      return 0;
    const bool this_one = LeftIs(i, 1, Word::kCe) || LeftIs(i, 1, Word::kCet);
    const bool article = LeftElided(i, Word::kL) || LeftIs(i, 1, Word::kEn) ||
                         LeftIs(i, 1, Word::kAu) || LeftIs(i, 1, Word::kLe);
    const bool of = LeftElided(i, Word::kD) || LeftIs(i, 1, Word::kDe);
    // "été" is also the participle of "être": only after a determiner.
    if (e.season == 1 && !this_one && !article && !of && e.year < 0) return 0;
    if (this_one) {
      e.rel = Rel::kThis;
      --e.first;
    }
    // "en été", "les mois d'été": habitual, no particular year.
    e.generic = (of || LeftIs(i, 1, Word::kEn)) && e.year < 0 && e.rel == Rel::kNone;
    return Emit(e);
  }

  // "le premier trimestre 2019", "au 3e trimestre", "le second semestre".
  size_t QuarterHead(size_t i) {
    size_t unit = i;
    int n = 0;
    size_t first = i;
    if (Is(i, Word::kTrimestre) || Is(i, Word::kSemestre)) return 0;  // needs an ordinal
    if (Is(i, Word::kPremier)) n = 1, unit = i + 1;
    else if (Is(i, Word::kOrdinal)) n = t_[i].arg, unit = i + 1;
    else if (IsNum(i) && t_[i].digits == 1 && IsWord(i + 1) && Glued(i + 1) &&
             (t_[i + 1].fold == "er" || t_[i + 1].fold == "e" || t_[i + 1].fold == "eme"))
      n = t_[i].arg, unit = i + 2;
    const bool half = Is(unit, Word::kSemestre);
    if (!half && !Is(unit, Word::kTrimestre)) return 0;
    if (n < 1 || n > (half ? 2 : 4)) return 0;
    DateExpr e = Make(first, unit, half ? Gran::kHalf : Gran::kQuarter);
    e.quarter = n;
    int year;
    size_t end;
    if (ParseYearAfter(unit + 1, &year, &end) && t_[unit + 1].digits == 4) {
      e.year = year;
      e.last = unit + 1;
    }
    return Emit(e);
  }

  // "Noël", "Pâques 2019", "la Pentecôte", "la Saint-Sylvestre", "le Nouvel An".
  size_t HolidayHead(size_t i) {
    DateExpr e = Make(i, i, Gran::kDay);
    if (Is(i, Word::kNouvel)) {
      if (!Is(i + 1, Word::kAn)) return 0;
      e.holiday = -2;  // new year's day
      e.month = 1, e.day = 1;
      e.last = i + 1;
    } else {
      e.holiday = t_[i].arg;
      if (e.holiday == kAscension && !t_[i].capitalized) return 0;
      // "Noël Mamère", "le père Noël": a name, not the day.
      if (IsWord(i + 1) && t_[i + 1].capitalized && !Glued(i + 1)) return 0;
      if (i > 0 && t_[i - 1].fold == "pere") return 0;
      if (e.holiday == kSylvestre) {
        if (!Free(i, 2) || !IsPunct(i - 1, '-') || t_[i - 2].word != Word::kSaint) return 0;
        e.first = i - 2;
      }
    }
    int year;
    size_t end;
    if (ParseYearAfter(e.last + 1, &year, &end) && t_[e.last + 1].digits == 4) {
      e.year = year;
      e.last = e.last + 1;
    } else if (Rel r = RelAt(e.last + 1); r != Rel::kNone) {
      e.rel = r;
      ++e.last;
    }
    if (e.year < 0) e.tense = TenseAround(s_, e.first, e.last, true);
    return Emit(e);
  }

  const TokenStream& s_;
  const std::vector<DateToken>& t_;
  const size_t n_;
  size_t floor_ = 0;
  std::vector<DateExpr> out_;
};

}  // namespace

std::vector<DateExpr> Recognise(const TokenStream& stream) { return Parser(stream).Run(); }

}  // namespace veille::dates
