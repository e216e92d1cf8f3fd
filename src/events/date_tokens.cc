// Tokenizer for the date recogniser. One pass over the bytes: ASCII is
// classified by table; other code points are decoded and classified as
// space, apostrophe, dash, other punctuation or letter, and letters of
// Latin-1 and "œ" are folded to ASCII. A folded word of at most 12 bytes
// whose first byte and length some lexicon word has is hashed once, and
// costs one probe of the date lexicon's open-addressing table. Runs of ASCII
// letters are crossed, folded and counted 8 bytes at a time
// (actors/ascii8.h). Tested by dates_test.cc.
#include "events/date_tokens.h"

#include <bit>
#include <cstring>

#include "actors/ascii8.h"
#include "base/utf8.h"

namespace veille::dates {
namespace {

struct LexEntry {
  Word word;
  int arg;
};

constexpr size_t kMaxLexWord = 12;

// Hash of a folded word of 1 to kMaxLexWord bytes: its length and its
// first and last (up to) eight bytes, or three of its bytes when it is
// shorter than four, one multiply. No loop and no chain of multiplies per
// byte, as a byte-at-a-time hash (FNV) would have, and only fixed-size
// loads.
inline uint32_t LexHash(std::string_view w) {
  const size_t n = w.size();
  const char* p = w.data();
  uint64_t head, tail;
  if (n >= 8) {
    std::memcpy(&head, p, 8);
    std::memcpy(&tail, p + n - 8, 8);
  } else if (n >= 4) {
    uint32_t h4, t4;
    std::memcpy(&h4, p, 4);
    std::memcpy(&t4, p + n - 4, 4);
    head = h4;
    tail = t4;
  } else {
    head = uint64_t{static_cast<unsigned char>(p[0])} | uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 |
           uint64_t{static_cast<unsigned char>(p[n - 1])} << 16;
    tail = 0;
  }
  const uint64_t x = (head ^ std::rotl(tail, 29) ^ n) * 0x9E3779B97F4A7C15u;
  return static_cast<uint32_t>(x >> 32);  // the high half, which the multiply mixes best
}

// Open-addressing table of the date lexicon: one probe per word in the
// common case, no allocation, the hash already computed by the tokenizer.
class Lexicon {
 public:
  LexEntry& operator[](std::string_view key) {
    const uint32_t h = LexHash(key);
    for (size_t i = h & kMask;; i = (i + 1) & kMask) {
      Slot& s = slots_[i];
      if (s.len == 0) {
        lengths_[static_cast<unsigned char>(key[0])] |= uint16_t{1} << key.size();
        s.hash = h;
        s.len = static_cast<uint8_t>(key.size());
        key.copy(s.key, key.size());
        return s.entry;
      }
      if (s.hash == h && std::string_view(s.key, s.len) == key) return s.entry;
    }
  }

  // Whether some word of the lexicon has the first byte and the length of
  // `key` (1 to kMaxLexWord bytes): one load rejects most words of a text,
  // before they are hashed.
  bool MayHave(std::string_view key) const {
    return lengths_[static_cast<unsigned char>(key[0])] >> key.size() & 1;
  }

  const LexEntry* Find(std::string_view key, uint32_t h) const {
    for (size_t i = h & kMask;; i = (i + 1) & kMask) {
      const Slot& s = slots_[i];
      if (s.len == 0) return nullptr;
      if (s.hash == h && s.len == key.size() && Same(s.key, key)) return &s.entry;
    }
  }

 private:
  static bool Same(const char* a, std::string_view b) {
    for (size_t i = 0; i < b.size(); ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }

  static constexpr size_t kMask = 511;  // ~150 entries: load below one third
  struct Slot {
    uint32_t hash = 0;
    uint8_t len = 0;
    char key[kMaxLexWord] = {};
    LexEntry entry{Word::kNone, 0};
  };
  Slot slots_[kMask + 1];
  uint16_t lengths_[256] = {};  // by first byte: bit n set for a word of n bytes
};

void AddNamed(Lexicon& lex) {
  static constexpr std::string_view kMonths[] = {
      "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
      "aout", "septembre", "octobre", "novembre", "decembre"};
  for (int m = 0; m < 12; ++m) lex[kMonths[m]] = {Word::kMonth, m + 1};
  static constexpr std::string_view kDays[] = {"lundi", "mardi", "mercredi", "jeudi",
                                               "vendredi", "samedi", "dimanche"};
  for (int d = 0; d < 7; ++d) lex[kDays[d]] = {Word::kWeekday, d};
  static constexpr std::string_view kSeasons[] = {"printemps", "ete", "automne", "hiver"};
  for (int s = 0; s < 4; ++s) lex[kSeasons[s]] = {Word::kSeason, s};
  // Holidays; the argument is resolved in dates.cc (kHoliday*).
  static constexpr std::string_view kHolidays[] = {"noel", "paques", "pentecote", "ascension",
                                                   "toussaint", "sylvestre"};
  for (int h = 0; h < 6; ++h) lex[kHolidays[h]] = {Word::kHoliday, h};
}

void AddNumbers(Lexicon& lex) {
  static constexpr std::pair<std::string_view, int> kNumbers[] = {
      {"un", 1},       {"une", 1},      {"deux", 2},     {"trois", 3},  {"quatre", 4},
      {"cinq", 5},     {"six", 6},      {"sept", 7},     {"huit", 8},   {"neuf", 9},
      {"dix", 10},     {"onze", 11},    {"douze", 12},   {"treize", 13}, {"quatorze", 14},
      {"quinze", 15},  {"seize", 16},   {"vingt", 20},   {"trente", 30}, {"quarante", 40},
      {"cinquante", 50}, {"soixante", 60}, {"cent", 100}};
  for (const auto& [name, value] : kNumbers) {
    lex[name] = {Word::kNumberWord, value};
  }
  static constexpr std::pair<std::string_view, int> kOrdinals[] = {
      {"deuxieme", 2}, {"second", 2}, {"seconde", 2}, {"troisieme", 3}, {"quatrieme", 4},
      {"premiere", 1}};
  for (const auto& [name, value] : kOrdinals) lex[name] = {Word::kOrdinal, value};
}

void AddKeywords(Lexicon& lex) {
  static constexpr std::pair<std::string_view, Word> kWords[] = {
      {"hier", Word::kHier}, {"demain", Word::kDemain}, {"aujourd", Word::kAujourd},
      {"hui", Word::kHui}, {"avant", Word::kAvant}, {"apres", Word::kApres},
      {"midi", Word::kMidi}, {"semaine", Word::kSemaine}, {"semaines", Word::kSemaines},
      {"week", Word::kWeek}, {"end", Word::kEnd}, {"weekend", Word::kWeekend},
      {"mois", Word::kMois}, {"an", Word::kAn}, {"ans", Word::kAns}, {"annee", Word::kAnnee},
      {"annees", Word::kAnnees}, {"jour", Word::kJour}, {"jours", Word::kJours},
      {"trimestre", Word::kTrimestre}, {"semestre", Word::kSemestre},
      {"siecle", Word::kSiecle}, {"ce", Word::kCe}, {"cet", Word::kCet},
      {"cette", Word::kCette}, {"le", Word::kLe}, {"la", Word::kLa}, {"l", Word::kL},
      {"les", Word::kLes}, {"du", Word::kDu}, {"de", Word::kDe}, {"d", Word::kD},
      {"des", Word::kDes}, {"au", Word::kAu}, {"en", Word::kEn}, {"a", Word::kA},
      {"depuis", Word::kDepuis}, {"fin", Word::kFin}, {"debut", Word::kDebut},
      {"mi", Word::kMi}, {"courant", Word::kCourant}, {"dernier", Word::kDernier},
      {"derniere", Word::kDernier}, {"derniers", Word::kDernier},
      {"dernieres", Word::kDernier}, {"prochain", Word::kProchain},
      {"prochaine", Word::kProchain}, {"prochains", Word::kProchain},
      {"prochaines", Word::kProchain}, {"passe", Word::kPasse}, {"passee", Word::kPasse},
      {"cours", Word::kCours}, {"il", Word::kIl}, {"y", Word::kY}, {"dans", Word::kDans},
      {"premier", Word::kPremier}, {"er", Word::kEr}, {"soir", Word::kSoir},
      {"matin", Word::kMatin}, {"nuit", Word::kNuit}, {"ci", Word::kCi}, {"et", Word::kEt},
      {"ou", Word::kOu}, {"saint", Word::kSaint}, {"gras", Word::kGras},
      {"nouvel", Word::kNouvel}, {"nouvelle", Word::kNouvelle},
      {"desormais", Word::kDesormais}, {"jusqu", Word::kJusqu}, {"vers", Word::kVers},
      {"entre", Word::kEntre}, {"lendemain", Word::kLendemain}, {"ici", Word::kIci}, {"veille", Word::kVeille},
      {"par", Word::kPar}, {"chaque", Word::kChaque}, {"tous", Word::kTous},
      {"toutes", Word::kTous}};
  for (const auto& [name, word] : kWords) lex[name] = {word, 0};
}

const Lexicon& GetLexicon() {
  static const Lexicon* lexicon = [] {
    auto* lex = new Lexicon();
    AddNamed(*lex);
    AddNumbers(*lex);
    AddKeywords(*lex);
    return lex;
  }();
  return *lexicon;
}

enum class CharClass : uint8_t { kSpace, kNewline, kLetter, kDigit, kApostrophe, kDash, kPunct };

// Folds a Latin-1 letter U+00C0..U+00FF to lowercase ASCII; 0 if none.
char FoldLatin1(char32_t cp) {
  static constexpr char kFold[] =
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"   // U+00C0..U+00DF
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";  // U+00E0..U+00FF
  return kFold[cp - 0xC0];
}

constexpr CharClass ClassifyAscii(unsigned char c) {
  if (c == '\n' || c == '\r') return CharClass::kNewline;
  if (c == ' ' || c == '\t' || c == '\f' || c == '\v') return CharClass::kSpace;
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return CharClass::kLetter;
  if (c == '\'') return CharClass::kApostrophe;
  if (c == '-') return CharClass::kDash;
  return CharClass::kPunct;
}

struct AsciiTable {
  CharClass cls[128];
  constexpr AsciiTable() : cls() {
    for (int c = 0; c < 128; ++c) cls[c] = ClassifyAscii(static_cast<unsigned char>(c));
  }
};
constexpr AsciiTable kAscii;

CharClass Classify(char32_t cp) {
  if (cp < 0x80) return kAscii.cls[cp];
  if (cp == 0xA0 || cp == 0x202F || (cp >= 0x2000 && cp <= 0x200B)) return CharClass::kSpace;
  if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) return CharClass::kApostrophe;
  if (cp >= 0x2010 && cp <= 0x2014) return CharClass::kDash;
  if (cp == 0xD7 || cp == 0xF7) return CharClass::kPunct;
  if (cp < 0xC0 || (cp >= 0x2000 && cp <= 0x2BFF) || cp == 0xFFFD) return CharClass::kPunct;
  return CharClass::kLetter;
}

// The tokenizer writes folded text into TokenStream::arena, sized once to
// the text (folding never lengthens: "é" 2 bytes -> "e", "œ" -> "oe"), so
// the views tokens hold stay valid.
class Tokenizer {
 public:
  Tokenizer(std::string_view text, TokenStream* out)
      : text_(text), out_(out), lexicon_(GetLexicon()) {
    out_->arena.resize(text.size() + 1);
    fold_ = out_->arena.data();
  }

  void Run() {
    const size_t n = text_.size();
    size_t pos = 0;
    while (pos < n) {
      const unsigned char c = static_cast<unsigned char>(text_[pos]);
      size_t next = pos + 1;
      CharClass cls;
      if (c < 0x80) {
        cls = kAscii.cls[c];
      } else {
        next = pos;
        cls = Classify(DecodeUtf8(text_, &next));
      }
      switch (cls) {
        case CharClass::kSpace: space_ = true; pos = next; break;
        case CharClass::kNewline: space_ = newline_ = true; pos = next; break;
        case CharClass::kDigit: pos = Number(pos); break;
        case CharClass::kLetter: pos = WordAt(pos); break;
        default: Punct(pos, next, cls); pos = next; break;
      }
    }
    out_->arena.resize(used_);  // shrinking keeps the buffer
  }

 private:
  DateToken& Push(size_t start, size_t end, TokenType type) {
    DateToken& t = out_->tokens.emplace_back();
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    t.type = type;
    t.space_before = space_;
    t.newline_before = newline_;
    space_ = newline_ = false;
    return t;
  }

  size_t Number(size_t start) {
    size_t pos = start;
    int value = 0;
    int digits = 0;
    while (pos < text_.size() && text_[pos] >= '0' && text_[pos] <= '9') {
      if (value < 100000000) value = value * 10 + (text_[pos] - '0');
      ++digits;
      ++pos;
    }
    DateToken& t = Push(start, pos, TokenType::kNumber);
    t.arg = value;
    t.digits = static_cast<uint8_t>(digits > 255 ? 255 : digits);
    return pos;
  }

  // Folds the non-ASCII letter `cp` (bytes text_[pos, next)) into the arena
  // at `used`; returns the new end.
  size_t FoldWide(char32_t cp, size_t pos, size_t next, size_t used, bool* upper) {
    *upper = false;
    if (cp >= 0xC0 && cp <= 0xFF && FoldLatin1(cp) != 0) {
      *upper = cp < 0xE0;
      fold_[used++] = FoldLatin1(cp);
    } else if (cp == 0x152 || cp == 0x153) {
      *upper = cp == 0x152;
      fold_[used++] = 'o';
      fold_[used++] = 'e';
    } else {  // kept as is: matches no lexicon entry
      for (size_t k = pos; k < next; ++k) fold_[used++] = text_[k];
    }
    return used;
  }

  size_t WordAt(size_t start) {
    // Locals, not members, in the hot loop: stores through `char*` would
    // otherwise force the compiler to reload every member.
    const char* const text = text_.data();
    const size_t n = text_.size();
    char* const fold = fold_;
    size_t used = used_;
    const size_t fold_start = used;
    size_t pos = start;
    bool capitalized = false, accented = false;
    int letters = 0, uppers = 0;
    while (pos < n) {
      const unsigned char c = static_cast<unsigned char>(text[pos]);
      bool upper;
      if (c < 0x80 && pos + 8 <= n) {
        // Up to 8 ASCII letters at once. The 8 bytes are stored folded
        // whatever follows the letters: the arena holds text.size() + 1
        // bytes and `used` <= `pos`, and the bytes past the word are
        // written over by the next token or cut by Run().
        const uint64_t x = ascii8::Load(text + pos);
        const uint64_t up = ascii8::InRange(x, 'A', 'Z');
        const unsigned len = ascii8::LeadingBytes(up | ascii8::InRange(x, 'a', 'z'));
        if (len == 0) break;  // an ASCII byte that is no letter
        ascii8::Store(fold + used, x | 0x2020202020202020u);
        const uint64_t in_word = len == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * len)) - 1;
        if (letters == 0) capitalized = up & 0x80;
        letters += static_cast<int>(len);
        uppers += static_cast<int>(ascii8::CountMarked(up & in_word));
        used += len;
        pos += len;
        // The letters end inside these 8 bytes: at an ASCII byte, the word
        // ends; at a non-ASCII one, the loop goes on to decode it.
        if (len < 8 && static_cast<unsigned char>(text[pos]) < 0x80) break;
        continue;
      }
      if (c < 0x80) {
        if (kAscii.cls[c] != CharClass::kLetter) break;
        const unsigned char f = c | 0x20;
        fold[used++] = static_cast<char>(f);
        upper = c < 'a';
        ++pos;
      } else {
        size_t next = pos;
        const char32_t cp = DecodeUtf8(text_, &next);
        if (Classify(cp) != CharClass::kLetter) break;
        used = FoldWide(cp, pos, next, used, &upper);
        accented = true;
        pos = next;
      }
      if (letters == 0) capitalized = upper;
      ++letters;
      uppers += upper ? 1 : 0;
    }
    used_ = used;
    DateToken& t = Push(start, pos, TokenType::kWord);
    t.capitalized = capitalized;
    t.all_caps = letters > 1 && uppers == letters;
    t.accented = accented;
    t.fold = std::string_view(fold + fold_start, used - fold_start);
    if (t.fold.size() <= kMaxLexWord && lexicon_.MayHave(t.fold)) {
      if (const LexEntry* e = lexicon_.Find(t.fold, LexHash(t.fold))) {
        t.word = e->word;
        t.arg = e->arg;
      }
    }
    return pos;
  }

  void Punct(size_t start, size_t end, CharClass cls) {
    DateToken& t = Push(start, end, TokenType::kPunct);
    const size_t fold_start = used_;
    if (cls == CharClass::kApostrophe) {
      fold_[used_++] = '\'';
    } else if (cls == CharClass::kDash) {
      fold_[used_++] = '-';
    } else {
      for (size_t k = start; k < end; ++k) fold_[used_++] = text_[k];
    }
    t.fold = std::string_view(fold_ + fold_start, used_ - fold_start);
  }

  std::string_view text_;
  TokenStream* out_;
  const Lexicon& lexicon_;
  char* fold_;
  size_t used_ = 0;
  bool space_ = false;
  bool newline_ = false;
};

}  // namespace

int NumberWordValue(std::string_view word) {
  if (word.empty() || word.size() > kMaxLexWord) return 0;
  const LexEntry* e = GetLexicon().Find(word, LexHash(word));
  return e && e->word == Word::kNumberWord ? e->arg : 0;
}

void Tokenize(std::string_view text, TokenStream* out) {
  out->tokens.clear();
  out->arena.clear();
  out->tokens.reserve(text.size() / 4 + 8);
  Tokenizer(text, out).Run();
}

}  // namespace veille::dates
