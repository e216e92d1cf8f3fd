#include "ingest/page.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "ingest/ingest_testing.h"

namespace veille {
namespace {

const Boilerplate& Phrases() { return testing::ShippedPhrases(); }

TEST(PageTest, MarkdownBecomesPlainText) {
  struct Case {
    std::string line;
    std::string text;
    bool link_only;
  };
  const std::vector<Case> cases = {
      {"Par [Anatoli Verkhovtsev-Kim](#)", "Par Anatoli Verkhovtsev-Kim", false},
      {"[Vigie sahélienne](#)", "Vigie sahélienne", true},
      {"[A](#), [B](https://x.org/b)", "A, B", true},
      {"Comme *Vigie Sahélienne* l'avait [souligné](#) précédemment.",
       "Comme Vigie Sahélienne l'avait souligné précédemment.", false},
      {"Articles Par : **[Anatoli Verkhovtsev-Kim](#)**", "Articles Par : Anatoli Verkhovtsev-Kim", false},
      {"![photo](img.jpg) Le ministre a parlé.", "Le ministre a parlé.", false},
      {"Les champs obligatoires sont indiqués avec *", "Les champs obligatoires sont indiqués avec *", false},
      {"[pas un lien] (ici)", "[pas un lien] (ici)", false},
  };
  for (const Case& c : cases) {
    Page page = ReadPage(c.line, Phrases());
    ASSERT_EQ(page.lines.size(), 1u) << c.line;
    EXPECT_EQ(page.lines[0].text, c.text);
    EXPECT_EQ(page.lines[0].link_only, c.link_only) << c.line;
  }
}

TEST(PageTest, LineFeatures) {
  Page page = ReadPage(
      " date 2023-07 Premier paragraphe du texte, assez long pour compter comme corps de l'article.\n"
      "\n\n"
      "• Par JR45\n"
      "Скачать видео\n"
      "Qui est la milice RSF ?\n",
      Phrases());
  EXPECT_EQ(page.source_month.value_or(""), "2023-07");
  ASSERT_EQ(page.lines.size(), 4u);
  EXPECT_TRUE(page.lines[0].body);
  EXPECT_TRUE(page.lines[0].sentence_end);
  EXPECT_EQ(page.lines[0].text.substr(0, 6), "Premie");
  EXPECT_TRUE(page.lines[1].blank_before);
  EXPECT_EQ(page.lines[1].core, std::string("• ").size());
  EXPECT_EQ(page.lines[1].words, 2);
  EXPECT_EQ(page.lines[2].foreign_letters, page.lines[2].letters);
  EXPECT_GT(page.lines[2].letters, 0);
  EXPECT_EQ(page.lines[0].foreign_letters, 0);
  EXPECT_TRUE(page.lines[3].sentence_end);
  EXPECT_FALSE(page.lines[3].body) << "a short question is a heading";
  EXPECT_EQ(page.lines[0].longest_number, 0);
  EXPECT_EQ(page.lines[1].longest_number, 2);
}

TEST(PageTest, LongestNumberAndNfc) {
  // Digit runs are cut by any other byte, letters of other scripts too.
  Page page = ReadPage("Vidéo 12345678 du 2024-06-21\nА1234567б 12\nCafe\xCC\x81 9\n", Phrases());
  ASSERT_EQ(page.lines.size(), 3u);
  EXPECT_EQ(page.lines[0].longest_number, 8);
  EXPECT_EQ(page.lines[1].longest_number, 7);
  // A combining accent after plain ASCII is normalised (e + U+0301 -> é).
  EXPECT_EQ(page.lines[2].text, "Café 9");
  EXPECT_EQ(page.lines[2].longest_number, 1);
}

// The slow oracle for ReadPage's word, letter and digit-run counts, which
// go sixteen bytes at a time over plain ASCII: code point by code point.
struct SlowCounts {
  int words = 0, letters = 0, longest_number = 0;
};

SlowCounts CountSlowly(const std::string& s) {
  SlowCounts c;
  c.words = CountWords(s);
  int digits = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t cp = DecodeUtf8(s, &i);
    digits = cp >= '0' && cp <= '9' ? digits + 1 : 0;
    c.longest_number = std::max(c.longest_number, digits);
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(static_cast<UChar32>(cp), &err);
    if (u_isalpha(cp) && sc != USCRIPT_COMMON && sc != USCRIPT_INHERITED) ++c.letters;
  }
  return c;
}

TEST(PageTest, CountsAgreeWithCodePointByCodePoint) {
  // Stretches that stop the sixteen-byte path (digits, l'a, e-mail,
  // accents, tabs) at every offset of the window.
  const std::vector<std::string> pieces = {
      "Le président malien a reçu son homologue nigérien à Bamako ce lundi",
      "l'armée, e-mail (AFP) 2024 123456789 a\tb x.y.z « test » Jean-Pierre’s",
      "Скачать видео Ab Cd EF gh,ij ;kl 0 00 000",
      "mot,mot mot. Mot!Mot? mot:mot \"mot\" (mot) [mot] mot/mot @mot #mot",
  };
  for (const std::string& piece : pieces) {
    for (int shift = 0; shift < 17; ++shift) {
      std::string line = std::string(shift, 'x') + " " + piece + " " + piece.substr(shift % 7);
      Page page = ReadPage(line, Phrases());
      ASSERT_EQ(page.lines.size(), 1u) << line;
      const PageLine& l = page.lines[0];
      SlowCounts want = CountSlowly(l.text);
      EXPECT_EQ(l.words, want.words) << l.text;
      EXPECT_EQ(l.letters, want.letters) << l.text;
      EXPECT_EQ(l.longest_number, want.longest_number) << l.text;
    }
  }
}

TEST(PageTest, SentenceSpans) {
  struct Case {
    std::string text;
    std::vector<std::string> sentences;
  };
  const std::vector<Case> cases = {
      {"Il est parti. Elle est restée.", {"Il est parti.", "Elle est restée."}},
      {"M. Lavrov a parlé. Le Dr. Nair opère.", {"M. Lavrov a parlé.", "Le Dr. Nair opère."}},
      {"« C'est fini. » Il sort.", {"« C'est fini. »", "Il sort."}},
      {"Le 3 mars. 2024 fut dur.", {"Le 3 mars.", "2024 fut dur."}},
      {"J. Biden arrive. Vraiment ?", {"J. Biden arrive.", "Vraiment ?"}},
      {"Voir www.rfi.fr. pour plus", {"Voir www.rfi.fr. pour plus"}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> got;
    for (auto [b, e] : SentenceSpans(c.text)) got.push_back(c.text.substr(b, e - b));
    EXPECT_EQ(got, c.sentences) << c.text;
  }
}

TEST(PageTest, NameLikeLines) {
  struct Case {
    std::string text;
    bool name;
  };
  const std::vector<Case> cases = {
      {"Omar Hama", true},          {"C.T Mampuya", true},      {"Sahel Tribune", true},
      {"Jean de la Fontaine", true}, {"Anatoli Verkhovtsev-Kim", true}, {"Jean D.", true},
      {"Selon les", false},         {"Affaire à suivre", false}, {"Fin.", false},
      {"Un deux trois quatre cinq six", false}, {"Qui est la milice RSF ?", false}, {"", false},
  };
  for (const Case& c : cases) EXPECT_EQ(IsNameLike(c.text), c.name) << c.text;
}

TEST(PageTest, TextHelpers) {
  EXPECT_EQ(Squash("Le Regard"), "leregard");
  EXPECT_EQ(FoldedWords("l’Éthiopie, 2024"), (std::vector<std::string>{"l", "ethiopie", "2024"}));
  EXPECT_EQ(CountWords("• Par JR45 — 0"), 3);
  EXPECT_TRUE(StartsUpper("« Élections"));
  EXPECT_FALSE(StartsUpper("2024 élections"));
}

}  // namespace
}  // namespace veille
