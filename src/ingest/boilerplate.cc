// Matching works on a folded copy of the text: lower case, Latin accents
// removed, ’ and ʼ as ', hyphens and runs of spaces (NBSP included) as one
// space, no space before : ; ! ?. Phrases are folded the same way at load
// and compiled as plain literals into one Vectorscan database (literals
// compile in milliseconds; letter-by-letter case and accent alternations
// took seconds). Each folded byte remembers the byte range of the original
// code point it came from, so hits are reported in original offsets. Word
// boundaries are checked on the original text (Vectorscan's \b is
// ASCII-only); agencies must also match the phrase's own case.
// Tested by boilerplate_test.cc.
#include "ingest/boilerplate.h"

#include <hs/hs.h>
#include <unicode/uchar.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <set>
#include <vector>

#include "base/files.h"
#include "base/strings.h"
#include "base/utf8.h"

namespace veille {
namespace {

constexpr std::string_view kFormatLine = "# veille boilerplate format 1";

struct KindName {
  std::string_view name;
  PhraseKind kind;
};
constexpr KindName kKindNames[] = {
    {"line", PhraseKind::kLine},         {"footer", PhraseKind::kFooter},
    {"label", PhraseKind::kLabel},       {"whole", PhraseKind::kWhole},
    {"field", PhraseKind::kField},       {"byline", PhraseKind::kByline},
    {"published", PhraseKind::kPublished}, {"updated", PhraseKind::kUpdated},
    {"credit", PhraseKind::kCredit},     {"agency", PhraseKind::kAgency},
    {"outletword", PhraseKind::kOutletWord},
};

// Folds one code point: lower case, Latin-1 accents removed, apostrophes
// as ', spaces and hyphens as ' ' (0 = a space). Other code points lower-cased.
char32_t FoldForMatch(char32_t cp) {
  static constexpr const char* kUnaccented =  // U+00C0..U+00FF
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyt\0aaaaaaaceeeeiiiidnooooo\0ouuuuyty";
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp == ' ' || cp == '\t' || cp == '-' || cp == '\n' || cp == '\r') return 0;
    return cp;
  }
  if (cp >= 0xC0 && cp <= 0xFF && kUnaccented[cp - 0xC0] != '\0') return kUnaccented[cp - 0xC0];
  if (cp == 0x2019 || cp == 0x2BC || cp == 0x2018) return '\'';
  if (cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == 0x2010 || cp == 0x2011) return 0;
  if (cp == 0x153) return 0x153;  // œ stays
  return u_tolower(cp);
}

// FoldForMatch for ASCII, as a table.
constexpr std::array<unsigned char, 128> MakeAsciiFold() {
  std::array<unsigned char, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c >= 'A' && c <= 'Z') t[c] = static_cast<unsigned char>(c + 32);
    else if (c == ' ' || c == '\t' || c == '-' || c == '\n' || c == '\r' || c == 0) t[c] = 0;
    else t[c] = static_cast<unsigned char>(c);
  }
  return t;
}
constexpr std::array<unsigned char, 128> kAsciiFold = MakeAsciiFold();

// Bytes that fold to themselves or their lower case with no further
// decision: kAsciiFold's non-zero values except : ; ! ? (no space before
// them). 0 for everything else, non-ASCII lead and continuation bytes too.
constexpr std::array<unsigned char, 256> MakeRunFold() {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 128; ++c)
    if (c != ':' && c != ';' && c != '!' && c != '?') t[c] = kAsciiFold[c];
  return t;
}
constexpr std::array<unsigned char, 256> kRunFold = MakeRunFold();

bool NoSpaceBefore(char32_t c) { return c == ':' || c == ';' || c == '!' || c == '?'; }

// The folded text and, per folded byte, the original offset of the code
// point it came from (for a folded space: of the first space of the run).
// The buffers only grow: a thread keeps one FoldedText and refolds into
// it, so `size` (not the buffers' sizes) says how much is valid.
struct FoldedText {
  std::string text;
  std::vector<uint32_t> from;
  size_t size = 0;
  std::string_view view() const { return std::string_view(text.data(), size); }
};

#if defined(__SSE2__)
// The plain bytes opening the sixteen at `p`: ASCII that folds to itself
// or its lower case (no control, '-', ':', ';', '!' or '?'), single spaces
// between, none last. Writes the fold of all sixteen to `out` and returns
// how many opening bytes it stands for (0 to 16); the byte-by-byte rules
// take over from there. A space first is taken only when `lead_space_ok`
// (it is then kept, as the byte loop would keep it).
inline int FoldPlain16(const char* p, bool lead_space_ok, char* out) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // Signed compare: non-ASCII bytes are negative, so below 0x20 too.
  __m128i bad = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
  for (char c : {'-', ':', ';', '!', '?'}) bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_set1_epi8(c)));
  const unsigned spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
  // The second space of a pair stops the stretch; so does a space first
  // when it may not be kept.
  unsigned stop = static_cast<unsigned>(_mm_movemask_epi8(bad)) | (spaces & (spaces << 1));
  if (!lead_space_ok) stop |= spaces & 1u;
  int taken = stop == 0 ? 16 : std::countr_zero(stop);
  if (taken > 0 && ((spaces >> (taken - 1)) & 1u)) --taken;  // a space last waits for what follows
  if (taken == 0) return 0;
  const __m128i upper =
      _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_add_epi8(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
  return taken;
}
#endif

// Folds `s` into `f`. Offsets are recorded for every line: a phrase as
// common as "par" matches nearly every paragraph, so refolding only the
// lines that matched cost more than it saved.
void Fold(std::string_view s, FoldedText* f) {
  // Folding never grows a code point beyond 4 bytes, plus one space each.
  size_t need = s.size() * 2 + 8;
  if (f->text.size() < need) f->text.resize(need);
  if (f->from.size() < need) f->from.resize(need);
  char* out = f->text.data();
  uint32_t* from = f->from.data();
  size_t n = 0;
  bool pending_space = false;
  uint32_t space_from = 0;
  for (size_t i = 0; i < s.size();) {
#if defined(__SSE2__)
    // Plain stretches of prose, sixteen bytes at a time. A pending space
    // goes out first: a plain byte never drops it.
    if (i + 16 <= s.size() && !(pending_space && s[i] == ' ')) {
      if (int taken = FoldPlain16(s.data() + i, !pending_space && n > 0, out + n + pending_space); taken > 0) {
        if (pending_space) {  // FoldPlain16 wrote after it
          from[n] = space_from;
          out[n++] = ' ';
          pending_space = false;
        }
        const __m128i step = _mm_set1_epi32(4);
        __m128i at = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(i)), _mm_setr_epi32(0, 1, 2, 3));
        for (int k = 0; k < 16; k += 4, at = _mm_add_epi32(at, step))
          _mm_storeu_si128(reinterpret_cast<__m128i*>(from + n + k), at);
        n += taken;
        i += taken;
        continue;
      }
    }
#endif
    // Runs of ASCII letters, digits and punctuation other than : ; ! ? need
    // no decision but the pending space: copy them through the table.
    unsigned char c = s[i];
    if (kRunFold[c] != 0) {
      if (pending_space) {
        from[n] = space_from;
        out[n++] = ' ';
        pending_space = false;
      }
      const size_t end = s.size();
      unsigned char f = kRunFold[c];
      do {
        from[n] = static_cast<uint32_t>(i);
        out[n++] = static_cast<char>(f);
        ++i;
      } while (i < end && (f = kRunFold[static_cast<unsigned char>(s[i])]) != 0);
      continue;
    }
    size_t start = i;
    char32_t folded;
    if (c < 0x80) {
      ++i;
      folded = kAsciiFold[c];
    } else {
      folded = FoldForMatch(DecodeUtf8(s, &i));
    }
    if (folded == 0) {
      if (!pending_space) space_from = static_cast<uint32_t>(start);
      pending_space = n > 0;
      continue;
    }
    if (pending_space && !NoSpaceBefore(folded)) {
      from[n] = space_from;
      out[n++] = ' ';
    }
    pending_space = false;
    if (folded < 0x80) {
      from[n] = static_cast<uint32_t>(start);
      out[n++] = static_cast<char>(folded);
      continue;
    }
    char utf8[4];
    size_t len = EncodeUtf8(folded, utf8);
    for (size_t k = 0; k < len; ++k) {
      from[n] = static_cast<uint32_t>(start);
      out[n++] = utf8[k];
    }
  }
  f->size = n;
}

// Byte length of the UTF-8 sequence starting with `lead`.
size_t SequenceLength(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

std::string FoldedString(std::string_view s) {
  FoldedText f;
  Fold(s, &f);
  return std::string(f.view());
}

// True when the code point ending right before `pos` is a letter or digit.
bool WordCharBefore(std::string_view s, size_t pos) {
  if (pos == 0) return false;
  size_t start = pos - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  size_t p = start;
  return u_isalnum(DecodeUtf8(s, &p));
}

bool WordCharAt(std::string_view s, size_t pos) {
  if (pos >= s.size()) return false;
  return u_isalnum(DecodeUtf8(s, &pos));
}

// A match as Vectorscan reports it: pattern id and folded byte range.
struct RawMatch {
  unsigned id;
  uint32_t from, to;
};

struct MatchSink {
  const std::vector<uint32_t>* lengths;  // by pattern id: folded bytes
  std::vector<RawMatch>* matches;
};

// Literal mode reports no start of match: a literal starts its length
// before its end.
int CollectMatch(unsigned int id, unsigned long long /*from*/, unsigned long long to, unsigned int /*flags*/,
                 void* ctx) {
  auto* sink = static_cast<MatchSink*>(ctx);
  const uint32_t end = static_cast<uint32_t>(to);
  sink->matches->push_back({id, end - (*sink->lengths)[id], end});
  return 0;
}

// One scratch space per thread, grown for each database it meets.
struct ThreadScratch {
  hs_scratch_t* scratch = nullptr;
  uint64_t serial = 0;
  ~ThreadScratch() {
    if (scratch) hs_free_scratch(scratch);
  }
};

std::atomic<uint64_t> next_serial{1};

}  // namespace

bool PhraseKindFromName(std::string_view name, PhraseKind* kind) {
  for (const KindName& k : kKindNames) {
    if (k.name == name) {
      *kind = k.kind;
      return true;
    }
  }
  return false;
}

Result<std::unique_ptr<Boilerplate>> Boilerplate::Load(const std::string& path) {
  Result<std::string> content = ReadFile(path);
  if (!content.ok()) return content.status();
  return Parse(*content, path);
}

Result<std::unique_ptr<Boilerplate>> Boilerplate::Parse(std::string_view content, const std::string& name) {
  std::unique_ptr<Boilerplate> b(new Boilerplate());
  std::vector<std::string> patterns;
  std::vector<unsigned> flags;
  std::set<std::string> seen;
  std::vector<std::string_view> lines = SplitLines(content);
  auto error = [&](size_t line, const std::string& problem) {
    return Status::DataError(name + ":" + std::to_string(line) + ": " + problem);
  };
  if (lines.empty() || TrimSpace(lines[0]) != kFormatLine)
    return error(1, "expected the format line '" + std::string(kFormatLine) + "'");
  for (size_t i = 1; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    if (TrimSpace(line).empty() || line[0] == '#') continue;
    std::vector<std::string_view> cols;
    size_t pos = 0;
    for (size_t tab; (tab = line.find('\t', pos)) != std::string_view::npos; pos = tab + 1)
      cols.push_back(line.substr(pos, tab - pos));
    cols.push_back(line.substr(pos));
    if (cols.size() != 3) return error(i + 1, "expected 3 tab-separated columns (kind, lang, phrase), got " +
                                                  std::to_string(cols.size()));
    PhraseKind kind;
    if (!PhraseKindFromName(cols[0], &kind)) return error(i + 1, "unknown kind '" + std::string(cols[0]) + "'");
    if (cols[1] != "fr" && cols[1] != "en" && cols[1] != "ru" && cols[1] != "*")
      return error(i + 1, "lang must be fr, en, ru or *, not '" + std::string(cols[1]) + "'");
    std::string_view phrase = cols[2];
    if (phrase.empty() || TrimSpace(phrase).size() != phrase.size())
      return error(i + 1, "empty phrase or phrase with surrounding spaces");
    if (!IsValidUtf8(phrase)) return error(i + 1, "phrase is not valid UTF-8");
    if (phrase.find('\t') != std::string_view::npos) return error(i + 1, "tab inside the phrase");
    if (!seen.insert(std::string(cols[0]) + "\t" + FoldedString(phrase)).second)
      return error(i + 1, "duplicate phrase '" + std::string(phrase) + "'");
    std::string folded = FoldedString(phrase);
    if (folded.empty()) return error(i + 1, "phrase has nothing to match");
    b->kinds_.push_back(kind);
    b->phrases_.emplace_back(phrase);
    b->lengths_.push_back(static_cast<uint32_t>(folded.size()));
    patterns.push_back(std::move(folded));
    flags.push_back(0);
    size_t p0 = 0, pl = phrase.size() - 1;
    while (pl > 0 && (static_cast<unsigned char>(phrase[pl]) & 0xC0) == 0x80) --pl;
    b->alnum_ends_.push_back(u_isalnum(DecodeUtf8(phrase, &p0)));
    b->alnum_ends_.push_back(u_isalnum(DecodeUtf8(phrase, &pl)));
  }
  if (patterns.empty()) return error(lines.size(), "no phrases");
  std::vector<const char*> exprs;
  std::vector<size_t> lens;
  std::vector<unsigned> ids;
  for (size_t i = 0; i < patterns.size(); ++i) {
    exprs.push_back(patterns[i].data());
    lens.push_back(patterns[i].size());
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(), lens.data(), static_cast<unsigned>(exprs.size()),
                           HS_MODE_BLOCK, nullptr, &db, &err) != HS_SUCCESS) {
    std::string msg = err && err->message ? err->message : "unknown error";
    int at = err ? err->expression : -1;
    hs_free_compile_error(err);
    return Status::Internal(name + ": phrase matcher did not compile (pattern " + std::to_string(at) +
                            "): " + msg);
  }
  b->database_ = db;
  b->serial_ = next_serial.fetch_add(1);
  return b;
}

Boilerplate::~Boilerplate() {
  if (database_) hs_free_database(static_cast<hs_database_t*>(database_));
}

void Boilerplate::Scan(std::string_view text, std::vector<PhraseHit>* hits) const {
  if (text.empty() || database_ == nullptr) return;
  static thread_local ThreadScratch scratch;
  auto* db = static_cast<hs_database_t*>(database_);
  if (scratch.serial != serial_) {
    if (hs_alloc_scratch(db, &scratch.scratch) != HS_SUCCESS) return;
    scratch.serial = serial_;
  }
  static thread_local FoldedText folded;
  static thread_local std::vector<RawMatch> matches;
  Fold(text, &folded);
  if (folded.size == 0) return;
  matches.clear();
  MatchSink sink{&lengths_, &matches};
  hs_scan(db, folded.text.data(), static_cast<unsigned>(folded.size), 0, scratch.scratch, CollectMatch, &sink);
  size_t first = hits->size();
  for (const RawMatch& m : matches) {
    if (m.to == 0 || m.from >= m.to) continue;
    uint32_t start = folded.from[m.from];
    uint32_t last = folded.from[m.to - 1];  // phrases never end on a folded space
    uint32_t end = static_cast<uint32_t>(
        std::min(text.size(), last + SequenceLength(static_cast<unsigned char>(text[last]))));
    if (alnum_ends_[2 * m.id] && WordCharBefore(text, start)) continue;
    if (alnum_ends_[2 * m.id + 1] && WordCharAt(text, end)) continue;
    PhraseKind kind = kinds_[m.id];
    if (kind == PhraseKind::kAgency && text.substr(start, end - start) != phrases_[m.id]) continue;
    hits->push_back({kind, start, end});
  }
  std::sort(hits->begin() + first, hits->end(), [](const PhraseHit& a, const PhraseHit& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.kind != b.kind) return a.kind < b.kind;
    return a.end > b.end;
  });
  // One hit per (start, kind): the longest.
  auto last = std::unique(hits->begin() + first, hits->end(), [](const PhraseHit& a, const PhraseHit& b) {
    return a.start == b.start && a.kind == b.kind;
  });
  hits->erase(last, hits->end());
}

}  // namespace veille
