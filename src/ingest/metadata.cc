// Metadata from the page's lines, after the cleaner's first pass has said
// which lines are bylines, datelines, repeats and body.
// Tested by metadata_test.cc.
#include "ingest/metadata.h"

#include <algorithm>
#include <set>

#include "base/strings.h"
#include "ingest/cleaner.h"

namespace veille {
namespace {

bool RemovedAs(const PageLine& l, std::string_view why) { return l.removed != nullptr && why == l.removed; }

bool HasHit(const PageLine& l, PhraseKind kind) {
  return std::any_of(l.hits.begin(), l.hits.end(), [&](const PhraseHit& h) { return h.kind == kind; });
}

// Last visible character of `s` (ASCII), or 0.
char LastChar(std::string_view s) {
  s = TrimSpace(s);
  return s.empty() ? 0 : s.back();
}

bool IsTitleCandidate(const PageLine& l) {
  if (l.removed || l.body || l.words < 1 || l.words > 30) return false;
  char last = LastChar(l.text);
  if (last == '.' || last == ',' || last == ';' || last == ':') return false;
  std::string_view core = std::string_view(l.text).substr(l.core);
  if (!StartsUpper(core) && !(core[0] >= '0' && core[0] <= '9') && core.substr(0, 2) != "«" && core[0] != '"')
    return false;
  for (PhraseKind k : {PhraseKind::kFooter, PhraseKind::kCredit, PhraseKind::kAgency, PhraseKind::kLine,
                       PhraseKind::kLabel, PhraseKind::kByline})
    if (HasHit(l, k)) return false;
  return true;
}

// Two to four words, all capitalised: a menu or section path.
bool LooksLikeMenu(const PageLine& l) {
  if (l.words < 2 || l.words > 4) return false;
  std::string_view s = l.text;
  size_t pos = 0;
  for (std::string_view w; NextWord(s, &pos, &w);) {
    if (!StartsUpper(w)) return false;
  }
  return true;
}

// Content words of the URL's last path segment with letters ("slug").
std::set<std::string> SlugWords(std::string_view url) {
  std::set<std::string> out;
  size_t scheme = url.find("://");
  size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return out;
  std::string_view p = url.substr(path);
  p = p.substr(0, std::min(p.find('?'), p.size()));
  // The slug: the segment of most hyphen-joined words (ties: the later one).
  std::string best;
  int best_words = -1;
  size_t pos = 0;
  while (pos < p.size()) {
    size_t slash = std::min(p.find('/', pos), p.size());
    std::string_view seg = p.substr(pos, slash - pos);
    int words = static_cast<int>(std::count(seg.begin(), seg.end(), '-') + std::count(seg.begin(), seg.end(), '_'));
    if (!seg.empty() && words >= best_words) best = std::string(seg), best_words = words;
    pos = slash + 1;
  }
  for (std::string& w : FoldedWords(best))
    if (w.size() >= 4 && !(w[0] >= '0' && w[0] <= '9')) out.insert(std::move(w));
  return out;
}

int SlugOverlap(const std::set<std::string>& slug, std::string_view line) {
  int n = 0;
  std::set<std::string> seen;
  for (std::string& w : FoldedWords(line))
    if (slug.count(w) && seen.insert(w).second) ++n;
  return n;
}

int NextKept(const Page& page, int i) {
  for (int j = i + 1; j < static_cast<int>(page.lines.size()); ++j)
    if (!page.lines[j].removed) return j;
  return -1;
}

int TitleScore(const Page& page, int i, bool first, const std::set<std::string>& slug) {
  const PageLine& l = page.lines[i];
  int score = first ? 1 : 0;
  if (i + 1 < static_cast<int>(page.lines.size())) {
    const PageLine& next = page.lines[i + 1];
    if (RemovedAs(next, "byline") || RemovedAs(next, "dateline")) score += 3;
  }
  for (const PageLine& other : page.lines)
    if (other.repeat_of == i) {
      score += 3;
      break;
    }
  int next = NextKept(page, i);
  if (next >= 0 && next == page.first_body) {
    score += 2;
  } else if (page.first_body >= 0) {
    for (int k = 0, j = next; k < 3 && j >= 0; ++k, j = NextKept(page, j))
      if (j == page.first_body) score += 1;
  }
  int overlap = SlugOverlap(slug, l.text);
  if (overlap >= 2 || (overlap >= 1 && overlap == static_cast<int>(slug.size()))) score += 3;
  if (LooksLikeMenu(l) && overlap == 0) score -= 2;
  // A lone word above the body is a section name unless the slug is that word.
  if (l.words == 1 && !(overlap >= 1 && overlap == static_cast<int>(slug.size()))) score -= 2;
  return score;
}

// True when line i is `offset` lines after a byline (negative: before).
bool BylineAt(const Page& page, int i, int offset) {
  int j = i - offset;
  return j >= 0 && j < static_cast<int>(page.lines.size()) && RemovedAs(page.lines[j], "byline");
}

bool InHeader(const Page& page, int i) { return page.first_body < 0 || i < page.first_body; }

std::optional<std::string> FirstDate(const PageLine& l) {
  for (const PageDate& d : l.dates)
    if (d.year >= 1990) return d.Iso();
  return std::nullopt;
}

bool IsPersonName(std::string_view name, const Boilerplate& boilerplate, std::string_view url) {
  if (!IsNameLike(name, 4) || CountWords(name) < 2 || !StartsUpper(name.substr(0, name.find(' ')))) return false;
  std::string_view first = name.substr(0, name.find(' '));
  if (first == "La" || first == "Le" || first == "Les" || first == "L'" || first == "The") return false;
  std::vector<PhraseHit> hits;
  boilerplate.Scan(name, &hits);
  for (const PhraseHit& h : hits)
    if (h.kind == PhraseKind::kOutletWord || h.kind == PhraseKind::kAgency || h.kind == PhraseKind::kWhole)
      return false;
  std::string host = HostLabel(url);
  return host.empty() || Squash(name) != host;
}

}  // namespace

int FindTitleLine(const Page& page, std::string_view url) {
  std::set<std::string> slug = SlugWords(url);
  int best = -1, best_score = 2;  // at least 2 to count
  bool first = true;
  int limit = page.first_body >= 0 ? page.first_body : std::min<int>(6, page.lines.size());
  for (int i = 0; i < limit; ++i) {
    if (!IsTitleCandidate(page.lines[i])) continue;
    int score = TitleScore(page, i, first, slug);
    first = false;
    if (score >= best_score) best = i, best_score = score;  // ties: the later, nearer the body
  }
  return best;
}

int FindLineMatching(const Page& page, std::string_view title) {
  std::vector<std::string> want = FoldedWords(title);
  if (want.empty()) return -1;
  for (size_t i = 0; i < page.lines.size(); ++i) {
    size_t a = page.lines[i].text.size(), b = title.size();
    if (2 * a < b || 2 * b < a) continue;  // cannot hold the same words
    if (FoldedWords(page.lines[i].text) == want) return static_cast<int>(i);
  }
  return -1;
}

std::optional<std::string> FindPublished(const Page& page, std::string_view url) {
  if (auto d = DateFromUrl(url)) return d;
  const auto& lines = page.lines;
  int n = static_cast<int>(lines.size());
  for (PhraseKind label : {PhraseKind::kPublished, PhraseKind::kUpdated})
    for (int i = 0; i < n; ++i)
      if (HasHit(lines[i], label) && lines[i].words <= 12)
        if (auto d = FirstDate(lines[i])) return d;
  for (int offset : {0, 1, 2, -1})  // the byline's own line, below it, just above
    for (int i = 0; i < n && InHeader(page, i); ++i)
      if (BylineAt(page, i, offset))
        if (auto d = FirstDate(lines[i])) return d;
  for (int i = 0; i < n && InHeader(page, i); ++i)
    if (lines[i].words <= 12)
      if (auto d = FirstDate(lines[i])) return d;
  for (const PageLine& l : lines) {
    if (l.removed) continue;
    for (const PageDate& d : l.dates)
      if ((d.weekday || d.deictic) && d.year >= 1990) return d.Iso();
  }
  return std::nullopt;
}

std::optional<std::string> FindAuthor(const Page& page, const std::vector<std::string>& signatures,
                                      const Boilerplate& boilerplate, std::string_view url) {
  for (const PageLine& l : page.lines) {
    if (!RemovedAs(l, "byline")) continue;
    for (const PhraseHit& h : l.hits) {
      if (h.kind != PhraseKind::kByline) continue;
      std::string_view tail = TrimSpace(std::string_view(l.text).substr(h.end));
      while (!tail.empty() && tail[0] == ':') tail = TrimSpace(tail.substr(1));
      size_t cut = tail.size();
      for (std::string_view sep : {",", "|", " - ", " – ", " le ", " on ", " • ", " / ", " ("})
        cut = std::min(cut, tail.find(sep));
      for (const PageDate& d : l.dates)
        if (d.start >= static_cast<size_t>(tail.data() - l.text.data()))
          cut = std::min(cut, d.start - static_cast<size_t>(tail.data() - l.text.data()));
      std::string_view name = TrimSpace(tail.substr(0, cut));
      if (IsPersonName(name, boilerplate, url)) return std::string(name);
      break;
    }
  }
  for (const std::string& s : signatures)
    if (IsPersonName(s, boilerplate, url)) return s;
  return std::nullopt;
}

std::optional<std::string> FindOutlet(const Page& page, std::string_view url) {
  for (const PageLine& l : page.lines)
    if (RemovedAs(l, "site") && Squash(l.text) == HostLabel(url)) return std::string(TrimSpace(l.text));
  for (int i = 0; i < static_cast<int>(page.lines.size()) && InHeader(page, i); ++i) {
    const PageLine& l = page.lines[i];
    if (l.dates.empty() || l.words > 8) continue;
    // "Name, date": the dateline of an outlet.
    std::string_view before = TrimSpace(std::string_view(l.text).substr(l.core, l.dates[0].start - l.core));
    if (before.empty() || before.back() != ',') continue;
    before = TrimSpace(before.substr(0, before.size() - 1));
    if (!before.empty() && before.find(',') == std::string_view::npos && IsNameLike(before, 4) &&
        !HasHit(l, PhraseKind::kPublished) && !HasHit(l, PhraseKind::kUpdated) && !HasHit(l, PhraseKind::kByline))
      return std::string(before);
  }
  std::string label = HostLabel(url);
  if (label.empty()) return std::nullopt;
  if (label.size() <= 4) {
    for (char& c : label) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  } else if (label[0] >= 'a' && label[0] <= 'z') {
    label[0] = static_cast<char>(label[0] - 32);
  }
  return label;
}

namespace {

// title.rfind(sep) with a first-byte test before the compare: rfind called
// memcmp at every position of every title, for each separator.
size_t RFindSeparator(std::string_view title, std::string_view sep) {
  for (size_t i = title.size() >= sep.size() ? title.size() - sep.size() + 1 : 0; i-- > 0;)
    if (title[i] == sep[0] && title.compare(i, sep.size(), sep) == 0) return i;
  return std::string_view::npos;
}

}  // namespace

std::string StripSiteSuffix(std::string_view title, std::string_view url) {
  std::string host = HostLabel(url);
  title = TrimSpace(title);
  for (std::string_view sep : {" | ", " - ", " – ", " — "}) {
    size_t at = RFindSeparator(title, sep);
    if (at == std::string_view::npos) continue;
    std::string site = Squash(title.substr(at + sep.size()));
    if (!host.empty() && !site.empty() && (site == host || host.find(site) != std::string::npos ||
                                           site.find(host) != std::string::npos))
      return std::string(TrimSpace(title.substr(0, at)));
  }
  return std::string(title);
}

}  // namespace veille
