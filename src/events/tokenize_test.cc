// Tokens and sentences as the event coder sees them.
#include "events/tokenize.h"

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "base/utf8.h"

namespace veille {
namespace {

// The slow oracle: the tokenizer as first written, one code point at a
// time and a string per step. Tokenize() must give exactly its tokens.
namespace reference {

using token_chars::IsApostrophe;
using token_chars::IsLetter;
using token_chars::IsSpace;
using token_chars::IsUpper;

bool IsElidedPrefix(const std::string& w) {
  for (const char* e : {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
                        "presqu"})
    if (w == e) return true;
  return false;
}

std::string Lower(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    char32_t c = DecodeUtf8(s, &i);
    if (IsUpper(c)) c = c == 0x152 ? 0x153 : c + 0x20;
    else if (c == 0x178) c = 0xFF;
    if (c == 0x2019 || c == 0x2018) c = '\'';
    AppendUtf8(c, &out);
  }
  return out;
}

// A token with its own norm string.
struct RefToken {
  std::string norm;
  Span span;
  bool word = false;
  bool upper = false;
};

std::vector<RefToken> Tokenize(std::string_view text) {
  std::vector<RefToken> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    char32_t c = DecodeUtf8(text, &i);
    if (IsSpace(c)) continue;
    if (c == 0xAB || c == 0xBB || c == '"' || c == 0x201C || c == 0x201D || c == 0x2039 || c == 0x203A) continue;
    if (!IsLetter(c)) {
      out.push_back({Lower(text.substr(start, i - start)), {start, i}, false, false});
      continue;
    }
    bool upper = IsUpper(c);
    size_t end = i;
    while (end < text.size()) {
      size_t next = end;
      char32_t d = DecodeUtf8(text, &next);
      if (IsLetter(d)) { end = next; continue; }
      if (IsApostrophe(d)) {
        std::string head = Lower(text.substr(start, end - start));
        if (IsElidedPrefix(head)) { end = next; break; }
        if (head == "aujourd") { end = next; continue; }
        break;
      }
      if (d == '-' && next < text.size()) {
        size_t after = next;
        if (IsLetter(DecodeUtf8(text, &after))) { end = next; continue; }
      }
      break;
    }
    i = end;
    out.push_back({Lower(text.substr(start, end - start)), {start, end}, true, upper});
  }
  return out;
}

// Sentences as first written: ICU reading each line as UTF-8.
std::vector<Span> SplitSentences(std::string_view text) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale("fr", "", "", "ss=standard"), err));
  std::vector<Span> out;
  size_t line_start = 0;
  while (line_start <= text.size()) {
    size_t nl = text.find('\n', line_start);
    size_t line_end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(line_start, line_end - line_start);
    if (!line.empty()) {
      UErrorCode e = U_ZERO_ERROR;
      UText* ut = utext_openUTF8(nullptr, line.data(), static_cast<int64_t>(line.size()), &e);
      it->setText(ut, e);
      int32_t prev = 0;
      for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
        out.push_back({line_start + prev, line_start + static_cast<size_t>(b)});
        prev = b;
      }
      utext_close(ut);
    }
    if (nl == std::string_view::npos) break;
    line_start = nl + 1;
  }
  return out;
}

}  // namespace reference

void ExpectSameTokens(const std::string& text) {
  std::vector<reference::RefToken> want = reference::Tokenize(text);
  TokenList list = Tokenize(text);
  const std::vector<Token>& got = list.tokens;
  ASSERT_EQ(got.size(), want.size()) << text;
  for (size_t k = 0; k < got.size(); ++k) {
    EXPECT_EQ(got[k].norm, want[k].norm) << text << " token " << k;
    EXPECT_EQ(got[k].span.start, want[k].span.start) << text << " token " << k;
    EXPECT_EQ(got[k].span.end, want[k].span.end) << text << " token " << k;
    EXPECT_EQ(got[k].word, want[k].word) << text << " token " << k;
    EXPECT_EQ(got[k].upper, want[k].upper) << text << " token " << k;
  }
}

std::vector<std::string> Norms(const std::string& text) {
  std::vector<std::string> out;
  TokenList list = Tokenize(text);
  for (const Token& t : list.tokens) out.emplace_back(t.norm);
  return out;
}

TEST(TokenizeTest, SplitsElisionsAndKeepsHyphens) {
  struct Case {
    const char* text;
    std::vector<std::string> want;
  };
  const Case kCases[] = {
      {"L’armée a-t-elle reçu", {"l'", "armée", "a-t-elle", "reçu"}},
      {"qu'il s'est rendu", {"qu'", "il", "s'", "est", "rendu"}},
      {"« Ces attaques », a dit X.", {"ces", "attaques", ",", "a", "dit", "x", "."}},
      {"Burkina-Faso, États-Unis", {"burkina-faso", ",", "états-unis"}},
      {"aujourd'hui", {"aujourd'hui"}},
  };
  for (const Case& c : kCases) EXPECT_EQ(Norms(c.text), c.want) << c.text;
}

TEST(TokenizeTest, SpansAreBytesOfTheText) {
  std::string text = "Élu à Moscou";
  TokenList list = Tokenize(text);
  const std::vector<Token>& tokens = list.tokens;
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(text.substr(tokens[2].span.start, tokens[2].span.end - tokens[2].span.start), "Moscou");
  EXPECT_TRUE(tokens[0].upper);
  EXPECT_EQ(tokens[0].norm, "élu");
}

TEST(TokenizeTest, AgreesWithTheReference) {
  const char* const kTexts[] = {
      "L’armée a-t-elle reçu", "AUJOURD’HUI, Jusqu'à Lorsqu’il", "QU'IL PRESQU'ÎLE", "Œuvre ŒIL Ÿvelines",
      "l’", "-a", "a-", "a--b", "x-’y", "« Ces » “ça” ‹a› \"b\"", "\xC3\x28 \xFF abc\x80", "été 2019 : 3,5 %",
      "\t\r\n\f\v", "Αθήνα Москва القاهرة 東京", "d’\xE2\x80\x99", "aujourd'hui'", "e\xCC\x81t\xC3\xA9",
  };
  for (const char* t : kTexts) ExpectSameTokens(t);
  // Random strings over the pieces that steer the tokenizer.
  const std::vector<std::string> kPieces = {
      "a", "L", "qu", "Jusqu", "aujourd", "hui", "'", "\xE2\x80\x99", "\xE2\x80\x98", "-", " ", "\xC2\xA0",
      "\xC3\x89", "\xC3\xA9", "\xC5\x92", "\xC5\xB8", ".", ",", "\xC2\xAB", "\"", "7", "\xE2\x80\x94",
      "\xF0\x9F\x98\x80", "\xC3", "\x80", "\n", "\xD0\x96", "\xE2\x80\xAF", "\xC3\x97",
      "abcdefghij", "KLMNOPQRSTUVWXYZ", "0123456789", "@[`{/:", "z9Z0aA"};
  std::mt19937 rng(5);
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    int len = static_cast<int>(rng() % 12);
    for (int k = 0; k < len; ++k) text += kPieces[rng() % kPieces.size()];
    ExpectSameTokens(text);
    if (testing::Test::HasFailure()) return;
  }
}

TEST(TokenizeTest, AppendsAPartWithSpansInTheText) {
  const std::string text = "Hier, l'armée. « Qu'il vienne » a dit M. X.";
  std::vector<Token> got;
  NormArena arena;
  Tokenize(text, {6, 14}, &got, &arena);
  Tokenize(text, {15, text.size()}, &got, &arena);
  std::vector<reference::RefToken> want = reference::Tokenize(std::string_view(text).substr(6, 8));
  for (reference::RefToken& t : want) t.span = {t.span.start + 6, t.span.end + 6};
  for (reference::RefToken& t : reference::Tokenize(std::string_view(text).substr(15))) {
    t.span = {t.span.start + 15, t.span.end + 15};
    want.push_back(t);
  }
  ASSERT_EQ(got.size(), want.size());
  for (size_t k = 0; k < got.size(); ++k) {
    EXPECT_EQ(got[k].norm, want[k].norm) << k;
    EXPECT_EQ(got[k].span.start, want[k].span.start) << k;
    EXPECT_EQ(got[k].span.end, want[k].span.end) << k;
  }
}

// Appending sentence after sentence moves the arena to larger blocks; the
// norms of the tokens made before must follow it.
TEST(TokenizeTest, NormsSurviveTheArenaGrowing) {
  std::string text;
  for (int k = 0; k < 200; ++k) text += "L’Armée a reçu " + std::to_string(k) + " Hélicoptères. ";
  std::vector<Token> got;
  NormArena arena;
  for (size_t at = 0; at < text.size(); at += 17) Tokenize(text, {at, std::min(text.size(), at + 17)}, &got, &arena);
  std::vector<reference::RefToken> want;
  for (size_t at = 0; at < text.size(); at += 17) {
    for (reference::RefToken& t : reference::Tokenize(std::string_view(text).substr(at, 17))) {
      t.span = {t.span.start + at, t.span.end + at};
      want.push_back(t);
    }
  }
  ASSERT_EQ(got.size(), want.size());
  for (size_t k = 0; k < got.size(); ++k) {
    ASSERT_EQ(got[k].norm, want[k].norm) << k;
    ASSERT_GE(got[k].norm.data(), arena.data()) << k;
    ASSERT_LE(got[k].norm.data() + got[k].norm.size(), arena.data() + arena.size()) << k;
  }
}

TEST(LowerFrenchTest, AgreesWithTheReference) {
  for (const char* s : {"ÉTAT Œuvre", "Ÿ’‘", "ABC\xC3xyz\xFF", "", "Μόσχα"}) EXPECT_EQ(LowerFrench(s), reference::Lower(s));
}

TEST(SplitSentencesTest, KeepsAbbreviationsAndBreaksAtLines) {
  std::string text = "M. Lavrov a reçu M. Diop. Ils ont parlé.\nTitre sans point";
  auto spans = SplitSentences(text);
  std::vector<std::string> got;
  for (const Span& s : spans) got.push_back(std::string(text.substr(s.start, s.end - s.start)));
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].rfind("M. Lavrov a reçu M. Diop.", 0), 0u);
  EXPECT_EQ(got[2], "Titre sans point");
}

// A lost line break glues two sentences: a period between a lower-case
// word and a capitalised one still ends the first. Initials do not.
TEST(SplitSentencesTest, SplitsGluedSentences) {
  std::string text = "Il a parlé du Polisario.La diplomatie a réagi. Les U.S.A. et M.Macron restent.";
  std::vector<std::string> got;
  for (const Span& s : SplitSentences(text)) got.push_back(std::string(text.substr(s.start, s.end - s.start)));
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0], "Il a parlé du Polisario.");
  EXPECT_EQ(got[1].rfind("La diplomatie a réagi.", 0), 0u);
  EXPECT_EQ(got[2], "Les U.S.A. et M.Macron restent.");
}

// Boundaries found by ICU in windows around terminators and separators,
// from their UTF-16 copy, are those ICU finds reading the whole line as
// UTF-8, at the same bytes. The long pieces put words enough between
// terminators for the windows to leave some out.
TEST(SplitSentencesTest, AgreesWithTheReference) {
  const std::vector<std::string> kPieces = {
      "M. ", "Lavrov", " a dit", ". ", "! ", "? ", "\n", "« ", " »", "été", "Élu", "\xE2\x80\xA6 ",
      "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80. ", "x", "1.5", "\xC3", "\xED\xA0\x80", "\xEF\xBF\xBD",
      "etc. ", "(", ") ", "\xE3\x80\x82", "Œuvre", "  ",
      " le ministre des affaires étrangères a déclaré que ", " la coopération militaire entre la Russie et le Mali ",
      " U.S. ", " av. J.-C. ", "\r", "\xE2\x80\xA9", "\xC2\x85", " etc. le ", " (12) ", "\t", "e\xCC\x81",
      " Москва. Путин ", ". ,", " janv. 2020 ", " MM. Diop et Sall ", "\xD8\x9F ", ".\xC2\xBB ", "?! "};
  std::mt19937 rng(7);
  for (int n = 0; n < 3000; ++n) {
    std::string text;
    int len = static_cast<int>(rng() % 48);
    for (int k = 0; k < len; ++k) text += kPieces[rng() % kPieces.size()];
    std::vector<Span> want = reference::SplitSentences(text);
    std::vector<Span> got = SplitSentences(text);
    ASSERT_EQ(got.size(), want.size()) << text;
    for (size_t k = 0; k < got.size(); ++k) {
      EXPECT_EQ(got[k].start, want[k].start) << text;
      EXPECT_EQ(got[k].end, want[k].end) << text;
    }
    if (testing::Test::HasFailure()) return;
  }
}

TEST(FoldAccentsTest, Folds) { EXPECT_EQ(FoldAccents("état réservé à côté"), "etat reserve a cote"); }

}  // namespace
}  // namespace veille
