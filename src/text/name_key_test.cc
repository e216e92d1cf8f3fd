#include "text/name_key.h"

#include <gtest/gtest.h>

namespace veille {
namespace {

struct SameKeyCase {
  const char* a;
  const char* b;
};

// Spellings of one name that must share a key (word by word).
constexpr SameKeyCase kSame[] = {
    {"Iounous-Bek Evkourov", "Yunus Bek Yevkurov"},
    {"Yunus-Bek Yevkurov", "Юнус-Бек Евкуров"},
    {"Evkourov", "Jewkurow"},
    {"Choïgou", "Shoigu"},
    {"Shoigu", "Шойгу"},
    {"Schoigu", "Shoigu"},
    {"Sergueï", "Sergei"},
    {"Sergey", "Сергей"},
    {"Sergej", "Sergei"},
    {"Poutine", "Putin"},
    {"Путин", "Putin"},
    {"Lavrov", "Lawrow"},
    {"Лавров", "Lavrov"},
    {"Overtchouk", "Overchuk"},
    {"Owertschuk", "Оверчук"},
    {"Prigojine", "Prigozhin"},
    {"Пригожин", "Prigozhin"},
    {"Evguéni", "Yevgeny"},
    {"Evgueni", "Евгений"},
    {"Belooussov", "Belousov"},
    {"Beloussow", "Белоусов"},
    {"Zelensky", "Zelenskyy"},
    {"Selenskyj", "Zelenski"},
    {"Зеленский", "Zelensky"},
    {"Goïta", "Goita"},
    {"Traoré", "Traore"},
    {"Déby", "Deby"},
    {"Dmitri", "Dmitry"},
    {"Dmitriy", "Дмитрий"},
    {"Alexeï", "Aleksey"},
    {"Alexej", "Alexei"},
    {"Erdoğan", "Erdogan"},
    {"Khalifa Haftar", "Халифа Хафтар"},
    {"Tshisekedi", "Tchisekedi"},
    {"Mohammed", "Mohamed"},
    {"Abdelmadjid", "Abdelmajid"},
    {"N'Diaye", "Ndiaye"},
    {"Guéorgui", "Georgy"},
    {"Mikhaïl Michoustine", "Mikhail Mishustin"},
};

TEST(NameKeyTest, SpellingVariantsShareAKey) {
  for (const SameKeyCase& c : kSame) {
    EXPECT_EQ(NameKey(c.a), NameKey(c.b)) << c.a << " vs " << c.b;
    EXPECT_FALSE(NameKey(c.a).empty()) << c.a;
  }
}

// Different names that must keep different keys.
constexpr SameKeyCase kDifferent[] = {
    {"Lavrov", "Lavrenko"},   {"Putin", "Puttin Sergei"}, {"Shoigu", "Shoira"},
    {"Goïta", "Gaïta"},       {"Traoré", "Touré"},        {"Diop", "Diouf"},
    {"Macron", "Marcon"},     {"Belousov", "Belov"},      {"Sall", "Salla"},
    {"Keïta", "Kaïta"},       {"Bazoum", "Bazou"},        {"Tiani", "Tinubu"},
};

TEST(NameKeyTest, DifferentNamesKeepDifferentKeys) {
  for (const SameKeyCase& c : kDifferent) {
    EXPECT_NE(NameKey(c.a), NameKey(c.b)) << c.a << " vs " << c.b;
  }
}

TEST(NameKeyTest, SplitsWordsAndDropsPunctuation) {
  EXPECT_EQ(NameKeyWords("Iounous-Bek Evkourov"), (std::vector<std::string>{"iunus", "bek", "evkurov"}));
  EXPECT_EQ(NameKey("  M. Goïta, "), "m goita");
  EXPECT_EQ(NameKey("«»—"), "");
  EXPECT_EQ(WordKey("Choïgou"), "coigu");
}

TEST(NameKeyTest, AsciiFoldKeepsSpelling) {
  EXPECT_EQ(AsciiFold("Goïta"), "goita");
  EXPECT_EQ(AsciiFold("Путин"), "putin");
  EXPECT_EQ(AsciiFold("Œuvre"), "oeuvre");
}

}  // namespace
}  // namespace veille
