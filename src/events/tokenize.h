// Sentences and tokens of a French text, as the event coder sees them.
#ifndef VEILLE_EVENTS_TOKENIZE_H_
#define VEILLE_EVENTS_TOKENIZE_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "veille/document.h"

namespace veille {

struct Token {
  // Lower-cased; ’ becomes '; elided words keep their "'": "l'", "qu'".
  // Points into the NormArena the tokenizer wrote it to: comparing views
  // tests the length first, where std::string == "..." calls memcmp.
  std::string_view norm;
  Span span;         // bytes in the text
  bool word = false;  // letters or digits; else one punctuation mark
  bool upper = false;  // the first letter is upper-case
};

// The bytes of the norms of a run of tokens. It grows as they are
// appended, and when it moves to a larger block the tokenizer re-points
// the norms of the tokens already made; moving the arena keeps its block.
class NormArena {
 public:
  size_t size() const { return size_; }
  const char* data() const { return data_.get(); }

 private:
  friend void Tokenize(std::string_view text, Span within, std::vector<Token>* out, NormArena* arena);
  std::unique_ptr<char[]> data_;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

// Tokens and the arena holding their norms.
struct TokenList {
  std::vector<Token> tokens;
  NormArena arena;
};

// Splits `text` into tokens: words ("l'" and "d'" split off their host),
// and single punctuation marks (, ; : . ! ? ( ) – —). Spaces and quotation
// marks (« » " “ ”) are dropped: quotes do not change who did what.
TokenList Tokenize(std::string_view text);
// The same for text[within], appended to `out` (whose norms all lie in
// `arena`), with spans in `text`: the caller tokenizing sentence after
// sentence fills one vector, without a vector per sentence and a move of
// every token into its own.
void Tokenize(std::string_view text, Span within, std::vector<Token>* out, NormArena* arena);

// Sentence boundaries of `text` (ICU BreakIterator, French, with the
// abbreviation suppressions so that "M. Lavrov" stays in one sentence), as
// byte spans covering the text. Line breaks always end a sentence. ICU
// reads only windows around terminators and separators, where its rules
// can break; the boundaries are those it finds reading whole lines.
std::vector<Span> SplitSentences(std::string_view text);
// The same for the lines (between '\n') for which wanted(start, end) holds;
// other lines give no sentence and cost no segmentation.
std::vector<Span> SplitSentences(std::string_view text, const std::function<bool(size_t, size_t)>& wanted);

// Lower-cases ASCII and Latin letters (À-Þ, Œ, Ÿ) and turns ’ and ‘ into ';
// other code points unchanged (malformed bytes become U+FFFD).
std::string LowerFrench(std::string_view s);
// The same, appended to `out`.
void AppendLowerFrench(std::string_view s, std::string* out);

// Removes French accents from lower-case text: "été" -> "ete".
std::string FoldAccents(std::string_view s);

// The character classes of the tokenizer (shared with its test's slow
// reference, which differs only in how it walks the text).
namespace token_chars {

constexpr bool IsLetter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0xC0 && c <= 0x24F) return true;
  if (c >= 0x370 && c < 0x2000) return true;  // Greek, Cyrillic, Arabic...
  return c >= 0x3040 && c != 0xFEFF && c != 0xFFFD;
}

inline bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018; }

inline bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F ||
         (c >= 0x2000 && c <= 0x200B);
}

inline bool IsUpper(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || c == 0x152;
}

}  // namespace token_chars

}  // namespace veille

#endif  // VEILLE_EVENTS_TOKENIZE_H_
