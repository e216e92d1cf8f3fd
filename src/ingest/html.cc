// HTML reader: libxml2 builds the DOM, we walk it twice.
//
// 1. Bytes become UTF-8 first (HtmlToUtf8), then libxml2 parses them as
//    UTF-8 with the page's own charset declaration ignored: the bytes are
//    already converted, and libxml2 2.9 would otherwise decode them twice or
//    fall back to Latin-1 at the first bad byte.
// 2. The content root is chosen: the <article> (else [itemprop=articleBody],
//    else <main>) holding more than half of the page's paragraph text, else
//    <body>. Listing pages with many small <article> teasers keep the body.
// 3. The text walk (iterative, so deep nesting cannot exhaust the stack)
//    skips furniture elements (tags, roles, hidden markers, class/id
//    keywords) and ends a line at each block element. A class/id keyword
//    never removes an element holding 60 % or more of the page's visible
//    text: such a match is a page-wide wrapper ("has-cookie-banner"), not a
//    widget.
// 4. The metadata walk reads <meta>, <link>, <title>, rel=author,
//    itemprop and JSON-LD (simdjson; arrays and @graph), then fields are
//    taken from sources in a fixed order of trust (see Assemble()).
// Tested by html_test.cc; fuzzed by fuzz/fuzz_readers.cc.
#include "ingest/html.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <simdjson.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "base/strings.h"
#include "base/utf8.h"
#include "ingest/decode.h"

namespace veille {
namespace {

// ---------------------------------------------------------------- charsets

bool IsCharsetChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':';
}

// The charset a <meta> in the first 4 KiB declares, lower-cased; empty if none.
std::string DeclaredCharset(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, 4096));
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    size_t end = head.find('>', pos);
    if (end == std::string::npos) end = head.size();
    std::string_view tag(head.data() + pos, end - pos);
    size_t cs = tag.find("charset");
    if (cs != std::string_view::npos) {
      size_t i = cs + 7;
      while (i < tag.size() && (tag[i] == ' ' || tag[i] == '=' || tag[i] == '"' || tag[i] == '\''))
        ++i;
      size_t j = i;
      while (j < tag.size() && IsCharsetChar(tag[j])) ++j;
      if (j > i) return std::string(tag.substr(i, j - i));
    }
    pos = end;
  }
  return {};
}

// WHATWG reads these labels as windows-1252; ICU would read them strictly.
std::string NormalizeCharset(std::string_view charset) {
  std::string cs = AsciiLower(TrimSpace(charset));
  if (cs == "iso-8859-1" || cs == "iso8859-1" || cs == "latin1" || cs == "latin-1" ||
      cs == "us-ascii" || cs == "ascii" || cs == "iso_8859-1" || cs == "l1")
    return "windows-1252";
  return cs;
}

// Converts with ICU; malformed sequences become U+FFFD. Empty optional when
// ICU does not know the charset.
std::optional<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset) {
  if (bytes.size() > (INT32_MAX - 4) / 3) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  std::string out(bytes.size() * 3 + 4, '\0');
  int32_t n = ucnv_convert("UTF-8", charset.c_str(), out.data(), static_cast<int32_t>(out.size()),
                           bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(static_cast<size_t>(n));
  return out;
}

// ---------------------------------------------------------------- DOM helpers

const char* Name(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

bool IsElement(const xmlNode* n) { return n->type == XML_ELEMENT_NODE && n->name != nullptr; }

bool Is(const xmlNode* n, const char* name) { return IsElement(n) && std::strcmp(Name(n), name) == 0; }

// Value of attribute `name` (libxml2 lower-cases HTML attribute names), or
// nullopt when absent.
std::optional<std::string_view> Attr(const xmlNode* n, const char* name) {
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr || std::strcmp(reinterpret_cast<const char*>(a->name), name) != 0) continue;
    if (a->children == nullptr || a->children->content == nullptr) return std::string_view();
    return std::string_view(reinterpret_cast<const char*>(a->children->content));
  }
  return std::nullopt;
}

std::string LowerAttr(const xmlNode* n, const char* name) {
  auto v = Attr(n, name);
  return v ? AsciiLower(TrimSpace(*v)) : std::string();
}

// True when the space-separated token list `list` holds `token` (ASCII case-insensitive).
bool HasToken(std::string_view list, std::string_view token) {
  std::string lower = AsciiLower(list);
  size_t pos = 0;
  while (pos < lower.size()) {
    while (pos < lower.size() && std::isspace(static_cast<unsigned char>(lower[pos]))) ++pos;
    size_t end = pos;
    while (end < lower.size() && !std::isspace(static_cast<unsigned char>(lower[end]))) ++end;
    if (std::string_view(lower).substr(pos, end - pos) == token) return true;
    pos = end;
  }
  return false;
}

// Visits the subtree of `root` in document order without recursion.
// `enter(n)` returns whether to descend into n; `leave(n)` follows the
// children of every node entered.
template <typename Enter, typename Leave>
void Walk(const xmlNode* root, Enter&& enter, Leave&& leave) {
  if (root == nullptr) return;
  const xmlNode* n = root;
  while (true) {
    bool descend = enter(n);
    if (descend && n->children != nullptr) {
      n = n->children;
      continue;
    }
    if (descend) leave(n);
    while (n != root && n->next == nullptr) {
      n = n->parent;
      leave(n);
    }
    if (n == root) return;
    n = n->next;
  }
}

bool IsTextNode(const xmlNode* n) {
  return (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content != nullptr;
}

std::string_view Content(const xmlNode* n) { return reinterpret_cast<const char*>(n->content); }

// What an element is, computed once per node and kept in its `_private`
// field (libxml2 leaves that field to the application; the tree lives only
// for one ParseHtml call).
enum NodeFlag : uintptr_t {
  kComputed = 1 << 0,
  kNonText = 1 << 1,     // its content is never article text (script, nav...)
  kBlock = 1 << 2,       // ends a line
  kSection = 1 << 3,     // set off by blank lines
  kCell = 1 << 4,        // td, th
  kPre = 1 << 5,
  kHidden = 1 << 6,      // hidden, aria-hidden, display:none
  kRoleWidget = 1 << 7,  // role=navigation, banner...
  kClassWidget = 1 << 8,  // class or id names a widget (see FurnitureToken)
  kPageHeader = 1 << 9,  // <header> outside any <article>
  kPara = 1 << 10,       // p
  kBreak = 1 << 11,      // br
};

uintptr_t TagFlags(std::string_view name) {
  static const auto* kTable = new std::unordered_map<std::string_view, uintptr_t>{
      {"script", kNonText}, {"style", kNonText}, {"noscript", kNonText}, {"template", kNonText},
      {"svg", kNonText}, {"math", kNonText}, {"iframe", kNonText}, {"form", kNonText},
      {"button", kNonText}, {"select", kNonText}, {"option", kNonText}, {"textarea", kNonText},
      {"input", kNonText}, {"nav", kNonText}, {"footer", kNonText}, {"aside", kNonText},
      {"object", kNonText}, {"embed", kNonText}, {"canvas", kNonText}, {"video", kNonText},
      {"audio", kNonText}, {"map", kNonText}, {"head", kNonText}, {"dialog", kNonText},
      {"menu", kNonText}, {"label", kNonText}, {"datalist", kNonText}, {"picture", kNonText},
      {"source", kNonText}, {"track", kNonText}, {"frameset", kNonText},
      {"p", kBlock | kPara}, {"br", kBreak}, {"div", kBlock}, {"li", kBlock}, {"dl", kBlock}, {"dt", kBlock}, {"dd", kBlock},
      {"thead", kBlock}, {"tbody", kBlock}, {"tfoot", kBlock}, {"tr", kBlock}, {"caption", kBlock},
      {"figcaption", kBlock}, {"address", kBlock}, {"center", kBlock}, {"details", kBlock},
      {"summary", kBlock}, {"fieldset", kBlock}, {"body", kBlock}, {"html", kBlock},
      {"hgroup", kBlock}, {"legend", kBlock},
      {"section", kSection}, {"article", kSection}, {"main", kSection}, {"table", kSection},
      {"ul", kSection}, {"ol", kSection}, {"blockquote", kSection}, {"pre", kSection | kPre},
      {"figure", kSection}, {"hr", kSection}, {"header", kSection},
      {"h1", kSection}, {"h2", kSection}, {"h3", kSection}, {"h4", kSection}, {"h5", kSection},
      {"h6", kSection}, {"td", kCell}, {"th", kCell}};
  auto it = kTable->find(name);
  return it == kTable->end() ? 0 : it->second;
}

bool HiddenByAttributes(const xmlNode* n) {
  if (Attr(n, "hidden")) return true;
  if (LowerAttr(n, "aria-hidden") == "true") return true;
  auto style = Attr(n, "style");
  if (!style) return false;
  std::string css = AsciiLower(*style);
  css.erase(std::remove(css.begin(), css.end(), ' '), css.end());
  return css.find("display:none") != std::string::npos || css.find("visibility:hidden") != std::string::npos;
}

bool FurnitureRole(const xmlNode* n) {
  static constexpr std::string_view kRoles[] = {
      "navigation", "menu",   "menubar", "banner", "contentinfo", "complementary",
      "search",     "dialog", "alertdialog", "toolbar", "tablist"};
  auto role = Attr(n, "role");
  if (!role) return false;
  for (std::string_view r : kRoles)
    if (HasToken(*role, r)) return true;
  return false;
}

// Does one class or id token name a page widget? Distinctive words match
// anywhere in the token, separators ignored ("sharebar", "post-comments",
// "read-also"); short or ambiguous ones only as a whole part between '-',
// '_' or case changes ("nav", "ad").
bool FurnitureToken(std::string_view token) {
  static constexpr std::string_view kAnywhere[] = {
      "share",   "sharing", "social",   "cookie",   "consent",    "breadcrumb", "newsletter",
      "comment", "related", "menu",     "navbar",   "navigation", "sidebar",    "partage",
      "ariane",  "popup",   "advertis", "sponsor",  "outbrain",   "taboola",    "readalso",
      "lireaussi", "seealso", "voiraussi"};
  static constexpr std::string_view kParts[] = {
      "nav",   "ad", "ads",  "promo", "footer", "subscribe",  "subscription",
      "modal", "sr", "skip", "tags",  "abonnement", "print"};
  char squashed[128], part[32];
  size_t len = 0, plen = 0;
  bool part_hit = false;
  auto end_part = [&] {
    for (std::string_view k : kParts)
      if (std::string_view(part, plen) == k) part_hit = true;
    plen = 0;
  };
  for (size_t i = 0; i < token.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(token[i]);
    if (!std::isalnum(c)) {
      end_part();
      continue;
    }
    if (std::isupper(c) && i > 0 && std::islower(static_cast<unsigned char>(token[i - 1]))) end_part();
    char lc = static_cast<char>(std::tolower(c));
    if (len < sizeof squashed) squashed[len++] = lc;
    if (plen < sizeof part) part[plen++] = lc;
  }
  end_part();
  if (part_hit) return true;
  std::string_view sq(squashed, len);
  for (std::string_view k : kAnywhere)
    if (sq.find(k) != std::string_view::npos) return true;
  return false;
}

bool FurnitureClassOrId(const xmlNode* n) {
  for (const char* attr : {"class", "id"}) {
    auto v = Attr(n, attr);
    if (!v) continue;
    std::string_view s = *v;
    size_t pos = 0;
    while (pos < s.size()) {
      while (pos < s.size() && std::isspace(static_cast<unsigned char>(s[pos]))) ++pos;
      size_t end = pos;
      while (end < s.size() && !std::isspace(static_cast<unsigned char>(s[end]))) ++end;
      if (end > pos && FurnitureToken(s.substr(pos, end - pos))) return true;
      pos = end;
    }
  }
  return false;
}

// Page headers are furniture; an <article>'s own header holds its headline.
bool IsPageHeader(const xmlNode* n) {
  for (const xmlNode* p = n->parent; p != nullptr; p = p->parent)
    if (Is(p, "article")) return false;
  return true;
}

// Flags of an element (0 for other nodes), computed on first use.
uintptr_t Flags(const xmlNode* n) {
  if (!IsElement(n)) return 0;
  auto cached = reinterpret_cast<uintptr_t>(n->_private);
  if (cached & kComputed) return cached;
  uintptr_t f = kComputed | TagFlags(Name(n));
  if (n->properties != nullptr) {
    if (HiddenByAttributes(n)) f |= kHidden;
    if (FurnitureRole(n)) f |= kRoleWidget;
    if (FurnitureClassOrId(n)) f |= kClassWidget;
  }
  if (std::strcmp(Name(n), "header") == 0 && IsPageHeader(n)) f |= kPageHeader;
  const_cast<xmlNode*>(n)->_private = reinterpret_cast<void*>(f);
  return f;
}

bool IsNonTextTag(const xmlNode* n) { return (Flags(n) & kNonText) != 0; }

// Non-space bytes of text under `root` outside non-text elements; with
// `paragraphs_only`, only text inside <p> outside widgets counts.
size_t TextLength(const xmlNode* root, bool paragraphs_only) {
  size_t total = 0;
  int in_p = 0;
  Walk(
      root,
      [&](const xmlNode* n) {
        if (IsTextNode(n)) {
          if (!paragraphs_only || in_p > 0)
            for (const xmlChar* c = n->content; *c; ++c) total += *c > ' ';
          return false;
        }
        uintptr_t f = Flags(n);
        if (!f || (f & kNonText)) return false;
        if (paragraphs_only && (f & (kRoleWidget | kClassWidget | kHidden))) return false;
        if (f & kPara) ++in_p;
        return true;
      },
      [&](const xmlNode* n) {
        if (Flags(n) & kPara) --in_p;
      });
  return total;
}

// ---------------------------------------------------------------- text building

// Bytes of the ASCII whitespace or NBSP at s[i], 0 if none.
inline size_t SpaceAt(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  return 0;
}

// Accumulates lines: runs of whitespace (and NBSP) become one space, empty
// lines are dropped, a section break leaves one blank line.
class TextBuilder {
 public:
  void Text(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
      if (size_t sp = SpaceAt(s, i)) {
        space_ = true;
        i += sp;
        continue;
      }
      size_t j = i + 1;
      while (j < s.size() && SpaceAt(s, j) == 0) ++j;
      if (!line_.empty() && cell_) line_ += " | ";
      else if (!line_.empty() && space_) line_ += ' ';
      space_ = cell_ = false;
      line_.append(s.data() + i, j - i);
      i = j;
    }
  }
  // Preformatted text: newlines end lines.
  void PreText(std::string_view s) {
    size_t start = 0;
    for (size_t nl; (nl = s.find('\n', start)) != std::string_view::npos; start = nl + 1) {
      Text(s.substr(start, nl - start));
      EndLine();
    }
    Text(s.substr(start));
  }
  void Cell() { cell_ = true; }
  void EndLine() {
    space_ = cell_ = false;
    if (line_.empty()) return;
    if (!out_.empty()) out_ += blank_ ? "\n\n" : "\n";
    out_ += line_;
    line_.clear();
    blank_ = false;
  }
  void EndSection() {
    EndLine();
    blank_ = true;
  }
  std::string Finish() {
    EndLine();
    return std::move(out_);
  }

 private:
  std::string out_, line_;
  bool space_ = false, cell_ = false, blank_ = false;
};

// Text of a small element (title, h1, a byline link) on one line.
std::string InlineText(const xmlNode* root, size_t max_bytes = 2000) {
  TextBuilder b;
  size_t seen = 0;
  Walk(
      root,
      [&](const xmlNode* n) {
        if (seen > max_bytes) return false;
        if (IsTextNode(n)) {
          b.Text(Content(n));
          seen += std::strlen(reinterpret_cast<const char*>(n->content));
          return false;
        }
        return IsElement(n) && !IsNonTextTag(n);
      },
      [](const xmlNode*) {});
  std::string s = b.Finish();
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

// Concatenated raw text children (a <script>'s source).
std::string RawText(const xmlNode* n) {
  std::string s;
  for (const xmlNode* c = n->children; c != nullptr; c = c->next)
    if (IsTextNode(c)) s += Content(c);
  return s;
}

class TextExtractor {
 public:
  explicit TextExtractor(const xmlNode* root) : root_(root), total_(TextLength(root, false)) {}

  std::string Run() {
    Walk(
        root_, [this](const xmlNode* n) { return Enter(n); }, [this](const xmlNode* n) { Leave(n); });
    return out_.Finish();
  }

 private:
  bool Furniture(const xmlNode* n) const {
    uintptr_t f = Flags(n);
    if (f & (kNonText | kPageHeader | kHidden | kRoleWidget)) return true;
    if (!(f & kClassWidget) || Is(n, "body") || Is(n, "html") || Is(n, "main") || Is(n, "article"))
      return false;
    return TextLength(n, false) * 10 < total_ * 6;
  }

  bool Enter(const xmlNode* n) {
    if (IsTextNode(n)) {
      if (pre_ > 0) out_.PreText(Content(n));
      else out_.Text(Content(n));
      return false;
    }
    uintptr_t f = Flags(n);
    if (f == 0) return false;  // comments, processing instructions...
    if (f & kBreak) {
      out_.EndLine();
      return false;
    }
    if (n != root_ && Furniture(n)) return false;
    if (f & kSection) out_.EndSection();
    else if (f & kBlock) out_.EndLine();
    if (f & kCell) out_.Cell();
    if (f & kPre) ++pre_;
    return true;
  }

  void Leave(const xmlNode* n) {
    uintptr_t f = Flags(n);
    if (f & kPre) --pre_;
    if (f & kSection) out_.EndSection();
    else if (f & kBlock) out_.EndLine();
  }

  const xmlNode* root_;
  size_t total_;
  TextBuilder out_;
  int pre_ = 0;
};

// ---------------------------------------------------------------- content root

const xmlNode* FindBody(const xmlNode* html) {
  for (const xmlNode* c = html->children; c != nullptr; c = c->next)
    if (Is(c, "body")) return c;
  return html;
}

// The <article>, [itemprop=articleBody] or <main> holding most of the
// page's paragraph text, in that order of preference; else `body`.
const xmlNode* ContentRoot(const xmlNode* body) {
  struct Candidate {
    const xmlNode* node;
    int rank;
  };
  std::vector<Candidate> candidates;
  Walk(
      body,
      [&](const xmlNode* n) {
        if (!IsElement(n) || IsNonTextTag(n)) return false;
        if (Is(n, "article")) candidates.push_back({n, 0});
        else if (auto ip = Attr(n, "itemprop"); ip && HasToken(*ip, "articlebody"))
          candidates.push_back({n, 1});
        else if (Is(n, "main") || LowerAttr(n, "role") == "main")
          candidates.push_back({n, 2});
        return true;
      },
      [](const xmlNode*) {});
  if (candidates.empty()) return body;
  size_t total = TextLength(body, true);
  const xmlNode* best = body;
  int best_rank = 3;
  size_t best_len = 0;
  for (const Candidate& c : candidates) {
    if (c.rank > best_rank) continue;
    size_t len = TextLength(c.node, true);
    if (len == 0 || len * 2 <= total) continue;
    if (c.rank < best_rank || len > best_len) {
      best = c.node;
      best_rank = c.rank;
      best_len = len;
    }
  }
  return best;
}

// ---------------------------------------------------------------- metadata

// Decodes the character references libxml2 leaves in attribute values that
// were escaped twice, and those JSON-LD strings carry.
std::string DecodeReferences(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "}};
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    size_t semi = s[i] == '&' ? s.find(';', i) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back(s[i]);
      continue;
    }
    std::string_view ref = s.substr(i + 1, semi - i - 1);
    bool done = false;
    if (ref.size() > 1 && ref[0] == '#') {
      bool hex = ref[1] == 'x' || ref[1] == 'X';
      std::string digits(ref.substr(hex ? 2 : 1));
      char* end = nullptr;
      unsigned long cp = digits.empty() ? 0 : std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
      if (end != nullptr && *end == '\0' && cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
        AppendUtf8(static_cast<char32_t>(cp), &out);
        done = true;
      }
    } else {
      for (auto [name, text] : kNamed)
        if (ref == name) {
          out += text;
          done = true;
        }
    }
    if (done) i = semi;
    else out.push_back(s[i]);
  }
  return out;
}

// One-line, trimmed, references decoded; nullopt when empty.
std::optional<std::string> Clean(std::string_view s) {
  TextBuilder b;
  b.Text(DecodeReferences(s));
  std::string out = b.Finish();
  if (out.empty()) return std::nullopt;
  return out;
}

// What JSON-LD says about the article.
struct LdFields {
  std::optional<std::string> headline, author, publisher, published, site;
};

std::optional<std::string> JsonString(simdjson::dom::element e) {
  std::string_view s;
  if (e.get(s)) return std::nullopt;
  return Clean(s);
}

std::optional<std::string> JsonField(simdjson::dom::object o, std::string_view key) {
  simdjson::dom::element e;
  if (o.at_key(key).get(e)) return std::nullopt;
  return JsonString(e);
}

// A person or organisation: a string, {"name": ...} or an array of those
// (names joined by ", ").
std::optional<std::string> JsonNames(simdjson::dom::element e) {
  if (auto s = JsonString(e)) return s;
  simdjson::dom::object o;
  if (!e.get(o)) return JsonField(o, "name");
  simdjson::dom::array arr;
  if (e.get(arr)) return std::nullopt;
  std::string joined;
  for (simdjson::dom::element item : arr) {
    auto name = JsonNames(item);
    if (!name || joined.find(*name) != std::string::npos) continue;
    if (!joined.empty()) joined += ", ";
    joined += *name;
  }
  if (joined.empty()) return std::nullopt;
  return joined;
}

bool TypeMatches(simdjson::dom::object o, bool (*pred)(std::string_view)) {
  simdjson::dom::element t;
  if (o.at_key("@type").get(t)) return false;
  std::string_view s;
  if (!t.get(s)) return pred(s);
  simdjson::dom::array arr;
  if (t.get(arr)) return false;
  for (simdjson::dom::element item : arr)
    if (!item.get(s) && pred(s)) return true;
  return false;
}

bool IsArticleType(std::string_view t) {
  return t.find("Article") != std::string_view::npos || t == "BlogPosting" || t == "Report" ||
         t == "LiveBlogPosting";
}

bool IsSiteType(std::string_view t) {
  return t == "WebSite" || t == "NewsMediaOrganization" || t == "Organization";
}

void SetIfEmpty(std::optional<std::string>* field, std::optional<std::string> value) {
  if (!*field && value) *field = std::move(value);
}

void VisitLd(simdjson::dom::element e, int depth, LdFields* ld) {
  if (depth > 6) return;
  simdjson::dom::array arr;
  if (!e.get(arr)) {
    for (simdjson::dom::element item : arr) VisitLd(item, depth + 1, ld);
    return;
  }
  simdjson::dom::object o;
  if (e.get(o)) return;
  simdjson::dom::element graph;
  if (!o.at_key("@graph").get(graph)) VisitLd(graph, depth + 1, ld);
  if (TypeMatches(o, IsArticleType)) {
    SetIfEmpty(&ld->headline, JsonField(o, "headline"));
    SetIfEmpty(&ld->published, JsonField(o, "datePublished"));
    simdjson::dom::element who;
    if (!o.at_key("author").get(who)) SetIfEmpty(&ld->author, JsonNames(who));
    if (!o.at_key("publisher").get(who)) SetIfEmpty(&ld->publisher, JsonNames(who));
  } else if (depth <= 2 && TypeMatches(o, IsSiteType)) {
    SetIfEmpty(&ld->site, JsonField(o, "name"));
  }
}

void ParseLd(std::string_view source, simdjson::dom::parser& parser, LdFields* ld) {
  source = TrimSpace(source);
  for (std::string_view wrap : {"<!--", "<![CDATA["})
    if (source.starts_with(wrap)) source.remove_prefix(wrap.size());
  for (std::string_view wrap : {"-->", "]]>"})
    if (source.ends_with(wrap)) source.remove_suffix(wrap.size());
  simdjson::padded_string padded(source);
  simdjson::dom::element root;
  if (parser.parse(padded).get(root)) return;  // invalid JSON-LD is common: ignore it
  VisitLd(root, 0, ld);
}

// Everything the metadata walk found, before choosing.
struct PageMeta {
  std::vector<std::pair<std::string, std::string>> meta;  // lower-cased key, content
  std::optional<std::string> html_lang, title_tag, canonical, rel_author, itemprop_author,
      itemprop_published;
  LdFields ld;

  std::optional<std::string> Get(std::string_view key) const {
    for (const auto& [k, v] : meta)
      if (k == key) {
        if (auto c = Clean(v)) return c;
      }
    return std::nullopt;
  }
};

void ReadMetaTag(const xmlNode* n, PageMeta* page) {
  auto content = Attr(n, "content");
  if (!content) return;
  for (const char* key : {"property", "name", "itemprop", "http-equiv"}) {
    std::string k = LowerAttr(n, key);
    if (!k.empty()) page->meta.emplace_back(std::move(k), std::string(*content));
  }
}

// Author named by itemprop=author: its itemprop=name child, else its text.
std::optional<std::string> ItempropAuthor(const xmlNode* n) {
  std::optional<std::string> name;
  Walk(
      n,
      [&](const xmlNode* c) {
        if (!IsElement(c) || name) return false;
        if (c != n) {
          if (auto ip = Attr(c, "itemprop"); ip && HasToken(*ip, "name")) {
            auto content = Attr(c, "content");
            name = Clean(content ? *content : InlineText(c));
            return false;
          }
        }
        return true;
      },
      [](const xmlNode*) {});
  if (name) return name;
  std::string text = InlineText(n, 200);
  if (text.size() > 120) return std::nullopt;
  return Clean(text);
}

void ReadElementMeta(const xmlNode* n, simdjson::dom::parser& parser, PageMeta* page) {
  if (Is(n, "html") && !page->html_lang) page->html_lang = Clean(Attr(n, "lang").value_or(""));
  else if (Is(n, "title") && !page->title_tag) page->title_tag = Clean(InlineText(n));
  else if (Is(n, "meta")) ReadMetaTag(n, page);
  else if (Is(n, "link") && !page->canonical && HasToken(Attr(n, "rel").value_or(""), "canonical"))
    page->canonical = Clean(Attr(n, "href").value_or(""));
  else if (Is(n, "a") && !page->rel_author && HasToken(Attr(n, "rel").value_or(""), "author"))
    page->rel_author = Clean(InlineText(n, 200));
  else if (Is(n, "script") && LowerAttr(n, "type") == "application/ld+json")
    ParseLd(RawText(n), parser, &page->ld);
  if (auto ip = Attr(n, "itemprop")) {
    if (HasToken(*ip, "author") && !page->itemprop_author) page->itemprop_author = ItempropAuthor(n);
    if (HasToken(*ip, "datepublished") && !page->itemprop_published) {
      auto v = Attr(n, "content");
      if (!v) v = Attr(n, "datetime");
      page->itemprop_published = v ? Clean(*v) : Clean(InlineText(n, 200));
    }
  }
}

PageMeta ReadPageMeta(const xmlNode* root) {
  PageMeta page;
  simdjson::dom::parser parser;
  Walk(
      root,
      [&](const xmlNode* n) {
        if (!IsElement(n)) return false;
        ReadElementMeta(n, parser, &page);
        return !Is(n, "script") && !Is(n, "style");
      },
      [](const xmlNode*) {});
  return page;
}

// First element named `name` under `root` (optionally with attribute `attr`).
const xmlNode* FindFirst(const xmlNode* root, const char* name, const char* attr = nullptr) {
  const xmlNode* found = nullptr;
  Walk(
      root,
      [&](const xmlNode* n) {
        if (found || !IsElement(n) || IsNonTextTag(n)) return false;
        if (Is(n, name) && (attr == nullptr || Attr(n, attr))) {
          found = n;
          return false;
        }
        return true;
      },
      [](const xmlNode*) {});
  return found;
}

bool SameName(std::string_view a, std::string_view b) {
  auto squash = [](std::string_view s) {
    std::string out;
    for (char c : AsciiLower(s))
      if (c != ' ') out.push_back(c);
    if (out.starts_with("www.")) out.erase(0, 4);
    return out;
  };
  std::string sa = squash(a);
  return !sa.empty() && sa == squash(b);
}

std::string HostOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  return std::string(rest.substr(0, rest.find_first_of("/?#:")));
}

// "Title | Site" -> "Title" when the tail names the site (or its host).
std::string StripSiteSuffix(const std::string& title, const std::optional<std::string>& site,
                            const std::string& host) {
  static constexpr std::string_view kSeparators[] = {" | ", " - ", " – ", " — ", " :: ", " · "};
  for (std::string_view sep : kSeparators) {
    size_t pos = title.rfind(sep);
    if (pos == std::string::npos || pos == 0) continue;
    std::string_view tail = TrimSpace(std::string_view(title).substr(pos + sep.size()));
    if ((site && SameName(tail, *site)) || (!host.empty() && SameName(tail, host)))
      return std::string(TrimSpace(std::string_view(title).substr(0, pos)));
  }
  return title;
}

template <typename... Ts>
std::optional<std::string> FirstOf(Ts&&... candidates) {
  std::optional<std::string> out;
  ((out = out ? out : std::optional<std::string>(candidates)), ...);
  return out;
}

std::optional<std::string> NotUrl(std::optional<std::string> s) {
  if (s && (s->starts_with("http://") || s->starts_with("https://"))) return std::nullopt;
  return s;
}

// Each field from its sources, most trusted first.
void Assemble(const PageMeta& page, const xmlNode* content_root, HtmlDocument* doc) {
  doc->site_name = FirstOf(page.Get("og:site_name"), page.ld.publisher, page.ld.site,
                           page.Get("application-name"));
  doc->canonical_url = FirstOf(page.canonical, page.Get("og:url"));
  std::optional<std::string> h1;
  if (const xmlNode* n = FindFirst(content_root, "h1")) h1 = Clean(InlineText(n));
  doc->title = FirstOf(page.Get("og:title"), page.Get("twitter:title"), page.ld.headline, h1,
                       page.title_tag);
  if (doc->title)
    doc->title = StripSiteSuffix(*doc->title, doc->site_name, HostOf(doc->canonical_url.value_or("")));
  doc->author = FirstOf(page.Get("author"), NotUrl(page.Get("article:author")), page.ld.author,
                        page.itemprop_author, page.rel_author, page.Get("dc.creator"),
                        page.Get("parsely-author"), page.Get("sailthru.author"));
  std::optional<std::string> time;
  if (const xmlNode* n = FindFirst(content_root, "time", "datetime")) time = Clean(*Attr(n, "datetime"));
  doc->published =
      FirstOf(page.Get("article:published_time"), page.ld.published, page.itemprop_published,
              page.Get("og:published_time"), page.Get("date"), page.Get("pubdate"),
              page.Get("publishdate"), page.Get("publish-date"), page.Get("dc.date"),
              page.Get("dc.date.issued"), page.Get("dcterms.date"), page.Get("dcterms.issued"),
              page.Get("dcterms.created"), page.Get("parsely-pub-date"), page.Get("sailthru.date"),
              time);
  std::optional<std::string> locale = page.Get("og:locale");
  if (locale) std::replace(locale->begin(), locale->end(), '_', '-');
  doc->lang = FirstOf(page.html_lang, page.Get("content-language"), locale);
}

struct DocDeleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

void InitLibxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

}  // namespace

Result<std::string> HtmlToUtf8(std::string_view bytes, std::string_view charset_hint,
                               const std::string& name) {
  if (TrimSpace(bytes).empty()) return Status::ParseError(name + ": empty: no text to read");
  if (LooksBinary(bytes)) return Status::ParseError(name + ": binary data, not text");
  if (IsValidUtf8(bytes)) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    return std::string(bytes);
  }
  for (std::string cs : {NormalizeCharset(charset_hint), NormalizeCharset(DeclaredCharset(bytes))}) {
    if (cs.empty() || cs == "utf-8" || cs == "utf8") continue;  // declared UTF-8 but is not
    if (auto out = ConvertToUtf8(bytes, cs)) return std::move(*out);
  }
  return DecodeToUtf8(bytes, name);
}

Result<HtmlDocument> ParseHtml(std::string_view html, const std::string& name) {
  InitLibxml();
  VEILLE_ASSIGN_OR_RETURN(std::string utf8, HtmlToUtf8(html, "", name));
  if (utf8.size() > static_cast<size_t>(INT_MAX))
    return Status::ParseError(name + ": page too large for the HTML parser");
  constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
  std::unique_ptr<xmlDoc, DocDeleter> tree(
      htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", kOptions));
  HtmlDocument doc;
  const xmlNode* root = tree ? xmlDocGetRootElement(tree.get()) : nullptr;
  if (root == nullptr) return doc;  // nothing but comments or a doctype
  const xmlNode* content = ContentRoot(FindBody(root));
  doc.text = TextExtractor(content).Run();
  Assemble(ReadPageMeta(root), content, &doc);
  return doc;
}

}  // namespace veille
