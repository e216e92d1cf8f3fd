// How the cleaner decides. A line is furniture when its shape says so:
//   - no letters (separators, counters), or only a date ("dateline");
//   - a byline ("Par X", "By X", "Автор: X") or a labelled date;
//   - mostly letters of another script than the page's ("other script");
//   - only hashtags, only links, only interface words ("Partager");
//   - a legal notice (© / Copyright / Avis de non-responsabilité): when it
//     opens a line after the body, the rest of the page goes with it;
//   - a short line holding a furniture phrase ("Laissez un commentaire");
//   - a taxonomy field ("Région : ..."), a link label ("Lire aussi") and
//     the headline it introduces, a decorated related-story line ("◼️ ...");
//   - a photo credit, a contact line (e-mail), the site's own name;
//   - a repeat (exact or near-exact) of an earlier kept line.
// Position adds two rules once the headline is known: short lines above it
// are page header, short name lines after the last body paragraph are
// signatures. Inside kept lines only furniture sentences are cut: link
// labels opening a sentence, subscribe/share calls as first or last
// sentence, trailing photo credits, embedded media ids, and repeated
// sentences of ten words or more.
// Tested by cleaner_test.cc.
#include "ingest/cleaner.h"

#include <unicode/uchar.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <bit>
#include <unordered_map>

#include "base/hash_set.h"
#include "base/strings.h"
#include "base/utf8.h"

namespace veille {
namespace {

constexpr int kShortLine = 25;       // words: a short line holding a phrase is furniture
constexpr int kMaxCutSentence = 30;  // words: longest first/last sentence cut as furniture
constexpr int kMinRepeatWords = 10;  // words: shortest sentence dropped when repeated

bool IsSpaceByte(char c) { return c == ' ' || c == '\t'; }

// True when only spaces and opening punctuation precede `pos` from `from`.
bool OnlyPunctBefore(std::string_view s, size_t from, size_t pos) {
  for (size_t i = from; i < pos;) {
    char32_t cp = DecodeUtf8(s, &i);
    if (u_isalnum(cp)) return false;
  }
  return true;
}

bool AtCore(const PageLine& l, const PhraseHit& h) { return OnlyPunctBefore(l.text, l.core, h.start); }

const PhraseHit* FirstHit(const PageLine& l, PhraseKind kind) {
  for (const PhraseHit& h : l.hits)
    if (h.kind == kind) return &h;
  return nullptr;
}

// True when `pos` opens a sentence: line start or after . ! ? … : and closers.
bool SentenceStart(std::string_view s, size_t core, size_t pos) {
  if (OnlyPunctBefore(s, core, pos)) return true;
  size_t i = pos;
  while (i > 0 && IsSpaceByte(s[i - 1])) --i;
  if (i == pos) return false;
  while (i > 0) {
    unsigned char c = s[i - 1];
    if (c == '"' || c == ')' || c == '\'') { --i; continue; }
    if (i >= 2 && s.compare(i - 2, 2, "»") == 0) { i -= 2; continue; }
    if (i >= 3 && s.compare(i - 3, 3, "”") == 0) { i -= 3; continue; }
    break;
  }
  if (i == 0) return true;
  char c = s[i - 1];
  return c == '.' || c == '!' || c == '?' || c == ':' || (i >= 3 && s.compare(i - 3, 3, "…") == 0);
}

// True when no letter lies outside the kWhole phrases of the line.
bool OnlyWholePhrases(const PageLine& l) {
  if (l.words > 12 || FirstHit(l, PhraseKind::kWhole) == nullptr) return false;
  size_t covered = 0;
  bool any = false;
  std::string_view s = l.text;
  for (size_t i = 0; i < s.size();) {
    for (const PhraseHit& h : l.hits)
      if (h.kind == PhraseKind::kWhole && h.start <= i && h.end > i) covered = std::max<size_t>(covered, h.end), any = true;
    if (i < covered) {
      i = covered;
      continue;
    }
    char32_t cp = DecodeUtf8(s, &i);
    if (u_isalpha(cp)) return false;
  }
  return any;
}

// True when `s` holds a letter or digit (stops at the first).
bool HasWord(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    if (c < 0x80) {
      if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return true;
      ++i;
    } else if (u_isalnum(DecodeUtf8(s, &i))) {
      return true;
    }
  }
  return false;
}

bool IsHashtagLine(std::string_view s) {
  if (s.empty() || s[0] != '#') return false;
  bool any = false;
  size_t pos = 0;
  std::string_view t;
  while (NextWord(s, &pos, &t)) {
    if (t[0] == '#' && t.size() > 1) any = true;
    else if (CountWords(t) > 0) return false;
  }
  return any;
}

bool HasEmail(std::string_view s) {
  for (size_t at = s.find('@'); at != std::string_view::npos; at = s.find('@', at + 1)) {
    if (at == 0 || IsSpaceByte(s[at - 1])) continue;
    size_t end = at + 1;
    while (end < s.size() && !IsSpaceByte(s[end])) ++end;
    std::string_view domain = s.substr(at + 1, end - at - 1);
    size_t dot = domain.find('.');
    if (dot != std::string_view::npos && dot > 0 && dot + 2 < domain.size()) return true;
  }
  return false;
}

// Arrows, geometric shapes, dingbats, emoji: the decorations of
// related-story lines ("◼️ Mali : ...", "► Lire").
bool DecorativeStart(std::string_view s) {
  if (s.empty() || static_cast<unsigned char>(s[0]) < 0x80) return false;
  size_t i = 0;
  char32_t cp = DecodeUtf8(s, &i);
  return (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x25A0 && cp <= 0x25FF) || (cp >= 0x2700 && cp <= 0x27BF) ||
         (cp >= 0x2B00 && cp <= 0x2BFF) || cp >= 0x1F300;
}

// The name after a byline label, cut before a date, "|", "," or " - ".
std::string_view BylineName(const PageLine& l, const PhraseHit& h) {
  std::string_view tail = std::string_view(l.text).substr(h.end);
  size_t b = 0;
  while (b < tail.size() && (IsSpaceByte(tail[b]) || tail[b] == ':')) ++b;
  tail = tail.substr(b);
  size_t cut = tail.size();
  for (std::string_view sep : {",", "|", " - ", " – ", " — ", " le ", " on ", " • ", " / ", " ("})
    cut = std::min(cut, tail.find(sep));
  for (const PageDate& d : l.dates)
    if (d.start >= h.end + b) cut = std::min(cut, d.start - h.end - b);
  return TrimSpace(tail.substr(0, cut));
}

bool IsBylineLine(const PageLine& l) {
  const PhraseHit* h = FirstHit(l, PhraseKind::kByline);
  if (h == nullptr || !AtCore(l, *h) || l.words > 12) return false;
  std::string_view name = BylineName(l, *h);
  return !name.empty() && IsNameLike(name, 6);
}

// Hash of the lower-cased letters and digits of `s`, any script: equal
// hashes mean the same words whatever the spacing, punctuation, quotes or
// case. Counts the words (runs of letters and digits) in `*words`.
uint64_t RepeatHash(std::string_view s, int* words = nullptr) {
  uint64_t h = 1469598103934665603ULL;
  int n = 0;
  bool in_word = false;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    char32_t folded = 0;
    if (c < 0x80) {
      ++i;
      if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) folded = c;
      else if (c >= 'A' && c <= 'Z') folded = c + 32;
    } else {
      char32_t cp = DecodeUtf8(s, &i);
      if (u_isalnum(cp)) folded = u_tolower(cp);
    }
    if (folded == 0) {
      in_word = false;
      continue;
    }
    if (!in_word) ++n, in_word = true;
    h = (h ^ folded) * 1099511628211ULL;
  }
  if (words) *words = n;
  return n == 0 ? 0 : h;
}

// Hashes of the word trigrams of `s`, sorted, for near-repeat tests.
std::vector<uint64_t> Shingles(std::string_view s) {
  std::vector<uint64_t> words;
  size_t pos = 0;
  for (std::string_view w; NextWord(s, &pos, &w);) {
    if (uint64_t k = RepeatHash(w); k != 0) words.push_back(k);
  }
  std::vector<uint64_t> out;
  for (size_t i = 0; i + 2 < words.size(); ++i) out.push_back(words[i] * 31 * 31 + words[i + 1] * 31 + words[i + 2]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t i = 0, j = 0, both = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else ++both, ++i, ++j;
  }
  return static_cast<double>(both) / static_cast<double>(a.size() + b.size() - both);
}

struct HostInfo {
  std::string label;   // "leregard"
  std::string domain;  // "leregard.info"
};

HostInfo HostOf(std::string_view url) {
  HostInfo h;
  size_t scheme = url.find("://");
  std::string_view host = scheme == std::string_view::npos ? url : url.substr(scheme + 3);
  host = host.substr(0, std::min(host.find('/'), host.size()));
  host = host.substr(0, std::min(host.find(':'), host.size()));
  std::vector<std::string> labels;
  size_t pos = 0;
  while (pos < host.size()) {
    size_t dot = std::min(host.find('.', pos), host.size());
    labels.push_back(AsciiLower(host.substr(pos, dot - pos)));
    pos = dot + 1;
  }
  if (labels.size() < 2) return h;
  size_t n = labels.size(), k = n - 2;
  if (n >= 3 && (labels[k] == "co" || labels[k] == "com" || labels[k] == "org" || labels[k] == "net" ||
                 labels[k] == "gov" || labels[k] == "ac"))
    --k;
  h.label = labels[k];
  for (size_t i = k; i < n; ++i) h.domain += (i > k ? "." : "") + labels[i];
  return h;
}

// The verdict on one line from its own shape and phrases (first pass).
const char* LineRule(const PageLine& l, const HostInfo& host) {
  std::string_view core = std::string_view(l.text).substr(l.core);
  if (l.letters == 0) return l.dates.empty() ? "no words" : "dateline";
  if (IsBylineLine(l)) return "byline";
  bool labelled_date = FirstHit(l, PhraseKind::kPublished) || FirstHit(l, PhraseKind::kUpdated);
  if (labelled_date && !l.dates.empty() && l.words <= 12) return "dateline";
  if (l.foreign_letters * 2 > l.letters) return "other script";
  if (IsHashtagLine(core)) return "hashtags";
  if (l.link_only) return "link";
  if (const PhraseHit* h = FirstHit(l, PhraseKind::kFooter); h && AtCore(l, *h)) {
    // "© AFP", "© Name/site": a photo credit, not the page's legal notice.
    bool bare_sign = l.text.compare(h->start, h->end - h->start, "©") == 0;
    if (FirstHit(l, PhraseKind::kAgency) || (bare_sign && l.words <= 4)) return "credit";
    return "legal";
  }
  if (const PhraseHit* h = FirstHit(l, PhraseKind::kLine); h && (l.words <= kShortLine || AtCore(l, *h)))
    return "furniture";
  if (OnlyWholePhrases(l)) return "furniture";
  bool short_label = l.words <= kShortLine && !l.body;
  if (const PhraseHit* h = FirstHit(l, PhraseKind::kField); h && AtCore(l, *h) && short_label) {
    size_t i = h->end;
    while (i < l.text.size() && IsSpaceByte(l.text[i])) ++i;
    if (i < l.text.size() && l.text[i] == ':') return "taxonomy";
  }
  if (const PhraseHit* h = FirstHit(l, PhraseKind::kLabel); h && AtCore(l, *h) && short_label) return "related";
  // Searched only for short lines: " via " alone stopped at every space.
  auto credit_mark = [&] {
    return l.text.find('/') != std::string::npos || l.text.find("©") != std::string::npos ||
           core.substr(0, 1) == "@" || l.text.find(" via ") != std::string::npos;
  };
  const PhraseHit* credit = FirstHit(l, PhraseKind::kCredit);
  if (l.words <= 10 && !l.sentence_end &&
      ((FirstHit(l, PhraseKind::kAgency) && credit_mark()) || (credit && AtCore(l, *credit)) ||
       core.substr(0, 1) == "@"))
    return "credit";
  if (HasEmail(l.text) && l.words <= 30) return "contact";
  if (!host.label.empty() && l.words <= 6 && Squash(core) == host.label) return "site";
  if (!l.dates.empty() && l.words <= 8 && !l.sentence_end) return "dateline";
  if (DecorativeStart(core) && !l.sentence_end && l.words <= kShortLine) return "related";
  return nullptr;
}

// Lines repeating an earlier kept line, exactly or nearly. Near repeats
// are looked for among long lines of similar length only, so a page of one
// long paragraph never builds shingles.
void MarkRepeats(Page* page) {
  if (page->lines.size() < 2) return;
  std::unordered_map<uint64_t, size_t> seen;  // repeat hash -> first line
  std::vector<size_t> long_lines;
  std::unordered_map<size_t, std::vector<uint64_t>> shingles;  // by line, built on demand
  auto shingles_of = [&](size_t i) -> const std::vector<uint64_t>& {
    auto it = shingles.find(i);
    if (it == shingles.end()) it = shingles.emplace(i, Shingles(page->lines[i].text)).first;
    return it->second;
  };
  for (size_t i = 0; i < page->lines.size(); ++i) {
    PageLine& l = page->lines[i];
    if (l.removed) continue;
    uint64_t key = RepeatHash(l.text);
    if (key == 0) continue;
    auto [it, fresh] = seen.emplace(key, i);
    if (!fresh) {
      l.removed = "repeat";
      l.repeat_of = static_cast<int>(it->second);
      continue;
    }
    if (l.words < 15) continue;
    for (size_t j : long_lines) {
      size_t a = l.text.size(), b = page->lines[j].text.size();
      if (2 * a < b || 2 * b < a) continue;
      if (Jaccard(shingles_of(i), shingles_of(j)) >= 0.8) {
        l.removed = "repeat";
        l.repeat_of = static_cast<int>(j);
        break;
      }
    }
    if (!l.removed) long_lines.push_back(i);
  }
}

void SetBodyRange(Page* page) {
  page->first_body = page->last_body = -1;
  for (size_t i = 0; i < page->lines.size(); ++i) {
    const PageLine& l = page->lines[i];
    if (l.removed || !l.body) continue;
    if (page->first_body < 0) page->first_body = static_cast<int>(i);
    page->last_body = static_cast<int>(i);
  }
}

// After a label alone on its line ("A lire aussi"), the headline it links.
void MarkLabelTargets(Page* page) {
  auto& lines = page->lines;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].removed == nullptr || std::string_view(lines[i].removed) != "related") continue;
    const PhraseHit* h = FirstHit(lines[i], PhraseKind::kLabel);
    if (h == nullptr || CountWords(std::string_view(lines[i].text).substr(h->end)) > 0) continue;
    PageLine& next = lines[i + 1];
    if (!next.removed && !next.body && next.words <= kShortLine) next.removed = "related";
  }
}

// Everything after a legal notice that opens a line below the body, in the
// second half of the page (a notice is page footer, never mid-article).
void CutAfterLegal(Page* page) {
  size_t total = 0, before = 0;
  for (const PageLine& l : page->lines) total += l.text.size();
  bool body_seen = false;
  for (size_t i = 0; i < page->lines.size(); ++i) {
    PageLine& l = page->lines[i];
    before += l.text.size();
    if (!l.removed && l.body) body_seen = true;
    if (!body_seen || l.removed == nullptr || std::string_view(l.removed) != "legal") continue;
    if (2 * before < total) continue;
    for (size_t j = i + 1; j < page->lines.size(); ++j)
      if (!page->lines[j].removed) page->lines[j].removed = "after legal notice";
    return;
  }
}

// --- Second pass: cuts inside kept lines. ---

using Cut = std::pair<std::pair<size_t, size_t>, const char*>;

// "Lire aussi", "A ne pas manquer sur BBC Afrique :" opening a sentence.
void CutLabels(const PageLine& l, std::vector<Cut>* cuts) {
  std::string_view s = l.text;
  for (const PhraseHit& h : l.hits) {
    if (h.kind != PhraseKind::kLabel || !SentenceStart(s, l.core, h.start)) continue;
    // A label is cut only where it reads as one: closed by its colon (in the
    // phrase, right after it, or after "sur <site>"), followed by a site's
    // domain, or ending the line. "Voir aussi le rapport..." is a sentence.
    bool closed = s[h.end - 1] == ':';
    size_t end = h.end;
    size_t i = end;
    while (i < s.size() && IsSpaceByte(s[i])) ++i;
    size_t w_end = i;
    while (w_end < s.size() && !IsSpaceByte(s[w_end])) ++w_end;
    std::string_view word = s.substr(i, w_end - i);
    if (!closed && (word == "sur" || word == "on" || word == "на")) {
      size_t colon = s.substr(0, std::min(s.size(), w_end + 80)).find(':', w_end);
      if (colon != std::string_view::npos && CountWords(s.substr(w_end, colon - w_end)) <= 4) {
        end = colon + 1;
        closed = true;
      } else {
        size_t t = w_end;
        while (t < s.size() && IsSpaceByte(s[t])) ++t;
        size_t t_end = t;
        while (t_end < s.size() && !IsSpaceByte(s[t_end])) ++t_end;
        std::string_view site = s.substr(t, t_end - t);
        if (site.find('.') != std::string_view::npos && site.back() != '.') end = t_end, closed = true;
      }
    } else if (!closed && i < s.size() && s[i] == ':') {
      end = i + 1;
      closed = true;
    }
    if (!closed && i < s.size()) continue;
    cuts->push_back({{h.start, end}, "related"});
  }
}

// Subscribe/share/comment calls as the first or last sentence of a long line.
void CutCallSentences(const PageLine& l, std::vector<Cut>* cuts) {
  const PhraseHit* first = FirstHit(l, PhraseKind::kLine);
  if (first == nullptr) return;
  std::vector<std::pair<size_t, size_t>> sentences = SentenceSpans(l.text);
  if (sentences.size() < 2) return;
  for (const PhraseHit& h : l.hits) {
    if (h.kind != PhraseKind::kLine) continue;
    for (size_t k : {size_t{0}, sentences.size() - 1}) {
      auto [b, e] = sentences[k];
      if (h.start >= b && h.end <= e && CountWords(std::string_view(l.text).substr(b, e - b)) <= kMaxCutSentence)
        cuts->push_back({{b, e}, "furniture"});
    }
  }
}

// Photo credits: "... Goma. Photo : AP (Others)", "(Bloc B). © Name/site",
// "FETHI BELAID / AFP Campement de migrants...".
void CutCredits(const PageLine& l, std::vector<Cut>* cuts) {
  std::string_view s = l.text;
  for (const PhraseHit& h : l.hits) {
    bool tail_kind = h.kind == PhraseKind::kFooter || h.kind == PhraseKind::kCredit;
    if (tail_kind && h.start > l.core && SentenceStart(s, l.core, h.start)) {
      std::string_view tail = s.substr(h.start);
      if (tail.size() > 200) continue;  // a credit is a few words
      bool marker = h.kind == PhraseKind::kFooter || tail.substr(h.end - h.start).find(':') != std::string_view::npos;
      if (marker && CountWords(tail) <= 8 && SentenceSpans(tail).size() == 1) cuts->push_back({{h.start, s.size()}, "credit"});
    }
    if (h.kind == PhraseKind::kAgency && h.start < 80) {
      size_t i = h.start;
      while (i > l.core && IsSpaceByte(s[i - 1])) --i;
      if (i == l.core || s[i - 1] != '/') continue;
      std::string_view who = TrimSpace(s.substr(l.core, i - 1 - l.core));
      if (!who.empty() && IsNameLike(who, 4)) cuts->push_back({{l.core, h.end}, "credit"});
    }
  }
}

// Media ids left between sentences by some scrapers: "... CAN.  48821710 Par".
void CutMediaIds(const PageLine& l, std::vector<Cut>* cuts) {
  if (l.longest_number < 7) return;
  std::string_view s = l.text;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9' || (i > 0 && !IsSpaceByte(s[i - 1]))) continue;
    size_t e = i;
    while (e < s.size() && s[e] >= '0' && s[e] <= '9') ++e;
    if (e - i >= 7 && (e == s.size() || IsSpaceByte(s[e])) && SentenceStart(s, l.core, i)) cuts->push_back({{i, e}, "media id"});
    i = e;
  }
}

// Sentences of kMinRepeatWords words or more already seen in the page.
// Repeated sentences are printed copies, so their bytes are compared (a
// plain hash: this runs on every sentence of every page).
void CutRepeatedSentences(const PageLine& l, HashSet64* seen, std::vector<Cut>* cuts) {
  std::string_view text = l.text;
  for (auto [b, e] : SentenceSpans(text)) {
    std::string_view sentence = text.substr(b, e - b);
    if (std::count(sentence.begin(), sentence.end(), ' ') + 1 < kMinRepeatWords) continue;
    if (!seen->Insert(std::hash<std::string_view>{}(sentence))) cuts->push_back({{b, e}, "repeat"});
  }
}

// Position of the first "  " in `s`, or npos. find("  ") restarted memchr
// at every single space, that is at every word of every line with a cut.
size_t FindDoubleSpace(std::string_view s) {
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' ');
  for (; i + 17 <= s.size(); i += 16) {  // pairs starting at i .. i + 15
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i + 1));
    const int pairs = _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, space), _mm_cmpeq_epi8(b, space)));
    if (pairs != 0) return i + std::countr_zero(static_cast<unsigned>(pairs));
  }
#endif
  for (; i + 1 < s.size(); ++i)
    if (s[i] == ' ' && s[i + 1] == ' ') return i;
  return std::string_view::npos;
}

// The line without its cuts, spaces squeezed at the seams.
std::string ApplyCuts(const std::string& text, std::vector<Cut>* cuts, std::vector<RemovedBlock>* removed) {
  std::sort(cuts->begin(), cuts->end());
  std::string out;
  out.reserve(text.size());
  // Appends `piece` with no space at the start of `out` and none doubled:
  // whole stretches between runs of spaces at a time.
  auto append = [&](std::string_view piece) {
    while (!piece.empty()) {
      if (piece[0] == ' ' && (out.empty() || out.back() == ' ')) {
        size_t k = piece.find_first_not_of(' ');
        if (k == std::string_view::npos) return;
        piece.remove_prefix(k);
      }
      size_t run = FindDoubleSpace(piece);
      size_t take = run == std::string_view::npos ? piece.size() : run + 1;
      out.append(piece.substr(0, take));
      piece.remove_prefix(take);
    }
  };
  size_t pos = 0;
  for (const Cut& c : *cuts) {
    auto [b, e] = c.first;
    if (e <= pos) continue;
    b = std::max(b, pos);
    append(std::string_view(text).substr(pos, b - pos));
    std::string_view piece = TrimSpace(std::string_view(text).substr(b, e - b));
    if (!piece.empty()) removed->push_back({std::string(piece), c.second});
    pos = e;
  }
  append(std::string_view(text).substr(pos));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string HostLabel(std::string_view url_or_host) { return HostOf(url_or_host).label; }

void MarkFurniture(Page* page, const Boilerplate& /*boilerplate*/, std::string_view host) {
  HostInfo h = HostOf(host);
  for (PageLine& l : page->lines) l.removed = LineRule(l, h);
  MarkLabelTargets(page);
  CutAfterLegal(page);
  MarkRepeats(page);
  SetBodyRange(page);
  // Lines above or below the body that name the site's own domain.
  if (!h.domain.empty() && h.domain.find('.') != std::string::npos) {
    for (size_t i = 0; i < page->lines.size(); ++i) {
      PageLine& l = page->lines[i];
      bool outside = page->first_body < 0 || static_cast<int>(i) < page->first_body ||
                     static_cast<int>(i) > page->last_body;
      if (!l.removed && outside && l.words <= 30 && AsciiLower(l.text).find(h.domain) != std::string::npos)
        l.removed = "site";
    }
  }
}

CleanedText FinishCleaning(Page* page, int title_line, const Boilerplate& /*boilerplate*/) {
  CleanedText out;
  auto& lines = page->lines;
  for (int i = 0; i < title_line && i < static_cast<int>(lines.size()); ++i)
    if (!lines[i].removed && !lines[i].body) lines[i].removed = "header";
  if (page->last_body >= 0) {
    std::vector<size_t> headlines;  // short headline-like lines after the body
    for (size_t i = page->last_body + 1; i < lines.size(); ++i) {
      PageLine& l = lines[i];
      if (l.removed || static_cast<int>(i) == title_line) continue;
      if (IsNameLike(std::string_view(l.text).substr(l.core), 5)) {
        l.removed = "signature";
        out.signatures.push_back(l.text.substr(l.core));
      } else if (l.core == 0 && (!l.sentence_end || l.ellipsis_end) && l.words <= 20 && StartsUpper(l.text) &&
                 SentenceSpans(l.text).size() == 1) {
        headlines.push_back(i);
      }
    }
    // Two or more: a list of links to other stories, not the article's end.
    if (headlines.size() >= 2)
      for (size_t i : headlines) lines[i].removed = "related";
  }
  HashSet64 seen_sentences;
  bool pending_blank = false;
  size_t capacity = 0;  // the kept text is at most the page and its separators
  for (const PageLine& l : lines) capacity += l.text.size() + 2;
  out.text.reserve(capacity);
  for (PageLine& l : lines) {
    pending_blank = pending_blank || l.blank_before;
    if (l.removed) {
      out.removed.push_back({l.text, l.removed});
      continue;
    }
    std::vector<Cut> cuts;
    CutLabels(l, &cuts);
    if (l.words > kShortLine) CutCallSentences(l, &cuts);
    CutCredits(l, &cuts);
    CutMediaIds(l, &cuts);
    CutRepeatedSentences(l, &seen_sentences, &cuts);
    std::string cut;  // the line without its cuts, when it has some
    std::string_view kept = l.text;
    if (!cuts.empty()) {
      cut = ApplyCuts(l.text, &cuts, &out.removed);
      kept = cut;
    }
    if (!cuts.empty() && !HasWord(kept)) {
      if (!kept.empty()) out.removed.push_back({std::string(kept), "no words"});
      continue;
    }
    if (!out.text.empty()) out.text += pending_blank ? "\n\n" : "\n";
    pending_blank = false;
    out.text += kept;
  }
  return out;
}

CleanedText CleanText(std::string_view raw, const Boilerplate& boilerplate) {
  Page page = ReadPage(raw, boilerplate);
  MarkFurniture(&page, boilerplate, "");
  return FinishCleaning(&page, -1, boilerplate);
}

}  // namespace veille
