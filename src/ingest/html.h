// HTML pages: the article text and the metadata the page declares.
//
// ParseHtml reads a page with libxml2's HTML parser (forgiving: any bytes
// give a tree, never a crash), keeps the article's text block by block and
// leaves out page furniture: script, style, forms, nav, header, footer,
// aside, and elements whose role, class or id marks navigation, menus,
// cookie banners, share/social buttons, comments, related articles or
// newsletter calls. When an <article> (or [itemprop=articleBody], <main>)
// holds most of the page's paragraph text, only that element is read.
// Deciding what is boilerplate inside the kept text is the cleaner's job.
#ifndef VEILLE_INGEST_HTML_H_
#define VEILLE_INGEST_HTML_H_

#include <optional>
#include <string>
#include <string_view>

#include "veille/status.h"

namespace veille {

// What a page gives before cleaning. `text` keeps the page's block structure:
// one block (paragraph, heading, list item, table row...) per line, blank
// lines between sections; script, style and other non-content elements are
// left out. Metadata comes from <title>, <meta> (og:title, og:site_name,
// author, article:published_time...), JSON-LD and <html lang>, as found.
struct HtmlDocument {
  std::string text;
  std::optional<std::string> title;
  std::optional<std::string> author;
  std::optional<std::string> site_name;
  std::optional<std::string> published;  // as the page states it (ISO or free form)
  std::optional<std::string> canonical_url;
  std::optional<std::string> lang;  // as the page states it ("fr", "fr-FR")
};

// Parses `html` (UTF-8, or the charset the page declares / uchardet guesses:
// see HtmlToUtf8). `name` names the input in error messages. Fails with
// kParseError only when the bytes are empty or binary; malformed markup is
// read as a browser would. Thread-safe.
Result<HtmlDocument> ParseHtml(std::string_view html, const std::string& name);

// The bytes of a page as UTF-8. Valid UTF-8 passes through (a leading BOM is
// dropped) whatever the page declares, since pages often declare a charset
// they do not use. Other bytes are converted with ICU from, in this order:
// `charset_hint` (e.g. the charset of an HTTP Content-Type; empty = none),
// the charset the page declares in its first 4 KiB (<meta charset>,
// <meta http-equiv=Content-Type>), else the charset uchardet guesses.
// ISO-8859-1 and ASCII are read as windows-1252, as browsers do. Fails like
// DecodeToUtf8 (decode.h) on empty or binary bytes. Thread-safe.
Result<std::string> HtmlToUtf8(std::string_view bytes, std::string_view charset_hint,
                               const std::string& name);

}  // namespace veille

#endif  // VEILLE_INGEST_HTML_H_
