#include "actors/resolver.h"

#include <gtest/gtest.h>

#include <optional>

namespace veille {
namespace {

class ResolverTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto r = ActorResolver::Load(std::string(VEILLE_SOURCE_DIR) + "/data");
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    resolver_ = std::move(r).value().release();
  }
  static void TearDownTestSuite() {
    delete resolver_;
    resolver_ = nullptr;
  }

  static std::vector<Mention> Resolve(const std::string& text, std::optional<std::string> published = std::nullopt) {
    Document doc;
    doc.text = text;
    doc.lang = "fr";
    doc.published = std::move(published);
    resolver_->Resolve(&doc);
    return doc.mentions;
  }

  // The mention whose surface text is `surface`, if any.
  static std::optional<Mention> Find(const std::vector<Mention>& ms, const std::string& surface) {
    for (const Mention& m : ms) {
      if (m.text == surface) return m;
    }
    return std::nullopt;
  }

  static ActorResolver* resolver_;
};

ActorResolver* ResolverTest::resolver_ = nullptr;

struct Variant {
  const char* surface;
  const char* entity;
};

// French, English, German-style and Cyrillic spellings of real names.
constexpr Variant kVariants[] = {
    {"Vladimir Poutine", "per:vladimir-putin"},
    {"Vladimir Putin", "per:vladimir-putin"},
    {"Wladimir Putin", "per:vladimir-putin"},
    {"Владимир Путин", "per:vladimir-putin"},
    {"Poutine", "per:vladimir-putin"},
    {"Путин", "per:vladimir-putin"},
    {"Sergueï Choïgou", "per:sergei-shoigu"},
    {"Sergei Shoigu", "per:sergei-shoigu"},
    {"Sergej Schoigu", "per:sergei-shoigu"},
    {"Sergei Choigou", "per:sergei-shoigu"},
    {"Сергей Шойгу", "per:sergei-shoigu"},
    {"Choïgou", "per:sergei-shoigu"},
    {"Shoigu", "per:sergei-shoigu"},
    {"Sergueï Lavrov", "per:sergei-lavrov"},
    {"Sergey Lavrov", "per:sergei-lavrov"},
    {"Sergej Lawrow", "per:sergei-lavrov"},
    {"Сергей Лавров", "per:sergei-lavrov"},
    {"Lavrov", "per:sergei-lavrov"},
    {"Iounous-Bek Evkourov", "per:yunus-bek-yevkurov"},
    {"Yunus Bek Yevkurov", "per:yunus-bek-yevkurov"},
    {"Yunus-Bek Yevkurov", "per:yunus-bek-yevkurov"},
    {"Junus-Bek Jewkurow", "per:yunus-bek-yevkurov"},
    {"Юнус-Бек Евкуров", "per:yunus-bek-yevkurov"},
    {"Evkourov", "per:yunus-bek-yevkurov"},
    {"Yevkurov", "per:yunus-bek-yevkurov"},
    {"Alexeï Overtchouk", "per:alexei-overchuk"},
    {"Alexei Overchuk", "per:alexei-overchuk"},
    {"Aleksey Overchuk", "per:alexei-overchuk"},
    {"Alexej Owertschuk", "per:alexei-overchuk"},
    {"Алексей Оверчук", "per:alexei-overchuk"},
    {"Overtchouk", "per:alexei-overchuk"},
    {"Evguéni Prigojine", "per:yevgeny-prigozhin"},
    {"Yevgeny Prigozhin", "per:yevgeny-prigozhin"},
    {"Evgeni Prigojin", "per:yevgeny-prigozhin"},
    {"Евгений Пригожин", "per:yevgeny-prigozhin"},
    {"Prigojine", "per:yevgeny-prigozhin"},
    {"Prigozhin", "per:yevgeny-prigozhin"},
    {"Andreï Belooussov", "per:andrei-belousov"},
    {"Andrei Belousov", "per:andrei-belousov"},
    {"Andrej Beloussow", "per:andrei-belousov"},
    {"Андрей Белоусов", "per:andrei-belousov"},
    {"Belooussov", "per:andrei-belousov"},
    {"Volodymyr Zelensky", "per:volodymyr-zelensky"},
    {"Volodymyr Zelenskyy", "per:volodymyr-zelensky"},
    {"Wolodymyr Selenskyj", "per:volodymyr-zelensky"},
    {"Volodymyr Zelenski", "per:volodymyr-zelensky"},
    {"Zelensky", "per:volodymyr-zelensky"},
    {"Abdourahamane Tiani", "per:abdourahamane-tiani"},
    {"Abdourahamane Tchiani", "per:abdourahamane-tiani"},
    {"Abdourahmane Tchiani", "per:abdourahamane-tiani"},
    {"Tiani", "per:abdourahamane-tiani"},
    {"Tchiani", "per:abdourahamane-tiani"},
    {"Assimi Goïta", "per:assimi-goita"},
    {"Assimi Goita", "per:assimi-goita"},
    {"Ассими Гоита", "per:assimi-goita"},
    {"Goïta", "per:assimi-goita"},
    {"Ibrahim Traoré", "per:ibrahim-traore"},
    {"Ibrahim Traore", "per:ibrahim-traore"},
    {"Ибрагим Траоре", "per:ibrahim-traore"},
    {"Mahamat Idriss Déby", "per:mahamat-idriss-deby"},
    {"Mahamat Idriss Deby Itno", "per:mahamat-idriss-deby"},
    {"Mahamat Déby", "per:mahamat-idriss-deby"},
    {"Idriss Déby Itno", "per:idriss-deby"},
    {"Emmanuel Macron", "per:emmanuel-macron"},
    {"Эммануэль Макрон", "per:emmanuel-macron"},
    {"Macron", "per:emmanuel-macron"},
    {"Recep Tayyip Erdoğan", "per:recep-tayyip-erdogan"},
    {"Recep Tayyip Erdogan", "per:recep-tayyip-erdogan"},
    {"Tayyip Erdogan", "per:recep-tayyip-erdogan"},
    {"Erdogan", "per:recep-tayyip-erdogan"},
    {"Dmitri Peskov", "per:dmitry-peskov"},
    {"Dmitriy Peskov", "per:dmitry-peskov"},
    {"Дмитрий Песков", "per:dmitry-peskov"},
    {"Peskov", "per:dmitry-peskov"},
    {"Khalifa Haftar", "per:khalifa-haftar"},
    {"Khalifa Hafter", "per:khalifa-haftar"},
    {"Халифа Хафтар", "per:khalifa-haftar"},
    {"Haftar", "per:khalifa-haftar"},
    {"Fayez al-Sarraj", "per:fayez-al-sarraj"},
    {"Fayez el-Sarraj", "per:fayez-al-sarraj"},
    {"Fayez el-Sarraz", "per:fayez-al-sarraj"},
    {"Félix Tshisekedi", "per:felix-tshisekedi"},
    {"Felix Tshisekedi", "per:felix-tshisekedi"},
    {"Tshisekedi", "per:felix-tshisekedi"},
    {"Paul Kagame", "per:paul-kagame"},
    {"Поль Кагаме", "per:paul-kagame"},
    {"Faustin-Archange Touadéra", "per:faustin-archange-touadera"},
    {"Faustin Archange Touadera", "per:faustin-archange-touadera"},
    {"Touadéra", "per:faustin-archange-touadera"},
    {"Mohamed Bazoum", "per:mohamed-bazoum"},
    {"Mohammed Bazoum", "per:mohamed-bazoum"},
    {"Bazoum", "per:mohamed-bazoum"},
    {"Dmitri Medvedev", "per:dmitry-medvedev"},
    {"Dmitri Medwedew", "per:dmitry-medvedev"},
    {"Mikhaïl Michoustine", "per:mikhail-mishustin"},
    {"Mikhail Mishustin", "per:mikhail-mishustin"},
    {"Mamady Doumbouya", "per:mamady-doumbouya"},
    {"Mamadi Doumbouya", "per:mamady-doumbouya"},
};

TEST_F(ResolverTest, SpellingVariantsResolveToOneEntity) {
  static_assert(sizeof(kVariants) / sizeof(kVariants[0]) >= 80);
  for (const Variant& v : kVariants) {
    std::string text = std::string("Hier, ") + v.surface + " a déclaré que la situation était calme.";
    std::optional<Mention> m = Find(Resolve(text, "2024-06-01"), v.surface);
    ASSERT_TRUE(m.has_value()) << v.surface;
    EXPECT_EQ(m->entity, v.entity) << v.surface;
    EXPECT_EQ(m->kind, "person") << v.surface;
  }
}

struct Pair {
  const char* a;
  const char* b;
};

// Different people who must keep different ids (shared surnames, first names,
// father and son, one key away).
constexpr Pair kDifferent[] = {
    {"Ibrahim Traoré", "Karamoko Jean-Marie Traoré"},
    {"Idriss Déby Itno", "Mahamat Idriss Déby"},
    {"Abdoulaye Diop", "Birame Diop"},
    {"Abdoulaye Maïga", "Choguel Kokalla Maïga"},
    {"Dmitri Medvedev", "Dmitri Peskov"},
    {"Sergueï Lavrov", "Sergueï Choïgou"},
    {"Vladimir Poutine", "Volodymyr Zelensky"},
    {"Ali Bongo", "Noureddin Bongo Valentin"},
    {"Andreï Belooussov", "Alexeï Overtchouk"},
    {"Emmanuel Macron", "Brigitte Macron"},
    {"Ibrahim Traoré", "Ibrahim Boubacar Keïta"},
    {"Mohamed Bazoum", "Mohamed Ould Ghazouani"},
    {"Assimi Goïta", "Assimi Coulibaly"},
    {"Mahamat Idriss Déby", "Mahamat Saleh Annadif"},
    {"Khalifa Haftar", "Saddam Haftar"},
    {"Sergueï Lavrov", "Sergueï Riabkov"},
    {"Abdourahamane Tiani", "Salifou Mody"},
    {"Paul Kagame", "Paul Biya"},
    {"Félix Tshisekedi", "Étienne Tshisekedi"},
    {"Yunus-Bek Yevkurov", "Yunus Bek Evloïev"},
    {"Alassane Ouattara", "Alassane Dramane Diallo"},
    {"Recep Tayyip Erdoğan", "Emine Erdoğan"},
};

TEST_F(ResolverTest, DifferentPeopleKeepDifferentIds) {
  for (const Pair& p : kDifferent) {
    // A role phrase introduces the names no dictionary knows.
    auto entity = [&](const char* name) {
      std::string text = std::string("Le ministre malien, ") + name + ", a déclaré que tout allait bien.";
      std::optional<Mention> m = Find(Resolve(text, "2024-06-01"), name);
      return m ? m->entity : std::string("(none)");
    };
    std::string a = entity(p.a), b = entity(p.b);
    EXPECT_NE(a, "(none)") << p.a;
    EXPECT_NE(b, "(none)") << p.b;
    EXPECT_NE(a, b) << p.a << " / " << p.b;
  }
}

struct RoleCase {
  const char* text;
  const char* date;
  const char* surface;
  const char* entity;  // "" = do not check
  const char* kind;
  const char* country;
  const char* sector;
};

constexpr RoleCase kRoles[] = {
    // The holder on the article's date.
    {"Hier, le ministre russe de la Défense a parlé.", "2019-06-25", "ministre russe de la Défense",
     "per:sergei-shoigu", "person", "RUS", "MIL"},
    {"Hier, le ministre russe de la Défense a parlé.", "2025-04-03", "ministre russe de la Défense",
     "per:andrei-belousov", "person", "RUS", "MIL"},
    {"Hier, le président français a parlé.", "2016-03-10", "président français", "per:francois-hollande",
     "person", "FRA", "GOV"},
    {"Hier, le président français a parlé.", "2024-03-10", "président français", "per:emmanuel-macron",
     "person", "FRA", "GOV"},
    // Word orders and forms.
    {"Le ministre de la Défense malien est arrivé.", "2024-03-10", "ministre de la Défense malien", "", "person",
     "MLI", "MIL"},
    {"Le chef de la diplomatie nigérienne est arrivé.", "2024-03-10", "chef de la diplomatie nigérienne", "",
     "person", "NER", "DIP"},
    {"Le vice-ministre russe de la Défense est arrivé.", "2024-03-10", "vice-ministre russe de la Défense",
     "per:yunus-bek-yevkurov", "person", "RUS", "MIL"},
    {"Le président du Mali est arrivé.", "2024-03-10", "président du Mali", "per:assimi-goita", "person", "MLI",
     "GOV"},
    {"Le ministre malien des Affaires étrangères est arrivé.", "2024-03-10",
     "ministre malien des Affaires étrangères", "per:abdoulaye-diop", "person", "MLI", "DIP"},
    {"Russian Foreign Minister Sergei Lavrov arrived.", "2024-03-10", "Russian Foreign Minister",
     "per:sergei-lavrov", "person", "RUS", "DIP"},
    // State bodies.
    {"Les autorités maliennes ont refusé.", "2024-03-10", "autorités maliennes", "state:MLI", "state", "MLI", "GOV"},
    {"L'armée burkinabè a riposté.", "2024-03-10", "armée burkinabè", "state:BFA", "state", "BFA", "MIL"},
    {"Les forces françaises sont parties.", "2024-03-10", "forces françaises", "state:FRA", "state", "FRA", "MIL"},
    {"La junte guinéenne a refusé.", "2024-03-10", "junte guinéenne", "state:GIN", "state", "GIN", "GOV"},
    {"Les soldats maliens sont partis.", "2024-03-10", "soldats maliens", "state:MLI", "state", "MLI", "MIL"},
    // Metonyms and organisations.
    {"Moscou a signé l'accord.", "2024-03-10", "Moscou", "state:RUS", "state", "RUS", ""},
    {"Il est arrivé à Moscou hier.", "2024-03-10", "Moscou", "", "place", "RUS", ""},
    {"Le Kremlin a démenti.", "2024-03-10", "Kremlin", "state:RUS", "state", "RUS", "GOV"},
    {"L'Élysée a démenti.", "2024-03-10", "Élysée", "state:FRA", "state", "FRA", "GOV"},
    {"La Maison Blanche a démenti.", "2024-03-10", "Maison Blanche", "state:USA", "state", "USA", "GOV"},
    {"La CEDEAO a suspendu le pays.", "2024-03-10", "CEDEAO", "org:ecowas", "org", "", "IGO"},
    {"Les mercenaires de Wagner sont arrivés.", "2024-03-10", "Wagner", "grp:wagner", "group", "RUS", "PMC"},
    {"L'EIGS a revendiqué l'attaque.", "2024-03-10", "EIGS", "grp:issp", "group", "", "REB"},
    {"Les pays occidentaux ont protesté.", "2024-03-10", "pays occidentaux", "org:west", "org", "", ""},
    {"L'Onu a condamné l'attaque.", "2024-03-10", "Onu", "org:un", "org", "", "IGO"},
    {"Les experts de l'ONU ont publié un rapport.", "2024-03-10", "ONU", "org:un", "org", "", "IGO"},
    {"Les Nations unies ont voté.", "2024-03-10", "Nations unies", "org:un", "org", "", "IGO"},
    {"Le Conseil de sécurité de l'ONU s'est réuni.", "2024-03-10", "Conseil de sécurité de l'ONU", "org:un", "org",
     "", "IGO"},
    {"L'État islamique au Grand Sahara a revendiqué.", "2024-03-10", "État islamique au Grand Sahara", "grp:issp",
     "group", "", "REB"},
    {"L'État islamique au Sahel a revendiqué.", "2024-03-10", "État islamique au Sahel", "grp:issp", "group", "",
     "REB"},
    {"L'Alliance atlantique a répondu.", "2024-03-10", "Alliance atlantique", "org:nato", "org", "", "IGO"},
    {"Les forces otanesques sont présentes.", "2024-03-10", "forces otanesques", "org:nato", "org", "", "MIL"},
    {"Les Forces de soutien rapide ont attaqué.", "2024-03-10", "Forces de soutien rapide", "grp:rsf", "group",
     "SDN", "REB"},
    {"Les FSR ont attaqué.", "2024-03-10", "FSR", "grp:rsf", "group", "SDN", "REB"},
    {"Le Congo-Brazzaville a signé.", "2024-03-10", "Congo-Brazzaville", "state:COG", "state", "COG", ""},
    // Armies known by name.
    {"Les FACA ont repris la ville.", "2024-03-10", "FACA", "org:caf-faca", "org", "CAF", "MIL"},
    {"Les FAMa ont repris la ville.", "2024-03-10", "FAMa", "org:mli-fama", "org", "MLI", "MIL"},
    {"Les forces armées maliennes ont avancé.", "2024-03-10", "forces armées maliennes", "state:MLI", "state", "MLI", "MIL"},
    // Towns and regions: places with their state.
    {"L'armée a frappé Kidal hier.", "2024-03-10", "Kidal", "place:kidal", "place", "MLI", ""},
    {"Les combats ont repris à Goma.", "2024-03-10", "Goma", "place:goma", "place", "COD", ""},
    {"Les FSR ont pris El Fasher.", "2024-03-10", "El Fasher", "place:el-fasher", "place", "SDN", ""},
    {"Des attaques ont eu lieu à Tillabéri.", "2024-03-10", "Tillabéri", "place:tillaberi", "place", "NER", ""},
    {"Les insurgés ont pris Mocímboa da Praia.", "2024-03-10", "Mocímboa da Praia", "place:mocimboa-da-praia",
     "place", "MOZ", ""},
    // State bodies without a demonym: the state of the context when it is safe.
    {"Au Mali, la junte a annoncé le départ des troupes.", "2024-03-10", "junte", "state:MLI", "state", "MLI",
     "GOV"},
    {"Le Niger a rompu l'accord. Les autorités ont expulsé l'ambassadeur.", "2024-03-10", "autorités",
     "state:NER", "state", "NER", "GOV"},
    {"Le Burkina Faso est frappé. Les FDS ont riposté.", "2024-03-10", "FDS", "state:BFA", "state", "BFA", "MIL"},
    // A person of the state named nearby stands for his state.
    {"Le Mali a expulsé l'ambassadeur. Au Mali, la colère monte. Des manifestants sont sortis. Assimi Goïta a "
     "répondu. La junte a refusé.",
     "2024-03-10", "junte", "state:MLI", "state", "MLI", "GOV"},
    {"La CEDEAO espère que le régime militaire guinéen suivra.", "2024-03-10", "régime militaire guinéen",
     "state:GIN", "state", "GIN", "GOV"},
    {"Au Mali, un accord avec la junte militaire du Burkina Faso.", "2024-03-10",
     "junte militaire du Burkina Faso", "state:BFA", "state", "BFA", "GOV"},
    {"Un haut responsable militaire russe est arrivé.", "2024-03-10", "haut responsable militaire russe",
     "state:RUS", "state", "RUS", "GOV"},
    {"En Centrafrique, la garde présidentielle a encerclé le palais.", "2024-03-10", "garde présidentielle",
     "state:CAF", "state", "CAF", "MIL"},
};

TEST_F(ResolverTest, RolePhrasesStatesAndOrganisations) {
  for (const RoleCase& c : kRoles) {
    std::optional<Mention> m = Find(Resolve(c.text, c.date), c.surface);
    ASSERT_TRUE(m.has_value()) << c.text << " -> " << c.surface;
    if (*c.entity) {
      EXPECT_EQ(m->entity, c.entity) << c.text;
    }
    EXPECT_EQ(m->kind, c.kind) << c.text;
    EXPECT_EQ(m->country.value_or(""), c.country) << c.text;
    EXPECT_EQ(m->sector.value_or(""), c.sector) << c.text;
  }
}

TEST_F(ResolverTest, UnsafeContextLeavesStateBodiesUnresolved) {
  // No state nearby, two states as often named, or a "de ..." owner that is
  // not a known state: the body stays without a mention.
  const char* kTexts[] = {
      "Les autorités ont expulsé l'ambassadeur.",
      "La France et le Mali ont rompu. Les autorités ont expulsé l'ambassadeur.",
      "Le Mali a signé. Rien ne change. Rien ne bouge. Rien ne va. L'armée a frappé.",
      "Au Mali, les forces de Haftar sont absentes.",
      "Le Mali a signé. Les forces rebelles ont attaqué.",
      "Au Mali, les rebelles veulent prendre le pouvoir.",
      "Au Mali, les dirigeants ouest-africains ont conclu un accord.",
      "Le Mali est cité. Le chef rebelle, dont les troupes avancent, a parlé.",
  };
  for (const char* text : kTexts) {
    for (const Mention& m : Resolve(text, "2024-03-10")) {
      EXPECT_TRUE(m.kind != "state" || m.text == "Mali" || m.text == "France") << text << ": unexpected " << m.text << " " << m.entity;
    }
  }
}

TEST_F(ResolverTest, AdjectivesAfterStatesNounsAreNotTheOrganisation) {
  const char* kTexts[] = {"Les capitales européennes ont réagi.", "Les pays africains ont réagi.",
                          "Plusieurs États européens ont réagi."};
  for (const char* text : kTexts) {
    for (const Mention& m : Resolve(text, "2024-03-10")) ADD_FAILURE() << text << ": unexpected " << m.text;
  }
}

TEST_F(ResolverTest, NoFalseMentionsInCommonWords) {
  // "un", "ue", "pr" must not match UN / UE; lower-case "niger" is no state.
  std::vector<Mention> ms = Resolve("Il a signé un accord avec une équipe qui pratique le pr et la musique.");
  for (const Mention& m : ms) ADD_FAILURE() << "unexpected mention " << m.text << " " << m.entity;
}

struct DemonymCase {
  const char* text;
  const char* surface;
  const char* country;
};

constexpr DemonymCase kDemonyms[] = {
    {"Le président malien a parlé.", "président malien", "MLI"},
    {"La délégation malienne est partie.", "malienne", "MLI"},
    {"Les soldats maliens sont partis.", "soldats maliens", "MLI"},
    {"Les autorités maliennes ont refusé.", "autorités maliennes", "MLI"},
    {"Le gouvernement burkinabè a refusé.", "gouvernement burkinabè", "BFA"},
    {"La junte burkinabée a refusé.", "junte burkinabée", "BFA"},
    {"Les forces burkinabés ont riposté.", "forces burkinabés", "BFA"},
    {"Les autorités burkinabées ont refusé.", "autorités burkinabées", "BFA"},
    {"Le ministre nigérien est arrivé.", "ministre nigérien", "NER"},
    {"La partie nigériane a refusé.", "nigériane", "NGA"},
    {"Les soldats ivoiriens sont partis.", "soldats ivoiriens", "CIV"},
    {"Les autorités ivoiriennes ont refusé.", "autorités ivoiriennes", "CIV"},
};

TEST_F(ResolverTest, DemonymsInEveryForm) {
  for (const DemonymCase& c : kDemonyms) {
    std::optional<Mention> m = Find(Resolve(c.text, "2024-03-10"), c.surface);
    ASSERT_TRUE(m.has_value()) << c.text;
    EXPECT_EQ(m->country.value_or(""), c.country) << c.text;
  }
}

// "le pays" takes up a state named as such before an adjective that names
// one in passing, and the adjective's state when no other is in reach.
TEST_F(ResolverTest, LePaysPrefersAStateNamedAsOne) {
  std::optional<Mention> m = Find(Resolve("Le Gabon a rouvert ses frontières aériennes. Les médias français ont repris "
                                          "leurs émissions et les frontières terrestres du pays restent fermées.",
                                          "2024-03-10"),
                                  "du pays");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entity, "state:GAB");
  m = Find(Resolve("L'équipe sénégalaise a gagné la finale. Le pays est en fête.", "2024-03-10"), "Le pays");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entity, "state:SEN");
}

// A role after a passive verb of appointment is the subject's, not its
// holder's on the article's date.
TEST_F(ResolverTest, AppointedRolesAreTheSubjects) {
  struct Case {
    const char* text;
    const char* role;
  };
  // In 2022 the president of Gabon was another man: the role goes to the subject.
  for (const Case& c : {Case{"Le général Brice Oligui Nguema a été officiellement nommé président de la transition.",
                             "président de la transition"},
                        Case{"Brice Oligui Nguema est devenu président du Gabon.", "président du Gabon"}}) {
    std::optional<Mention> role = Find(Resolve(c.text, "2022-03-10"), c.role);
    ASSERT_TRUE(role.has_value()) << c.text;
    EXPECT_EQ(role->entity, "per:brice-oligui-nguema") << c.text;
  }
  // Active voice: the role is the object's, whom the apposition finds.
  std::optional<Mention> role =
      Find(Resolve("Brice Oligui Nguema a nommé Premier ministre Raymond Ndong Sima.", "2024-03-10"), "Premier ministre");
  ASSERT_TRUE(role.has_value());
  EXPECT_EQ(role->entity, "per:raymond-ndong-sima");
}

// Outlets are sources: "France 24" is no mention of France.
TEST_F(ResolverTest, NewsOutletsAreNotTheirState) {
  std::vector<Mention> ms = Resolve("Les autorités ont rétabli la diffusion de RFI et France 24, a indiqué l'AFP.", "2024-03-10");
  std::optional<Mention> outlet = Find(ms, "France 24");
  ASSERT_TRUE(outlet.has_value());
  EXPECT_EQ(outlet->code, "");
  EXPECT_FALSE(Find(ms, "France").has_value());
  std::optional<Mention> afp = Find(ms, "AFP");
  ASSERT_TRUE(afp.has_value());
  EXPECT_EQ(afp->code, "");
}

// A status adjective between the role and the name keeps the apposition:
// the role is the named person's, not its holder on the article's date.
TEST_F(ResolverTest, StatusAdjectivesKeepTheApposition) {
  for (const char* text : {"Le président déchu Ali Bongo est apparu dans une vidéo.",
                           "Il a rencontré le président renversé Ali Bongo à Libreville."}) {
    std::optional<Mention> role = Find(Resolve(text, "2024-03-10"), "président");
    ASSERT_TRUE(role.has_value()) << text;
    EXPECT_EQ(role->entity, "per:ali-bongo-ondimba") << text;
  }
  // Other words still end it: a verb between them leaves the role to its holder.
  std::optional<Mention> other =
      Find(Resolve("Le président sénégalais a reçu Ali Bongo.", "2024-03-10"), "président sénégalais");
  ASSERT_TRUE(other.has_value());
  EXPECT_EQ(other->country.value_or(""), "SEN");
  EXPECT_NE(other->entity, "per:ali-bongo-ondimba");
}

TEST_F(ResolverTest, AppositionsIntroduceUnknownPersons) {
  std::vector<Mention> ms = Resolve(
      "À Moscou, son homologue nigérien, Ousmane Kassogué, a salué l'accord. "
      "Plus tard, M. Kassogué a quitté la salle.",
      "2024-03-10");
  std::optional<Mention> full = Find(ms, "Ousmane Kassogué");
  ASSERT_TRUE(full.has_value());
  EXPECT_EQ(full->kind, "person");
  EXPECT_EQ(full->country.value_or(""), "NER");
  EXPECT_EQ(full->entity, "per:usman-kasog");
  std::optional<Mention> surname = Find(ms, "Kassogué");
  ASSERT_TRUE(surname.has_value());
  EXPECT_EQ(surname->entity, full->entity);

  // The other order, and a spelling variant that shares the id.
  ms = Resolve("Ousmane Kassogue, le ministre nigérien des Affaires étrangères, est arrivé.", "2024-03-10");
  std::optional<Mention> variant = Find(ms, "Ousmane Kassogue");
  ASSERT_TRUE(variant.has_value());
  EXPECT_EQ(variant->entity, full->entity);
  EXPECT_EQ(variant->sector.value_or(""), "DIP");

  // A rank before the name: a dictionary person keeps his dictionary id.
  ms = Resolve("Le colonel Assimi Goïta a reçu la délégation.", "2024-03-10");
  std::optional<Mention> goita = Find(ms, "Assimi Goïta");
  ASSERT_TRUE(goita.has_value());
  EXPECT_EQ(goita->entity, "per:assimi-goita");

  // A role phrase with an apposed name takes that person.
  ms = Resolve("Le ministre russe des Affaires étrangères, Sergueï Lavrov, a parlé.", "2024-03-10");
  std::optional<Mention> phrase = Find(ms, "ministre russe des Affaires étrangères");
  ASSERT_TRUE(phrase.has_value());
  EXPECT_EQ(phrase->entity, "per:sergei-lavrov");
}

TEST_F(ResolverTest, SurnamesAttachToTheFullName) {
  std::vector<Mention> ms = Resolve(
      "Sergueï Lavrov a reçu Abdoulaye Diop. « Notre coopération s'intensifie », a affirmé Lavrov. "
      "M. Diop a remercié son hôte.",
      "2025-04-03");
  std::optional<Mention> lavrov = Find(ms, "Lavrov");
  ASSERT_TRUE(lavrov.has_value());
  EXPECT_EQ(lavrov->entity, "per:sergei-lavrov");
  std::optional<Mention> diop = Find(ms, "Diop");
  ASSERT_TRUE(diop.has_value());
  EXPECT_EQ(diop->entity, "per:abdoulaye-diop");
}

struct PronounCase {
  const char* text;
  const char* pronoun;
  const char* entity;  // "" = no mention expected
};

constexpr PronounCase kPronouns[] = {
    {"La Russie a reçu les ministres de l'AES. Elle a promis des armes.", "Elle", "state:RUS"},
    {"La Chine a signé un accord avec le Mali. Elle a promis des fonds.", "Elle", "state:CHN"},
    {"Sergueï Lavrov est arrivé à Bamako. Il a rencontré les autorités.", "Il", "per:sergei-lavrov"},
    {"Le Mali a quitté la CEDEAO. Le pays a dénoncé des sanctions.", "Le pays", "state:MLI"},
    {"Le Mali a quitté la CEDEAO. Il faut dire que les sanctions pesaient.", "Il", ""},
    {"Le Mali a quitté la CEDEAO. Il y a eu des sanctions.", "Il", ""},
    {"Le Niger a rompu avec la France. Il a expulsé l'ambassadeur.", "Il", "state:NER"},
    {"Le Mali a quitté la CEDEAO. Ce pays a dénoncé les sanctions.", "Ce pays", "state:MLI"},
    {"La CEDEAO a levé les sanctions contre le Niger. L'organisation a exigé un calendrier.", "L'organisation",
     "org:ecowas"},
    {"L'organisation de la conférence a pris du retard.", "L'organisation", ""},
    // "il" prefers a person in reach to a nearer masculine state.
    {"À Dakar, le président Bassirou Diomaye Faye a critiqué le Mali. Il a évoqué la sécurité.", "Il",
     "per:bassirou-diomaye-faye"},
    // Stressed "lui" is a subject before "qui" only.
    {"Sergueï Lavrov est arrivé à Bamako. Lui qui défend le Mali a parlé.", "Lui", "per:sergei-lavrov"},
    {"Sergueï Lavrov est arrivé à Bamako. Le Mali lui a remis un prix.", "lui", ""},
    // A subject after fronted adverbials beats a later name after a preposition.
    {"En 2011, après vingt ans d'exil, Khalifa Haftar revient en Libye pour combattre le colonel Kadhafi. Il crée "
     "une armée.",
     "Il", "per:khalifa-haftar"},
    {"Sergueï Lavrov a dîné avec Vladimir Poutine. Il a parlé du Mali.", "Il", "per:sergei-lavrov"},
    // "son pays": the state of the person in reach.
    {"Recep Tayyip Erdogan a confirmé que son pays livrait des armes à Tripoli.", "son pays", "state:TUR"},
    {"La conférence a confirmé que son pays livrait des armes.", "son pays", ""},
    // Short references to an armed group reach a few sentences back.
    {"Le M23 a pris Goma. Kinshasa a protesté. L'ONU s'inquiète. Les rebelles avancent vers Bukavu.", "Les rebelles",
     "grp:m23"},
    {"Le JNIM a revendiqué l'attaque. Le groupe armé dit avoir tué dix soldats.", "Le groupe armé", "grp:jnim"},
    {"Le M23 a pris Goma. Le groupe de contact s'est réuni à Luanda.", "Le groupe", ""},
    {"La Russie a reçu le Mali. Les rebelles ont attaqué Kidal.", "Les rebelles", ""},
    {"Le M23 a pris Goma. Kigali combat les rebelles rwandais FDLR.", "les rebelles", ""},
    {"Le Mali a signé. Des milliers de personnes ont manifesté dans le nord du pays.", "du pays", "state:MLI"},
    // The article gives the gender: "le Conseil de sécurité" is masculine
    // though the UN it stands for is feminine.
    {"Le Conseil de sécurité de l'ONU s'est réuni vendredi. Il a adopté une résolution.", "Il", "org:un"},
};

// With no antecedent in reach, the subject pronoun of the sentence before
// carries the chain on.
TEST_F(ResolverTest, SubjectPronounsCarryAChainOn) {
  std::vector<Mention> ms = Resolve(
      "En 2011, Khalifa Haftar revient en Libye. En 2014, il crée une armée. En 2017, il occupe Benghazi. "
      "En 2018, il étend son emprise sur la Cyrénaïque.",
      "2024-03-10");
  int pronouns = 0;
  for (const Mention& m : ms) {
    if (m.text != "il") continue;
    ++pronouns;
    EXPECT_EQ(m.entity, "per:khalifa-haftar") << m.span.start;
  }
  EXPECT_EQ(pronouns, 3);
}

TEST_F(ResolverTest, PronounsTakeTheNearestFittingAntecedent) {
  for (const PronounCase& c : kPronouns) {
    std::optional<Mention> m = Find(Resolve(c.text, "2024-03-10"), c.pronoun);
    if (!*c.entity) {
      EXPECT_FALSE(m.has_value()) << c.text;
      continue;
    }
    ASSERT_TRUE(m.has_value()) << c.text;
    EXPECT_EQ(m->entity, c.entity) << c.text;
  }
}

TEST_F(ResolverTest, MentionsAreSortedAndSpanTheirText) {
  std::string text =
      "Le ministre tchadien de la Défense, Issaka Malloua Djamous, a salué l'entretien à Ankara "
      "comme « très constructif ». La Turquie soutient le G5 Sahel.";
  Document doc;
  doc.text = text;
  doc.published = "2025-04-03";
  resolver_->Resolve(&doc);
  ASSERT_FALSE(doc.mentions.empty());
  size_t last_end = 0;
  for (const Mention& m : doc.mentions) {
    EXPECT_GE(m.span.start, last_end);
    EXPECT_EQ(text.substr(m.span.start, m.span.end - m.span.start), m.text);
    last_end = m.span.end;
  }
}

}  // namespace
}  // namespace veille
