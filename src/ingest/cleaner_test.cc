#include "ingest/cleaner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/ingest_testing.h"

namespace veille {
namespace {

const Boilerplate& Phrases() { return testing::ShippedPhrases(); }

// An article paragraph: long enough to be body.
const std::string kBody1 =
    "Le ministre malien des Affaires étrangères a été reçu jeudi à Moscou par son homologue russe, "
    "qui a promis de renforcer la coopération militaire entre les deux pays.";
const std::string kBody2 =
    "Les deux responsables ont aussi évoqué la situation sécuritaire au Sahel, où les groupes armés "
    "multiplient les attaques contre les civils et les militaires.";

std::string Reasons(const CleanedText& c) {
  std::string out;
  for (const RemovedBlock& r : c.removed) out += (out.empty() ? "" : "|") + r.reason + ":" + r.text;
  return out;
}

// One furniture line between two body paragraphs: removed with its reason.
TEST(CleanerTest, FurnitureLinesAreRemovedWithTheirReason) {
  struct Case {
    std::string line;
    std::string reason;  // "" = kept
  };
  const std::vector<Case> cases = {
      {"Laissez un commentaire", "furniture"},
      {"Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "furniture"},
      {"Newsletter : Rejoindre 40 000 inscrits !", "furniture"},
      {"Abonnez-vous à notre chaîne pour ne rien manquer", "furniture"},
      {"Partager", "furniture"},
      {"Facebook Twitter WhatsApp", "furniture"},
      {"Average Rating", "furniture"},
      {"La rédaction", "furniture"},
      {"Просмотров: 84", "other script"},
      {"Région : Afrique subsaharienne, Moyen-Orient et Afrique du Nord", "taxonomy"},
      {"Thème: Militarisation", "taxonomy"},
      {"#Mali #Russie #Sahel", "hashtags"},
      {"[Vigie sahélienne](#)", "link"},
      {"Скачать видео", "other script"},
      {"Доступные форматы для скачивания:", "other script"},
      {"-", "no words"},
      {"• 0", "no words"},
      {"Par Anatoli Verkhovtsev-Kim", "byline"},
      {"By John Smith, 4 March 2024", "byline"},
      {"Автор: K.T.R-MEDIA", "byline"},
      {"Загружено: 2025-04-11", "dateline"},
      {"Publié le 4 mars 2024 à 10h32", "dateline"},
      {"24 April 2025", "dateline"},
      {"Horizons.info, 12 octobre 2022", "dateline"},
      {"@André Pain, via AP", "credit"},
      {"Photo : AFP", "credit"},
      {"Contact média: media@example.org", "contact"},
      {"◼️ Mali : « sept Casques bleus togolais tués » par un engin explosif", "related"},
      {"Lire aussi : La Russie renforce sa présence au Sahel", "related"},
      // Kept: article text, even short, even with a furniture-like word inside.
      {"La situation sécuritaire au Sahel", ""},
      {"Qui est la milice RSF ?", ""},
      {"Conclusion :", ""},
      {"Le 10 septembre 2025, la région de Tillabéri a été le théâtre de deux attaques meurtrières.", ""},
      {"« Nous avons décidé de faire barrage », a-t-il affirmé à l'AFP.", ""},
      {"Par ailleurs, le président a reçu les partis politiques et la société civile ce lundi.", ""},
      {"Arrière plan", ""},
  };
  for (const Case& c : cases) {
    CleanedText out = CleanText(kBody1 + "\n" + c.line + "\n" + kBody2, Phrases());
    std::string want_text = c.reason.empty() ? kBody1 + "\n" + c.line + "\n" + kBody2 : kBody1 + "\n" + kBody2;
    EXPECT_EQ(out.text, want_text) << c.line;
    std::string reasons = Reasons(out);
    if (c.reason.empty()) {
      EXPECT_EQ(reasons, "") << c.line;
    } else {
      EXPECT_EQ(reasons.substr(0, c.reason.size() + 1), c.reason + ":") << c.line << " -> " << reasons;
    }
  }
}

TEST(CleanerTest, RepeatedParagraphsAreKeptOnce) {
  // The whole article printed twice, the second time with other quotes.
  std::string twice = kBody1 + "\n" + kBody2 + "\n" + kBody1 + "\n" + kBody2;
  std::string requoted = kBody1 + "\n" + kBody2 + "\n\n" + kBody1 + " \n" + kBody2 + ".";
  EXPECT_EQ(CleanText(twice, Phrases()).text, kBody1 + "\n" + kBody2);
  EXPECT_EQ(CleanText(requoted, Phrases()).text, kBody1 + "\n" + kBody2);
  // Printed twice inside one line: the repeated sentences go.
  std::string one_line = kBody1 + " " + kBody2 + " " + kBody1 + " " + kBody2;
  CleanedText out = CleanText(one_line, Phrases());
  EXPECT_EQ(out.text, kBody1 + " " + kBody2);
  ASSERT_EQ(out.removed.size(), 2u);
  EXPECT_EQ(out.removed[0].reason, "repeat");
  // Short sentences may repeat (« Oui. »): they stay.
  std::string shorts = "Il a dit non. " + kBody1 + " Il a dit non.";
  EXPECT_EQ(CleanText(shorts, Phrases()).text, shorts);
}

TEST(CleanerTest, LegalNoticeAfterTheBodyTakesTheRestOfThePage) {
  std::string page = kBody1 + "\n" + kBody2 + "\n" + kBody1.substr(0, 60) + " fin du texte.\n" +
                     "Copyright © Jean Dupont, 2023\n"
                     "Le Centre accorde la permission de reproduire la version intégrale des articles.\n"
                     "Pour publier, contactez la rédaction.";
  CleanedText out = CleanText(page, Phrases());
  EXPECT_EQ(out.text, kBody1 + "\n" + kBody2 + "\n" + kBody1.substr(0, 60) + " fin du texte.");
  ASSERT_EQ(out.removed.size(), 3u);
  EXPECT_EQ(out.removed[0].reason, "legal");
  EXPECT_EQ(out.removed[1].reason, "after legal notice");
}

TEST(CleanerTest, PhotoCreditInTheSecondHalfIsNoLegalNotice) {
  std::string page = kBody1 + "\n" + kBody2 + "\n© AFP\n" + kBody2.substr(0, 70) + " et la suite.\n" + kBody1;
  CleanedText out = CleanText(page, Phrases());
  EXPECT_EQ(out.text, kBody1 + "\n" + kBody2 + "\n" + kBody2.substr(0, 70) + " et la suite.");
  EXPECT_EQ(Reasons(out), "credit:© AFP|repeat:" + kBody1);
}

TEST(CleanerTest, CutsInsideKeptLines) {
  struct Case {
    std::string line;
    std::string kept;
    std::string removed;
  };
  const std::vector<Case> cases = {
      // Link labels opening a sentence, with "sur <site> :".
      {"Le virus circule. A ne pas manquer sur BBC Afrique : Une fois opéré, le patient rentre chez lui.",
       "Le virus circule. Une fois opéré, le patient rentre chez lui.", "A ne pas manquer sur BBC Afrique :"},
      {"Le virus circule. Lire aussi : Et à supposer que cela suffise, rien ne change.",
       "Le virus circule. Et à supposer que cela suffise, rien ne change.", "Lire aussi :"},
      {"Les causes sont connues. Vous pourriez être intéressés par :", "Les causes sont connues.",
       "Vous pourriez être intéressés par :"},
      // A label that opens a sentence without its colon is text.
      {"Voir aussi le rapport de l'ONU publié hier à New York.", "Voir aussi le rapport de l'ONU publié hier à New York.",
       ""},
      {"Le virus circule. A ne pas manquer sur bbcafrique.com Les causes sont connues.",
       "Le virus circule. Les causes sont connues.", "A ne pas manquer sur bbcafrique.com"},
      // A label inside a sentence is text.
      {"Le livre qu'il faut lire aussi est sorti hier à Dakar.", "Le livre qu'il faut lire aussi est sorti hier à Dakar.", ""},
      // A subscribe call as the last sentence of a paragraph.
      {kBody1 + " Elle pourrait redéfinir les équilibres. N'oublie pas de vous abonner pour plus d'informations merci",
       kBody1 + " Elle pourrait redéfinir les équilibres.", "N'oublie pas de vous abonner pour plus d'informations merci"},
      // Photo credits closing or opening a caption.
      {"Des personnes manifestent à Kinshasa, mardi 28 janvier 2025. Photo : AP (Others)",
       "Des personnes manifestent à Kinshasa, mardi 28 janvier 2025.", "Photo : AP (Others)"},
      {"FETHI BELAID / AFP Campement de migrants devant le siège de l'OIM à Tunis, le 2 mars 2023",
       "Campement de migrants devant le siège de l'OIM à Tunis, le 2 mars 2023", "FETHI BELAID / AFP"},
      // Media ids between sentences.
      {"Le Bénin ne sera pas intimidé.  48821710 Par contre, la sélection doute.",
       "Le Bénin ne sera pas intimidé. Par contre, la sélection doute.", "48821710"},
      {"Le bilan est de 1200000 déplacés.", "Le bilan est de 1200000 déplacés.", ""},
  };
  for (const Case& c : cases) {
    CleanedText out = CleanText(c.line, Phrases());
    EXPECT_EQ(out.text, c.kept) << c.line;
    std::string removed = out.removed.empty() ? "" : out.removed[0].text;
    EXPECT_EQ(removed, c.removed) << c.line;
  }
}

TEST(CleanerTest, RelatedHeadlineAfterALoneLabelGoes) {
  CleanedText out = CleanText(kBody1 + "\nA lire aussi\nL'ONU bloque l'envoi de 600 mercenaires\n" + kBody2, Phrases());
  EXPECT_EQ(out.text, kBody1 + "\n" + kBody2);
  EXPECT_EQ(Reasons(out), "related:A lire aussi|related:L'ONU bloque l'envoi de 600 mercenaires");
}

TEST(CleanerTest, ListOfOtherStoriesAfterTheBodyGoes) {
  // Two or more headline-like lines (or teasers cut by "…") after the body.
  CleanedText out = CleanText(kBody1 + "\n" + kBody2 + "\nLa Rédaction\n"
                              "Bénin : le président promet de sévir après la tentative de coup d'État\n"
                              "01:15\nLe travail se poursuit dans le Nid des Aigles, les équipes sont…\n",
                              Phrases());
  EXPECT_EQ(out.text, kBody1 + "\n" + kBody2);
  // A heading and an excerpt cut mid-sentence are the article's own.
  std::string cut = "Les avoirs gelés\nEt puis, il s'agit de frapper les finances du groupe. Car si e";
  out = CleanText(kBody1 + "\n" + kBody2 + "\n" + cut, Phrases());
  EXPECT_EQ(out.text, kBody1 + "\n" + kBody2 + "\n" + cut);
  // A single short closing line that is no name stays (it may be the text's own).
  out = CleanText(kBody1 + "\n" + kBody2 + "\nAffaire à suivre", Phrases());
  EXPECT_EQ(out.text, kBody1 + "\n" + kBody2 + "\nAffaire à suivre");
}

TEST(CleanerTest, HeaderAboveTheTitleAndSignaturesBelowTheBody) {
  std::string text = "13/10/2024\nLe Regard\nDe l’information fouillée et vérifiée\n"
                     "Macron et Tshisekedi au téléphone\n" +
                     kBody1 + "\n" + kBody2 + "\nSarah Gere\nPartager";
  Page page = ReadPage(text, Phrases());
  MarkFurniture(&page, Phrases(), "https://leregard.info/emmanuel-macron-tshisekedi/");
  CleanedText out = FinishCleaning(&page, /*title_line=*/3, Phrases());
  EXPECT_EQ(out.text, "Macron et Tshisekedi au téléphone\n" + kBody1 + "\n" + kBody2);
  EXPECT_EQ(Reasons(out),
            "dateline:13/10/2024|site:Le Regard|header:De l’information fouillée et vérifiée|"
            "signature:Sarah Gere|furniture:Partager");
  EXPECT_EQ(out.signatures, std::vector<std::string>{"Sarah Gere"});
}

TEST(CleanerTest, ParagraphBreaksSurvive) {
  CleanedText out = CleanText(kBody1 + "\n\n\nPartager\n\n" + kBody2 + "\n" + kBody1.substr(0, 50) + ".", Phrases());
  EXPECT_EQ(out.text, kBody1 + "\n\n" + kBody2 + "\n" + kBody1.substr(0, 50) + ".");
}

TEST(CleanerTest, HostLabel) {
  EXPECT_EQ(HostLabel("https://www.leregard.info/x"), "leregard");
  EXPECT_EQ(HostLabel("https://fr.sputniknews.africa/2024/x"), "sputniknews");
  EXPECT_EQ(HostLabel("http://www.bbc.co.uk/afrique"), "bbc");
  EXPECT_EQ(HostLabel("rfi.fr"), "rfi");
  EXPECT_EQ(HostLabel(""), "");
}

}  // namespace
}  // namespace veille
