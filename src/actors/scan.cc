// First pass of the resolver: matcher hits -> items, text -> tokens.
//
// Hits whose case does not agree with their form are dropped (an acronym
// must be in capitals, a proper name must keep its capital). Complements
// ("de la défense") are kept apart, indexed by where they start, because
// they only mean something right after a role head; every other hit
// competes for its span, leftmost-longest, and all readings of the winning
// span are kept on one item.
// Tested through resolver_test.cc.
#include "actors/scan.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "base/utf8.h"

namespace veille {
namespace {

bool CaseAgrees(const Form& form, std::string_view text, const FoldedText& folded, const LiteralHit& hit) {
  switch (form.case_rule) {
    case CaseRule::kAny:
      return true;
    case CaseRule::kInitial: {
      size_t at = hit.start + form.initial_offset;
      if (at >= hit.end) return false;
      size_t pos = folded.OriginalStart(at);
      char32_t cp = DecodeUtf8(text, &pos);
      return u_isupper(cp) || u_istitle(cp);
    }
    case CaseRule::kAll: {
      size_t pos = folded.OriginalStart(hit.start);
      size_t end = folded.OriginalEnd(hit.end);
      while (pos < end) {
        if (u_islower(DecodeUtf8(text, &pos))) return false;
      }
      return true;
    }
  }
  return false;
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  return u_isalnum(cp);
}

bool IsAbbreviation(std::string_view word) {
  static constexpr std::string_view kAbbrev[] = {"M", "Mme", "Mlle", "Dr", "Mgr", "Pr", "St", "Gén", "Col",
                                                 "Lt", "Cdt", "Me", "Mr", "Mrs", "Ms", "Jr", "av", "J.-C"};
  if (word.size() == 1) return true;
  return std::find(std::begin(kAbbrev), std::end(kAbbrev), word) != std::end(kAbbrev);
}

bool EndsSentence(std::string_view gap) {
  for (char c : gap) {
    if (c == '.' || c == '!' || c == '?' || c == '\n') return true;
  }
  return gap.find("\xE2\x80\xA6") != std::string_view::npos;  // …
}

std::vector<ScanToken> Tokenize(std::string_view text) {
  std::vector<ScanToken> tokens;
  int sentence = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t at = pos;
    unsigned char b = static_cast<unsigned char>(text[pos]);
    char32_t cp;
    if (b < 0x80) {  // ASCII fast path
      ++pos;
      if (!((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9'))) continue;
      cp = b;
    } else {
      cp = DecodeUtf8(text, &pos);
      if (!IsWordChar(cp)) continue;
    }
    ScanToken t;
    t.start = at;
    t.capitalised = cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : (u_isupper(cp) || u_istitle(cp));
    bool all_caps = t.capitalised;
    size_t end = pos;
    while (end < text.size()) {
      unsigned char b = static_cast<unsigned char>(text[end]);
      if (b < 0x80) {  // ASCII fast path
        bool lower = b >= 'a' && b <= 'z';
        if (!lower && !(b >= 'A' && b <= 'Z') && !(b >= '0' && b <= '9')) break;
        if (lower) all_caps = false;
        ++end;
        continue;
      }
      size_t next = end;
      char32_t c = DecodeUtf8(text, &next);
      if (!IsWordChar(c)) break;
      if (u_islower(c)) all_caps = false;
      end = next;
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
  return tokens;
}

}  // namespace

bool Item::Has(FormKind kind) const { return Find(kind) != nullptr; }

const Form* Item::Find(FormKind kind) const {
  for (const Form& f : forms) {
    if (f.kind == kind) return &f;
  }
  return nullptr;
}

Scan ScanText(std::string_view text, const ActorDictionary& dict, const LiteralMatcher& matcher) {
  Scan s;
  s.folded = FoldForMatching(text);
  std::vector<LiteralHit> hits = matcher.FindAll(s.folded.text);
  // Longest first among hits that start at the same place.
  std::stable_sort(hits.begin(), hits.end(), [](const LiteralHit& a, const LiteralHit& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  size_t taken_end = 0;
  for (const LiteralHit& hit : hits) {
    Item item;
    for (const Form& f : dict.pattern_forms[hit.pattern]) {
      if (!CaseAgrees(f, text, s.folded, hit)) continue;
      if (f.kind == FormKind::kComplement) {
        s.complements.emplace(hit.start, ComplementHit{hit.end, f.target});
      } else {
        item.forms.push_back(f);
      }
    }
    if (item.forms.empty() || hit.start < taken_end) continue;
    item.fstart = hit.start;
    item.fend = hit.end;
    item.start = s.folded.OriginalStart(hit.start);
    item.end = s.folded.OriginalEnd(hit.end);
    taken_end = hit.end;
    s.items.push_back(std::move(item));
  }
  s.tokens = Tokenize(text);
  size_t i = 0;
  for (ScanToken& t : s.tokens) {
    while (i < s.items.size() && s.items[i].end <= t.start) ++i;
    if (i < s.items.size() && s.items[i].start <= t.start && t.start < s.items[i].end)
      t.item = static_cast<int>(i);
  }
  return s;
}

}  // namespace veille
