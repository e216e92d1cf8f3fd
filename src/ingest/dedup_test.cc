#include "ingest/dedup.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <string>
#include <vector>

#include "base/utf8.h"

namespace veille {
namespace {

// One wire story (two paragraphs) and another story on the same topic.
const std::string kWire =
    "Le gouvernement malien a annoncé lundi le retrait du pays de toutes les instances du G5 Sahel, y compris "
    "de sa force conjointe antijihadiste, pour protester contre le refus qui lui est opposé d'en assurer la "
    "présidence tournante. Une conférence des chefs d'Etat prévue en février à Bamako devait consacrer le début "
    "de la présidence malienne, mais elle ne s'est toujours pas tenue, selon le communiqué lu à la télévision.\n"
    "Le G5 Sahel, formé en 2014 avec la Mauritanie, le Tchad, le Burkina Faso et le Niger, peine depuis des "
    "années à mobiliser les financements promis par ses partenaires internationaux.";
const std::string kOtherStory =
    "Le Mali a annoncé dimanche soir son retrait du G5 Sahel et de sa force militaire, une décision qui "
    "intervient après des mois de tensions avec les pays voisins au sujet de la transition. Les autorités de "
    "Bamako dénoncent une instrumentalisation de l'organisation par des puissances extérieures et affirment "
    "vouloir privilégier des partenariats bilatéraux, notamment avec la Russie et la Turquie.\n"
    "Plusieurs analystes estiment que cette décision affaiblit encore davantage une organisation déjà fragilisée "
    "par les coups d'Etat successifs au Mali et au Burkina Faso.";

TEST(DedupTest, FingerprintsIgnoreCaseAccentsAndSpacing) {
  Fingerprint a = ContentFingerprint("Le Mali a quitté le G5 Sahel.");
  Fingerprint b = ContentFingerprint("le  MALI a quitte\nle G5-Sahel !");
  EXPECT_EQ(a.exact, b.exact);
  EXPECT_EQ(a.simhash, b.simhash);
  EXPECT_EQ(ContentFingerprint("").exact, 0u);
  EXPECT_EQ(ContentFingerprint("« — »").shingles, 0);
}

TEST(DedupTest, PairsAreJudgedAsTheyShouldBe) {
  struct Case {
    std::string name;
    std::string first, second;
    bool duplicate;
  };
  const std::vector<Case> cases = {
      {"identical", kWire, kWire, true},
      {"same wire story, other furniture left", "Par AFP\n" + kWire, kWire + "\nLa rédaction", true},
      {"same wire story, a word changed", kWire,
       [] {
         std::string s = kWire;
         s.replace(s.find("lundi"), 5, "mardi");
         return s;
       }(),
       true},
      {"same topic, other story", kWire, kOtherStory, false},
      {"first paragraph only", kWire, kWire.substr(0, kWire.find('\n')), false},
      {"short texts: exact only", "Le Mali quitte le G5 Sahel.", "Le Mali quitte le G5 Sahel !", true},
      {"short texts differ", "Le Mali quitte le G5 Sahel.", "Le Niger quitte le G5 Sahel.", false},
      {"empty texts are never duplicates", "", "", false},
  };
  for (const Case& c : cases) {
    DuplicateIndex index;
    EXPECT_FALSE(index.Add("a", ContentFingerprint(c.first)).has_value()) << c.name;
    std::optional<std::string> dup = index.Add("b", ContentFingerprint(c.second));
    EXPECT_EQ(dup.has_value(), c.duplicate) << c.name << " distance "
                                            << HammingDistance(ContentFingerprint(c.first).simhash,
                                                               ContentFingerprint(c.second).simhash);
    if (c.duplicate && dup) {
      EXPECT_EQ(*dup, "a") << c.name;
    }
  }
}

TEST(DedupTest, PointsToTheEarliestCopy) {
  DuplicateIndex index;
  EXPECT_FALSE(index.Add("first", ContentFingerprint(kWire)).has_value());
  EXPECT_FALSE(index.Add("other", ContentFingerprint(kOtherStory)).has_value());
  EXPECT_EQ(index.Add("second", ContentFingerprint(kWire)).value_or(""), "first");
  EXPECT_EQ(index.Add("third", ContentFingerprint("Par Reuters\n" + kWire)).value_or(""), "first");
  EXPECT_EQ(index.Add("other2", ContentFingerprint(kOtherStory)).value_or(""), "other");
}

// The slow oracle: the SimHash as first written, one vote per bit with a
// 64-step loop. ContentFingerprint counts the votes eight bits to a word.
uint64_t SlowMix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

uint64_t SlowSimHash(const std::string& text) {
  static constexpr const char* kUnaccented =
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyt\0aaaaaaaceeeeiiiidnooooo\0ouuuuyty";
  std::vector<uint64_t> words;
  uint64_t h = 1469598103934665603ULL;
  bool in_word = false;
  for (size_t i = 0; i < text.size();) {
    char32_t cp = DecodeUtf8(text, &i);
    if (u_isalnum(cp)) {
      char32_t f = cp < 0x80 ? ((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp)
                   : (cp >= 0xC0 && cp <= 0xFF && kUnaccented[cp - 0xC0] != '\0') ? kUnaccented[cp - 0xC0]
                                                                                 : u_tolower(cp);
      h = (h ^ f) * 1099511628211ULL;
      in_word = true;
    } else if (in_word) {
      words.push_back(h);
      h = 1469598103934665603ULL;
      in_word = false;
    }
  }
  if (in_word) words.push_back(h);
  int64_t shingles = 0;
  uint32_t ones[64] = {};
  for (size_t i = 0; i + 2 < words.size(); ++i, ++shingles) {
    uint64_t t = SlowMix(words[i] ^ SlowMix(words[i + 1] ^ SlowMix(words[i + 2])));
    for (int b = 0; b < 64; ++b) ones[b] += (t >> b) & 1;
  }
  uint64_t simhash = 0;
  for (int b = 0; b < 64; ++b)
    if (2 * static_cast<int64_t>(ones[b]) > shingles) simhash |= uint64_t{1} << b;
  return simhash;
}

TEST(DedupTest, SimHashMatchesTheSlowOracle) {
  // Long texts too: the byte counters are emptied every 255 trigrams.
  std::string long_text;
  for (int i = 0; i < 40; ++i) long_text += kWire + " " + std::to_string(i) + " ";
  for (const std::string& text : {kWire, kOtherStory, long_text, std::string("un deux"), std::string("a b c")}) {
    Fingerprint fp = ContentFingerprint(text);
    EXPECT_EQ(fp.simhash, SlowSimHash(text)) << text.substr(0, 40);
  }
}

}  // namespace
}  // namespace veille
