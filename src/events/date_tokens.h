// The token stream the date recogniser reads: words folded to lowercase
// ASCII without diacritics ("Août" -> "aout"), digit runs with their value,
// single punctuation marks, each with its byte span and spacing; words of
// the date lexicon carry their class (month, weekday, keyword).
// Thread-safe; the lexicon is built once.
#ifndef VEILLE_EVENTS_DATE_TOKENS_H_
#define VEILLE_EVENTS_DATE_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace veille::dates {

// Words the recogniser knows. kMonth/kWeekday/kNumberWord/kOrdinal/kSeason
// /kHoliday carry an argument (see DateToken::arg).
enum class Word : uint8_t {
  kNone,
  kMonth,       // arg 1..12
  kWeekday,     // arg 0 (lundi) .. 6 (dimanche)
  kNumberWord,  // "deux" -> arg 2
  kOrdinal,     // "troisieme" -> arg 3; "dernier" is kDernier
  kSeason,      // arg 0 printemps, 1 ete, 2 automne, 3 hiver
  kHoliday,     // arg: see date_tokens.cc
  kHier, kDemain, kAujourd, kHui, kAvant, kApres, kMidi,
  kSemaine, kSemaines, kWeek, kEnd, kWeekend, kMois, kAn, kAns, kAnnee, kAnnees,
  kJour, kJours, kTrimestre, kSemestre, kSiecle,
  kCe, kCet, kCette, kLe, kLa, kL, kLes, kDu, kDe, kD, kDes, kAu, kEn, kA,
  kDepuis, kFin, kDebut, kMi, kCourant, kDernier, kProchain, kPasse, kCours,
  kIl, kY, kDans, kPremier, kEr, kSoir, kMatin, kNuit, kCi, kEt, kOu,
  kSaint, kGras, kNouvel, kNouvelle, kDesormais, kJusqu, kVers, kEntre,
  kLendemain, kVeille, kIci, kPar, kChaque, kTous,
};

enum class TokenType : uint8_t { kWord, kNumber, kPunct };

struct DateToken {
  uint32_t start = 0;  // byte span in the text
  uint32_t end = 0;
  TokenType type = TokenType::kPunct;
  Word word = Word::kNone;
  bool space_before = false;    // whitespace between the previous token and this one
  bool newline_before = false;  // a line break among that whitespace
  bool capitalized = false;     // first letter upper case
  bool all_caps = false;        // every letter upper case (and more than one)
  bool accented = false;        // the surface had a diacritic ("à" vs "a")
  uint8_t digits = 0;           // numbers: digit count
  int arg = 0;                  // numbers: value (capped); words: see Word
  std::string_view fold;        // folded form; points into TokenStream::arena
};

struct TokenStream {
  std::vector<DateToken> tokens;
  std::string arena;  // folded text of every word token
};

// The value of a French number word ("deux" -> 2, "vingt" -> 20), 0 when
// `word` (lower case) is none.
int NumberWordValue(std::string_view word);

// Splits `text` into tokens. Punctuation tokens hold one code point; the
// apostrophes ’ and ' fold to "'", dashes to "-". `out` is reused.
void Tokenize(std::string_view text, TokenStream* out);

}  // namespace veille::dates

#endif  // VEILLE_EVENTS_DATE_TOKENS_H_
