// Vectorscan literal database over the folded dictionary forms. Literal
// mode needs no start-of-match tracking: a hit's start is its end minus the
// pattern's length. Word boundaries are checked on the folded text after.
//
// Short patterns ("ue", "un", "pr") occur inside countless words and would
// flood the boundary check, so patterns of up to kShortPattern bytes are
// compiled with one non-word byte before them (" ue", "'ue", "(ue"...); a
// match at the very start of the text is checked by hand.
// Tested by matcher_test.cc.
#include "actors/matcher.h"

#include <hs/hs.h>

#include <algorithm>
#include <atomic>

#include "actors/fold.h"

namespace veille {

struct LiteralMatcher::Db {
  hs_database_t* db = nullptr;
  ~Db() { hs_free_database(db); }
};

namespace {

// One scratch per thread, grown to fit every database it is used with.
// hs_alloc_scratch is costly even when nothing changes, so each thread
// remembers the serial numbers of the databases its scratch already fits.
struct ThreadScratch {
  hs_scratch_t* scratch = nullptr;
  std::vector<uint64_t> fits;
  ~ThreadScratch() { hs_free_scratch(scratch); }
};

std::atomic<uint64_t> next_serial{1};

struct ScanContext {
  std::string_view text;
  const std::vector<uint32_t>* lengths;    // by compiled id: the unpadded length
  const std::vector<uint32_t>* originals;  // by compiled id: the caller's pattern index
  std::vector<LiteralHit>* hits;
};

constexpr size_t kShortPattern = 2;
constexpr char kPads[] = {' ', '\'', '(', '[', '-', '"', '/', '.', ',', ';', ':'};

int OnMatch(unsigned int id, unsigned long long /*from*/, unsigned long long to,
            unsigned int /*flags*/, void* ctx) {
  auto* c = static_cast<ScanContext*>(ctx);
  size_t end = static_cast<size_t>(to);
  size_t start = end - (*c->lengths)[id];
  unsigned pattern = (*c->originals)[id];
  if (IsWordBounded(c->text, start, end))
    c->hits->push_back({pattern, static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
  return 0;
}

bool HitLess(const LiteralHit& a, const LiteralHit& b) {
  if (a.start != b.start) return a.start < b.start;
  if (a.end != b.end) return a.end < b.end;
  return a.pattern < b.pattern;
}

}  // namespace

bool IsWordBounded(std::string_view text, size_t start, size_t end) {
  if (start > 0 && IsFoldedWordByte(text[start - 1]) && IsFoldedWordByte(text[start])) return false;
  if (end < text.size() && IsFoldedWordByte(text[end]) && IsFoldedWordByte(text[end - 1])) return false;
  return true;
}

Result<std::unique_ptr<LiteralMatcher>> LiteralMatcher::Build(const std::vector<std::string>& patterns) {
  if (patterns.empty()) return Status::InvalidArgument("matcher: no patterns");
  std::unique_ptr<LiteralMatcher> m(new LiteralMatcher());
  std::vector<std::string> compiled;
  for (size_t i = 0; i < patterns.size(); ++i) {
    const std::string& p = patterns[i];
    if (p.empty()) return Status::InvalidArgument("matcher: empty pattern " + std::to_string(i));
    if (p.size() <= kShortPattern && IsFoldedWordByte(p[0])) {
      m->short_.push_back(static_cast<uint32_t>(i));
      for (char pad : kPads) {
        compiled.push_back(pad + p);
        m->originals_.push_back(static_cast<uint32_t>(i));
        m->lengths_.push_back(static_cast<uint32_t>(p.size()));
      }
    } else {
      compiled.push_back(p);
      m->originals_.push_back(static_cast<uint32_t>(i));
      m->lengths_.push_back(static_cast<uint32_t>(p.size()));
    }
  }
  std::vector<const char*> exprs;
  std::vector<size_t> lens;
  std::vector<unsigned> ids, flags;
  for (size_t i = 0; i < compiled.size(); ++i) {
    exprs.push_back(compiled[i].data());
    lens.push_back(compiled[i].size());
    ids.push_back(static_cast<unsigned>(i));
    flags.push_back(0);
  }
  m->patterns_ = patterns;
  m->serial_ = next_serial++;
  m->db_ = std::make_unique<Db>();
  hs_compile_error_t* error = nullptr;
  if (hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(), lens.data(),
                           static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK, nullptr,
                           &m->db_->db, &error) != HS_SUCCESS) {
    std::string why = error && error->message ? error->message : "unknown error";
    hs_free_compile_error(error);
    return Status::Internal("matcher: Vectorscan compile failed: " + why);
  }
  return m;
}

LiteralMatcher::~LiteralMatcher() = default;

std::vector<LiteralHit> LiteralMatcher::FindAll(std::string_view text) const {
  std::vector<LiteralHit> hits;
  FindAll(text, &hits);
  return hits;
}

void LiteralMatcher::FindAll(std::string_view text, std::vector<LiteralHit>* hits) const {
  hits->clear();
  if (text.empty()) return;
  thread_local ThreadScratch scratch;
  if (std::find(scratch.fits.begin(), scratch.fits.end(), serial_) == scratch.fits.end()) {
    if (hs_alloc_scratch(db_->db, &scratch.scratch) != HS_SUCCESS) return;
    scratch.fits.push_back(serial_);
  }
  ScanContext ctx{text, &lengths_, &originals_, hits};
  hs_scan(db_->db, text.data(), static_cast<unsigned>(text.size()), 0, scratch.scratch, OnMatch, &ctx);
  for (uint32_t i : short_) {
    const std::string& p = patterns_[i];
    if (text.substr(0, p.size()) == p && IsWordBounded(text, 0, p.size()))
      hits->push_back({i, 0, static_cast<uint32_t>(p.size())});
  }
  std::sort(hits->begin(), hits->end(), HitLess);
}

std::vector<LiteralHit> FindAllSlow(const std::vector<std::string>& patterns, std::string_view text) {
  std::vector<LiteralHit> hits;
  for (size_t i = 0; i < patterns.size(); ++i) {
    for (size_t at = text.find(patterns[i]); at != std::string_view::npos;
         at = text.find(patterns[i], at + 1)) {
      if (IsWordBounded(text, at, at + patterns[i].size()))
        hits.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(at),
                        static_cast<uint32_t>(at + patterns[i].size())});
    }
  }
  std::sort(hits.begin(), hits.end(), HitLess);
  return hits;
}

}  // namespace veille
