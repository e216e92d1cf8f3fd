#include "ingest/langid.h"

#include <gtest/gtest.h>

namespace veille {
namespace {

TEST(LangId, FrenchEnglishRussian) {
  EXPECT_EQ(DetectLanguage("Le ministre russe de la Défense a été reçu par le président de la transition "
                           "à Bamako, où les deux délégations ont évoqué la coopération militaire."),
            "fr");
  EXPECT_EQ(DetectLanguage("The Russian defence minister was received by the transitional president in "
                           "Bamako, where both delegations discussed military cooperation."),
            "en");
  EXPECT_EQ(DetectLanguage("Министр обороны России провёл переговоры с президентом Мали в Бамако о "
                           "военном сотрудничестве между двумя странами."),
            "ru");
}

TEST(LangId, SamplesOnlyTheStartAndCutsAtCodePoints) {
  std::string text(20000, ' ');
  text += "é";  // a cut inside this code point must not break CLD2
  EXPECT_EQ(DetectLanguage(text, 20001), "und");
}

}  // namespace
}  // namespace veille
