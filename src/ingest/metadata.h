// Metadata a page shows in its text: headline, author, outlet, publication
// date. Sources that state them outright (JSON Lines fields, HTML <meta>)
// win; the ingester applies that order, these functions read the page.
#ifndef VEILLE_INGEST_METADATA_H_
#define VEILLE_INGEST_METADATA_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/boilerplate.h"
#include "ingest/page.h"

namespace veille {

// Index of the headline line, or -1. Precondition: MarkFurniture() ran.
// Candidates are short lines above the body that do not end like a
// sentence; each scores for what marks a headline — followed by a byline
// or dateline, printed again further down, followed by the body, sharing
// words with the URL's slug, being the first — and loses for looking like
// a menu ("Afrique Relations Internationales"). When nothing scores enough
// the page has no headline we can tell: -1 (null beats wrong).
int FindTitleLine(const Page& page, std::string_view url);

// Index of the line holding `title` (same words), or -1.
int FindLineMatching(const Page& page, std::string_view title);

// Publication date "YYYY-MM-DD" from the URL and the page, in this order:
// a date in the URL; a labelled date ("Publié le", "Загружено:"), published
// before updated; a date on or next to a byline above the body; a date line
// above the body; in the body, the first full date that a weekday or "ce"
// introduces ("ce lundi 24 janvier 2022": news dates its own day so).
// Dates elsewhere in the body are events, not the page's date.
std::optional<std::string> FindPublished(const Page& page, std::string_view url);

// Author: the name of a byline above the body, else a signature line
// (`signatures`, from the cleaner) that reads as a person's name — not an
// outlet, an agency or the site.
std::optional<std::string> FindAuthor(const Page& page, const std::vector<std::string>& signatures,
                                      const Boilerplate& boilerplate, std::string_view url);

// Outlet: a line that names the site (matching the URL host), the name
// before a dateline's date ("Horizons.info, 12 octobre 2022"), else
// the URL host made readable ("www.rfi.fr" -> "RFI", "netafrique.net" ->
// "Netafrique").
std::optional<std::string> FindOutlet(const Page& page, std::string_view url);

// A headline without a trailing " - Site" / " | Site" naming `url`'s site.
std::string StripSiteSuffix(std::string_view title, std::string_view url);

}  // namespace veille

#endif  // VEILLE_INGEST_METADATA_H_
