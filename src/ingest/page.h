// A scraped page as lines with features: what the cleaner and the metadata
// finder both read.
#ifndef VEILLE_INGEST_PAGE_H_
#define VEILLE_INGEST_PAGE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/boilerplate.h"
#include "ingest/page_dates.h"

namespace veille {

struct PageLine {
  std::string text;          // trimmed, NFC; markdown links and emphasis reduced to their text
  size_t core = 0;           // byte offset of the text after a list bullet ("• ", "- ")
  bool blank_before = false; // a blank line separates it from the previous line
  int words = 0;             // space-separated tokens holding a letter or digit
  int longest_number = 0;    // longest run of ASCII digits
  int letters = 0;
  int foreign_letters = 0;   // letters not in the page's main script (set by ReadPage)
  bool sentence_end = false; // ends with . ! ? … (closing quotes and brackets aside)
  bool ellipsis_end = false; // ends with … or ... (a teaser or a cut excerpt)
  bool link_only = false;    // the line was nothing but markdown links
  // Reads as an article paragraph: long, a sentence not cut by "…", or
  // several sentences (an excerpt cut mid-sentence).
  bool body = false;
  std::vector<PhraseHit> hits;   // boilerplate phrases, offsets into `text`
  std::vector<PageDate> dates;   // full dates, offsets into `text`
  // Set by the cleaner: why the line was removed (a static string), or null.
  const char* removed = nullptr;
  int repeat_of = -1;        // index of the earlier line it repeats, if removed as a repeat
  // Sentence-level removals inside a kept line: byte ranges of `text` and why.
  std::vector<std::pair<std::pair<size_t, size_t>, const char*>> cuts;
};

struct Page {
  std::vector<PageLine> lines;
  // "YYYY-MM" of a leading " date YYYY-MM" stamp some scrapers prepend (a
  // partial date, never a publication date by itself).
  std::optional<std::string> source_month;
  int first_body = -1;  // first and last kept body line (set by the cleaner)
  int last_body = -1;
};

// Splits `raw` (UTF-8) into lines and computes their features. Markdown
// links "[text](url)" become "text", images "![alt](url)" go, "**x**" and
// "*x*" become "x". Thread-safe.
Page ReadPage(std::string_view raw, const Boilerplate& boilerplate);

// --- Text helpers shared by the cleaner and the metadata finder. ---

// Lower-case ASCII letters and digits of `s` only ("Le Regard" -> "leregard").
std::string Squash(std::string_view s);

// Words of `s` lower-cased with Latin accents removed, letters and digits
// only ("l’Éthiopie," -> {"l", "ethiopie"}).
std::vector<std::string> FoldedWords(std::string_view s);

// Byte ranges of the sentences of `s`: boundaries after . ! ? … (and
// closing quotes) followed by a space and an upper-case letter, digit or
// opening quote; "M.", "Dr." and single initials do not end a sentence.
std::vector<std::pair<size_t, size_t>> SentenceSpans(std::string_view s);

// Number of space-separated tokens of `s` holding a letter or digit.
int CountWords(std::string_view s);

// True when `s` reads as a person's or an outlet's name: 1 to `max_tokens`
// tokens, each capitalised, an initial, or a particle (de, la, van, bin...),
// no sentence punctuation.
bool IsNameLike(std::string_view s, int max_tokens = 5);

// True when the first letter of `s` is upper case.
bool StartsUpper(std::string_view s);

}  // namespace veille

#endif  // VEILLE_INGEST_PAGE_H_
