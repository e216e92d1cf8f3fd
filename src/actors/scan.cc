// First pass of the resolver: matcher hits -> items, text -> tokens.
//
// Hits whose case does not agree with their form are dropped (an acronym
// must be in capitals, a proper name must keep its capital). Complements
// ("de la défense") are kept apart, indexed by where they start, because
// they only mean something right after a role head; every other hit
// competes for its span, leftmost-longest, and all readings of the winning
// span are kept on one item.
//
// The tokenizer crosses ASCII letters 8 bytes at a time (actors/ascii8.h)
// and classifies other code points below U+0800 from a table made once with
// ICU; TokenizeSlow() is the plain per-code-point version it is tested
// against.
// Tested by scan_test.cc and through resolver_test.cc.
#include "actors/scan.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#include "actors/ascii8.h"
#include "base/utf8.h"

namespace veille {
namespace {

// Character classes of the tokenizer and the case checks.
enum : uint8_t {
  kWord = 1,     // letter or digit
  kLower = 2,    // lower-case letter
  kCapital = 4,  // upper- or title-case letter
};

uint8_t ClassOf(char32_t cp) {
  bool word = cp < 0x80 ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                        : u_isalnum(cp);
  return (word ? kWord : 0) | (u_islower(cp) ? kLower : 0) | (u_isupper(cp) || u_istitle(cp) ? kCapital : 0);
}

// The class of every code point below U+0800 (ASCII, Latin, Cyrillic: all
// but a few words of the texts), asked of ICU once instead of per character.
using ClassTable = std::array<uint8_t, 0x800>;

const ClassTable& Classes() {
  static const ClassTable table = [] {
    ClassTable t{};
    for (char32_t cp = 0; cp < t.size(); ++cp) t[cp] = ClassOf(cp);
    return t;
  }();
  return table;
}

// The class of the code point at text[i] and its length in bytes.
// Precondition: i < text.size(). Returned by value, not through a pointer,
// so that the tokenizer's offsets stay in registers.
struct CharClass {
  uint8_t bits;
  uint8_t len;
};

inline CharClass ClassAt(const ClassTable& table, std::string_view text, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  if (p[i] < 0x80) return {table[p[i]], 1};
  if (p[i] >= 0xC2 && p[i] < 0xE0 && i + 1 < text.size() && (p[i + 1] & 0xC0) == 0x80)
    return {table[((p[i] & 0x1F) << 6) | (p[i + 1] & 0x3F)], 2};
  size_t next = i;
  uint8_t bits = ClassOf(DecodeUtf8(text, &next));
  return {bits, static_cast<uint8_t>(next - i)};
}

bool CaseAgrees(const Form& form, std::string_view text, const FoldedText& folded, const LiteralHit& hit) {
  const ClassTable& table = Classes();
  switch (form.case_rule) {
    case CaseRule::kAny:
      return true;
    case CaseRule::kInitial: {
      size_t at = hit.start + form.initial_offset;
      if (at >= hit.end) return false;
      return ClassAt(table, text, folded.OriginalStart(at)).bits & kCapital;
    }
    case CaseRule::kAll: {
      size_t pos = folded.OriginalStart(hit.start);
      size_t end = folded.OriginalEnd(hit.end);
      while (pos < end) {
        CharClass c = ClassAt(table, text, pos);
        if (c.bits & kLower) return false;
        pos += c.len;
      }
      return true;
    }
  }
  return false;
}

bool IsAbbreviation(std::string_view word) {
  static constexpr std::string_view kAbbrev[] = {"M", "Mme", "Mlle", "Dr", "Mgr", "Pr", "St", "Gén", "Col",
                                                 "Lt", "Cdt", "Me", "Mr", "Mrs", "Ms", "Jr", "av", "J.-C"};
  if (word.size() == 1) return true;
  return std::find(std::begin(kAbbrev), std::end(kAbbrev), word) != std::end(kAbbrev);
}

bool EndsSentence(std::string_view gap) {
  for (size_t i = 0; i < gap.size(); ++i) {
    char c = gap[i];
    if (c == '.' || c == '!' || c == '?' || c == '\n') return true;
    // "…"; looked for at its lead byte, not with find() per gap.
    if (c == '\xE2' && gap.substr(i, 3) == "\xE2\x80\xA6") return true;
  }
  return false;
}

}  // namespace

void Tokenize(std::string_view text, std::vector<ScanToken>* out) {
  std::vector<ScanToken>& tokens = *out;
  tokens.clear();
  tokens.reserve(text.size() / 5);  // enough for French news: about one word per six bytes
  const ClassTable& table = Classes();
  int sentence = 0;
  size_t pos = 0;
  const size_t size = text.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  while (pos < size) {
    size_t at = pos;
    CharClass first = ClassAt(table, text, pos);
    pos += first.len;
    if (!(first.bits & kWord)) continue;
    ScanToken t;
    t.start = at;
    t.capitalised = first.bits & kCapital;
    bool all_caps = t.capitalised;
    size_t end = pos;
    while (end < size) {
      if (end + 8 <= size) {  // ASCII letters and digits 8 bytes at a time
        const uint64_t x = ascii8::Load(bytes + end);
        const uint64_t lower = ascii8::InRange(x, 'a', 'z');
        const unsigned len = ascii8::LeadingBytes(lower | ascii8::InRange(x, 'A', 'Z') | ascii8::InRange(x, '0', '9'));
        all_caps &= !ascii8::AnyInFirst(lower, len);
        end += len;
        if (len == 8) continue;
        if (bytes[end] < 0x80) break;  // ASCII, not a letter or digit
      }
      CharClass c = ClassAt(table, text, end);
      if (!(c.bits & kWord)) break;
      all_caps &= !(c.bits & kLower);
      end += c.len;
    }
    t.end = end;
    t.all_caps = all_caps && end - at > 1;
    if (!tokens.empty()) {
      const ScanToken& prev = tokens.back();
      if (EndsSentence(Between(text, prev.end, t.start)) &&
          !IsAbbreviation(Between(text, prev.start, prev.end)))
        ++sentence;
    }
    t.sentence = sentence;
    tokens.push_back(t);
    pos = end;
  }
}

std::vector<ScanToken> TokenizeSlow(std::string_view text) {
  std::vector<ScanToken> tokens;
  auto is_word = [](char32_t cp) {
    return cp < 0x80 ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                     : u_isalnum(cp);
  };
  int sentence = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t at = pos;
    char32_t cp = DecodeUtf8(text, &pos);
    if (!is_word(cp)) continue;
    ScanToken t;
    t.start = at;
    t.capitalised = u_isupper(cp) || u_istitle(cp);
    bool all_caps = t.capitalised;
    size_t end = pos;
    while (end < text.size()) {
      size_t next = end;
      char32_t c = DecodeUtf8(text, &next);
      if (!is_word(c)) break;
      if (u_islower(c)) all_caps = false;
      end = next;
    }
    t.end = end;
    t.all_caps = all_caps && end - at > 1;
    if (!tokens.empty()) {
      const ScanToken& prev = tokens.back();
      if (EndsSentence(Between(text, prev.end, t.start)) && !IsAbbreviation(Between(text, prev.start, prev.end)))
        ++sentence;
    }
    t.sentence = sentence;
    tokens.push_back(t);
    pos = end;
  }
  return tokens;
}

bool Item::Has(FormKind kind) const { return Find(kind) != nullptr; }

const Form* Item::Find(FormKind kind) const {
  for (const Form& f : forms) {
    if (f.kind == kind) return &f;
  }
  return nullptr;
}

Scan ScanText(std::string_view text, const ActorDictionary& dict, const LiteralMatcher& matcher) {
  Scan s;
  ScanText(text, dict, matcher, &s);
  return s;
}

void ScanText(std::string_view text, const ActorDictionary& dict, const LiteralMatcher& matcher, Scan* scan) {
  Scan& s = *scan;
  for (Item& item : s.items) {
    item.forms.clear();
    s.spare_forms.push_back(std::move(item.forms));
  }
  s.items.clear();
  s.complements.clear();
  FoldForMatching(text, &s.folded);
  std::vector<LiteralHit>& hits = s.hits;
  matcher.FindAll(s.folded.text, &hits);
  // Longest first among hits that start at the same place, then by pattern
  // as the matcher had them: the order of sorting by (start, end
  // descending, pattern). The matcher gives them by (start, end, pattern),
  // so no sort is needed: within each start, the groups of equal end are
  // put in reverse order, each group keeping its patterns ascending.
  for (auto a = hits.begin(); a != hits.end();) {
    auto b = a;
    while (b != hits.end() && b->start == a->start) ++b;
    if (b - a > 1) {
      std::reverse(a, b);  // ends descending, but patterns descending too
      for (auto c = a; c != b;) {
        auto e = c;
        while (e != b && e->end == c->end) ++e;
        std::reverse(c, e);
        c = e;
      }
    }
    a = b;
  }
  size_t taken_end = 0;
  // One Item filled hit after hit; its forms vector is a spare one, and a
  // new spare replaces it whenever it goes into s.items.
  auto spare = [&s] {
    std::vector<Form> forms;
    if (!s.spare_forms.empty()) {
      forms = std::move(s.spare_forms.back());
      s.spare_forms.pop_back();
    }
    return forms;
  };
  Item item;
  item.forms = spare();
  for (const LiteralHit& hit : hits) {
    item.forms.clear();
    // A hit inside the span already taken still yields its complements;
    // its other forms would be dropped, so they are not collected.
    const bool taken = hit.start < taken_end;
    for (const Form& f : dict.pattern_forms[hit.pattern]) {
      if (taken && f.kind != FormKind::kComplement) continue;
      if (!CaseAgrees(f, text, s.folded, hit)) continue;
      if (f.kind == FormKind::kComplement) {
        s.complements.emplace(hit.start, ComplementHit{hit.end, f.target});
      } else {
        item.forms.push_back(f);
      }
    }
    if (item.forms.empty() || taken) continue;
    item.fstart = hit.start;
    item.fend = hit.end;
    item.start = s.folded.OriginalStart(hit.start);
    item.end = s.folded.OriginalEnd(hit.end);
    taken_end = hit.end;
    s.items.push_back(std::move(item));
    item = Item();
    item.forms = spare();
  }
  s.spare_forms.push_back(std::move(item.forms));
  Tokenize(text, &s.tokens);
  size_t i = 0;
  for (ScanToken& t : s.tokens) {
    while (i < s.items.size() && s.items[i].end <= t.start) ++i;
    if (i < s.items.size() && s.items[i].start <= t.start && t.start < s.items[i].end)
      t.item = static_cast<int>(i);
  }
}

}  // namespace veille
