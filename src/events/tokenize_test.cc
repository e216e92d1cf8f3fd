// Tokens and sentences as the event coder sees them.
#include "events/tokenize.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace veille {
namespace {

std::vector<std::string> Norms(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) out.push_back(t.norm);
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
  auto tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(text.substr(tokens[2].span.start, tokens[2].span.end - tokens[2].span.start), "Moscou");
  EXPECT_TRUE(tokens[0].upper);
  EXPECT_EQ(tokens[0].norm, "élu");
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

TEST(FoldAccentsTest, Folds) { EXPECT_EQ(FoldAccents("état réservé à côté"), "etat reserve a cote"); }

}  // namespace
}  // namespace veille
