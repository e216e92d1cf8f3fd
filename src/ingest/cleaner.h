// The cleaner: from a page's lines to the article body.
//
// Cleaning runs in two passes around the metadata finder, which needs the
// first pass's verdicts (bylines, datelines) and gives the second its title:
//   Page page = ReadPage(raw, boilerplate);
//   MarkFurniture(&page, boilerplate, host);     // line rules
//   ... title_line = FindTitleLine(page, ...) ...
//   CleanedText out = FinishCleaning(&page, title_line, boilerplate);
// Every rule is general (line shape, phrases of data/ingest/boilerplate.tsv,
// script, position, repetition); none removes a sentence of the article body
// except repeated ones. See cleaner.cc for the rules.
#ifndef VEILLE_INGEST_CLEANER_H_
#define VEILLE_INGEST_CLEANER_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/boilerplate.h"
#include "ingest/page.h"

namespace veille {

struct RemovedBlock {
  std::string text;
  std::string reason;  // "byline", "legal", "repeat", "other script"...
};

struct CleanedText {
  std::string text;  // kept lines, one paragraph per line, "\n\n" where the page had a blank line
  std::vector<RemovedBlock> removed;  // in page order
  // Short name lines closing the article ("Omar Hama", "Sahel Tribune"),
  // removed as signatures: candidates for author or outlet.
  std::vector<std::string> signatures;
};

// First pass: marks furniture lines (PageLine::removed) by their own shape
// and phrases, repeated lines, and everything after a legal notice that
// follows the body; sets page->first_body / last_body. `host` is the page's
// URL host ("www.rfi.fr") or empty: lines naming the site are furniture.
void MarkFurniture(Page* page, const Boilerplate& boilerplate, std::string_view host);

// Second pass: with the headline's line index (-1 when none), removes the
// header lines above the headline and the signature lines below the body,
// then cuts furniture sentences inside kept lines (link labels, subscribe
// calls, photo credits, repeated sentences) and assembles the text.
CleanedText FinishCleaning(Page* page, int title_line, const Boilerplate& boilerplate);

// The whole cleaner for a plain text with no metadata (no title line).
// Loads nothing: the caller passes the phrase list.
CleanedText CleanText(std::string_view raw, const Boilerplate& boilerplate);

// Registrable name of a URL host: "https://www.leregard.info/x" ->
// "leregard", "fr.sputniknews.africa" -> "sputniknews". Empty if none.
std::string HostLabel(std::string_view url_or_host);

}  // namespace veille

#endif  // VEILLE_INGEST_CLEANER_H_
