// Table-driven tests of the event coder on sentences written for the tests.
// Mentions come from a small test gazetteer, so that the coder is tested on
// its own, whatever the actors stage does.
#include "events/coder.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "events/tokenize.h"

namespace veille {
namespace {

struct Entry {
  const char* surface;
  const char* code;
  const char* kind;
  const char* country = nullptr;  // the state a non-state group belongs to
};

// Surfaces are matched as whole words, longest first.
const Entry kGazetteer[] = {
    {"Mali", "MLI", "state"}, {"malien", "MLI", "state"}, {"malienne", "MLI", "state"},
    {"maliennes", "MLI", "state"}, {"maliens", "MLI", "state"}, {"Maliens", "MLI", "state"}, {"Bamako", "MLI", "state"},
    {"Assimi Goïta", "MLI", "person"}, {"Goïta", "MLI", "person"}, {"Abdoulaye Diop", "MLI", "person"},
    {"Niger", "NER", "state"}, {"nigérien", "NER", "state"}, {"nigérienne", "NER", "state"},
    {"nigériens", "NER", "state"}, {"Nigériens", "NER", "state"},
    {"nigériennes", "NER", "state"}, {"Niamey", "NER", "state"},
    {"Burkina Faso", "BFA", "state"}, {"Burkina", "BFA", "state"}, {"burkinabè", "BFA", "state"},
    {"Ouagadougou", "BFA", "state"},
    {"Russie", "RUS", "state"}, {"russe", "RUS", "state"}, {"russes", "RUS", "state"},
    {"Moscou", "RUS", "state"}, {"Kremlin", "RUS", "state"}, {"Sergueï Lavrov", "RUS", "person"},
    {"Lavrov", "RUS", "person"}, {"Vladimir Poutine", "RUS", "person"}, {"Poutine", "RUS", "person"},
    {"Wagner", "RUS", "org"},
    {"France", "FRA", "state"}, {"français", "FRA", "state"}, {"française", "FRA", "state"},
    {"françaises", "FRA", "state"}, {"Paris", "FRA", "state"}, {"Emmanuel Macron", "FRA", "person"},
    {"Macron", "FRA", "person"},
    {"Algérie", "DZA", "state"}, {"Alger", "DZA", "state"}, {"algérien", "DZA", "state"},
    {"Maroc", "MAR", "state"}, {"Rabat", "MAR", "state"}, {"marocain", "MAR", "state"},
    {"Chine", "CHN", "state"}, {"Pékin", "CHN", "state"}, {"chinois", "CHN", "state"},
    {"Turquie", "TUR", "state"}, {"Ankara", "TUR", "state"}, {"turc", "TUR", "state"},
    {"turque", "TUR", "state"}, {"turcs", "TUR", "state"},
    {"États-Unis", "USA", "state"}, {"Washington", "USA", "state"}, {"américain", "USA", "state"},
    {"américaine", "USA", "state"}, {"américaines", "USA", "state"}, {"américains", "USA", "state"},
    {"Rwanda", "RWA", "state"}, {"Kigali", "RWA", "state"}, {"rwandais", "RWA", "state"},
    {"rwandaise", "RWA", "state"}, {"rwandaises", "RWA", "state"}, {"Paul Kagame", "RWA", "person"},
    {"RDC", "COD", "state"}, {"Kinshasa", "COD", "state"}, {"congolais", "COD", "state"}, {"congolaise", "COD", "state"},
    {"Félix Tshisekedi", "COD", "person"},
    {"Tchad", "TCD", "state"}, {"tchadien", "TCD", "state"}, {"tchadienne", "TCD", "state"}, {"N'Djamena", "TCD", "state"},
    {"Sénégal", "SEN", "state"}, {"Dakar", "SEN", "state"}, {"sénégalais", "SEN", "state"},
    {"Somalie", "SOM", "state"}, {"Mogadiscio", "SOM", "state"}, {"somalien", "SOM", "state"}, {"somaliens", "SOM", "state"},
    {"Éthiopie", "ETH", "state"}, {"Addis-Abeba", "ETH", "state"}, {"éthiopien", "ETH", "state"},
    {"Gabon", "GAB", "state"}, {"gabonais", "GAB", "state"}, {"gabonaise", "GAB", "state"},
    {"Guinée", "GIN", "state"}, {"guinéen", "GIN", "state"}, {"guinéenne", "GIN", "state"}, {"guinéens", "GIN", "state"},
    {"Ukraine", "UKR", "state"}, {"Israël", "ISR", "state"}, {"Égypte", "EGY", "state"},
    {"Libye", "LBY", "state"}, {"libyen", "LBY", "state"}, {"Tripoli", "LBY", "state"},
    {"GNA", "LBY", "org"}, {"ANL", "LBY", "org"},
    {"Côte d'Ivoire", "CIV", "state"}, {"ivoirien", "CIV", "state"},
    {"Nigeria", "NGA", "state"}, {"Ghana", "GHA", "state"}, {"Soudan", "SDN", "state"},
    {"soudanaise", "SDN", "state"}, {"Mozambique", "MOZ", "state"},
    {"Union européenne", "EU", "org"}, {"UE", "EU", "org"}, {"CEDEAO", "ECOWAS", "org"},
    {"ONU", "UN", "org"}, {"Nations unies", "UN", "org"}, {"MINUSMA", "UN", "org"},
    {"OTAN", "NATO", "org"}, {"Union africaine", "AU", "org"}, {"AES", "AES", "org"},
    {"G5 Sahel", "G5S", "org"},
    {"CPC", "CPC", "group", "CAF"}, {"Centrafrique", "CAF", "state"},
    {"Barsalogho", "", "place", "BFA"},  // places carry a country, not a code, as the actors stage makes them
    {"JNIM", "JNIM", "group"}, {"M23", "M23", "group"}, {"FDLR", "FDLR", "group"}, {"État islamique au Sahel", "ISSP", "group"},
    {"FSR", "RSF", "group"},
};

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '-'; }

// Adds a mention for every gazetteer surface found as a whole word.
void AddMentions(Document* doc) {
  std::vector<const Entry*> entries;
  for (const Entry& e : kGazetteer) entries.push_back(&e);
  std::sort(entries.begin(), entries.end(), [](const Entry* a, const Entry* b) {
    return std::string(a->surface).size() > std::string(b->surface).size();
  });
  std::vector<bool> taken(doc->text.size(), false);
  for (const Entry* e : entries) {
    std::string s = e->surface;
    for (size_t at = doc->text.find(s); at != std::string::npos; at = doc->text.find(s, at + 1)) {
      size_t end = at + s.size();
      if (at > 0 && IsWordByte(doc->text[at - 1]) && doc->text[at - 1] != '\'') continue;
      if (end < doc->text.size() && IsWordByte(doc->text[end])) continue;
      if (std::any_of(taken.begin() + at, taken.begin() + end, [](bool b) { return b; })) continue;
      std::fill(taken.begin() + at, taken.begin() + end, true);
      Mention m;
      m.span = {at, end};
      m.text = s;
      // Bodies of a state are entities of their own; states and persons share one per code.
      const std::string kind = e->kind;
      m.entity = kind == "org" || kind == "group" ? "org:" + s
                 : kind == "place"                 ? "place:" + s
                                                   : std::string("test:") + e->code;
      m.name = e->code;
      m.kind = e->kind;
      m.code = e->code;
      if (e->country) m.country = e->country;
      doc->mentions.push_back(m);
    }
  }
  std::sort(doc->mentions.begin(), doc->mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
}

class CoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto coder = EventCoder::Load(std::string(VEILLE_SOURCE_DIR) + "/data");
    ASSERT_TRUE(coder.ok()) << coder.status().ToString();
    coder_ = std::move(*coder).release();
  }
  static void TearDownTestSuite() { delete coder_; }

  // "TYPE ACTOR>RECIPIENT" per dyad, with "!aux" for future, hypothetical
  // and negated events; sorted.
  static std::vector<std::string> Code(const std::string& text, const char* published = "2025-04-05") {
    Document doc;
    doc.lang = "fr";
    doc.text = text;
    if (published) doc.published = published;
    AddMentions(&doc);
    coder_->Code(&doc);
    std::set<std::string> out;
    for (const Event& e : doc.events) {
      std::string aux = e.aux && *e.aux != "historical" ? "!" + *e.aux : "";
      for (const auto& a : e.actors) {
        if (e.recipients.empty()) out.insert(e.type + " " + a.code + ">-" + aux);
        for (const auto& r : e.recipients) out.insert(e.type + " " + a.code + ">" + r.code + aux);
      }
    }
    return {out.begin(), out.end()};
  }

  // The coded document for `text` published on `published`.
  static Document CodeDoc(const std::string& text, const char* published = "2025-04-05") {
    Document doc;
    doc.lang = "fr";
    doc.text = text;
    if (published) doc.published = published;
    AddMentions(&doc);
    coder_->Code(&doc);
    return doc;
  }

  static EventCoder* coder_;
};

EventCoder* CoderTest::coder_ = nullptr;

struct Case {
  const char* text;
  std::vector<std::string> expected;  // sorted
};

std::vector<std::string> Sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

void RunCases(const std::vector<Case>& cases, std::vector<std::string> (*code)(const std::string&, const char*)) {
  int failures = 0;
  for (const Case& c : cases) {
    auto got = code(c.text, "2025-04-05");
    auto want = Sorted(c.expected);
    EXPECT_EQ(got, want) << "sentence: " << c.text;
    failures += got != want;
  }
  std::cerr << cases.size() - failures << "/" << cases.size() << " cases pass\n";
}


// Every PLOVER type, active and passive voice, coordination,
// nominalisations, negation, conditional, future and quotes.
const std::vector<Case> kCases = {
    // --- CONSULT: visits (the visitor acts), meetings, talks, calls ---
    {"Le ministre russe des Affaires étrangères a reçu son homologue malien à Moscou.", {"CONSULT MLI>RUS"}},
    {"Les chefs de la diplomatie du Mali, du Niger et du Burkina Faso ont été reçus par Sergueï Lavrov.",
     {"CONSULT BFA>RUS", "CONSULT MLI>RUS", "CONSULT NER>RUS"}},
    {"Emmanuel Macron recevra jeudi le président sénégalais à l'Élysée.", {"AGREE SEN>FRA!future"}},
    {"Le président turc accueille son homologue somalien à Ankara.", {"CONSULT SOM>TUR"}},
    {"Abdoulaye Diop s'est entretenu avec Sergueï Lavrov.", {"CONSULT MLI>RUS"}},
    {"Le président tchadien s'est rendu au Niger pour une visite de travail.", {"CONSULT TCD>NER"}},
    // A verb whose compound tenses take "être" is active, not passive.
    {"Le président français est arrivé jeudi à Dakar pour une visite de deux jours.", {"CONSULT FRA>SEN"}},
    // A visit's place follows its preposition.
    {"Le Sénégal arrive en tête des pays importateurs du blé de la Russie.", {}},
    {"La visite de Sergueï Lavrov au Mali a duré deux jours.", {"CONSULT RUS>MLI"}},
    {"Emmanuel Macron a rencontré Félix Tshisekedi à Kinshasa.", {"CONSULT FRA>COD"}},
    {"Le chef de l'État ivoirien a effectué une visite officielle en Guinée.", {"CONSULT CIV>GIN"}},
    {"Félix Tshisekedi et Emmanuel Macron se sont entretenus par téléphone.", {"CONSULT COD>FRA"}},
    {"La Russie et l'Algérie ont négocié un nouveau contrat gazier.", {"CONSULT RUS>DZA"}},
    {"Le président nigérien a visité la Turquie la semaine dernière.", {"CONSULT NER>TUR"}},
    {"Le président sénégalais n'a pas rencontré Emmanuel Macron.", {"CONSULT SEN>FRA!negated"}},
    {"Le ministre malien pourrait se rendre à Moscou.", {"CONSULT MLI>RUS!hypothetical"}},
    // An infinitive takes the conditional of the verb it depends on.
    {"L'armée tchadienne serait en mesure d'attaquer le Niger.", {"ASSAULT TCD>NER!hypothetical"}},
    {"Le Mali a prévenu qu'en cas d'attaque du Niger, il riposterait.", {}},
    // A coordinated verb group opening with a clitic shares the subject.
    {"Le président malien a comparé son homologue Emmanuel Macron à Adolf Hitler et lui a promis de "
     "sanctionner la France.",
     {"THREATEN MLI>FRA"}},
    // A verb after "et" goes on with the subject, not with the noun before it.
    {"Le chef de l'ONU dénonce la répression et appelle les militaires nigériens à regagner leurs casernes.",
     {"ACCUSE UN>NER", "REQUEST UN>NER"}},
    {"Le chef de l'ONU condamne le putsch et appelle les militaires nigériens à regagner leurs casernes.",
     {"ACCUSE UN>NER", "REQUEST UN>NER"}},
    {"Le Mali a promis d'aider le Niger.", {"AGREE MLI>NER"}},
    {"En 2023, une guerre a éclaté entre le M23 et l'armée congolaise.", {"ASSAULT M23>COD"}},
    // A conjunct shares its blocked governor: no recipient.
    {"Wagner finance ses opérations grâce aux mines de pays comme la Libye et le Mali.", {}},
    // A purpose infinitive's object is not the main verb's; a figurative attack is none.
    {"Le Rwanda a lancé des opérations pour renforcer le M23 et contre les FDLR.", {"ASSAULT RWA>FDLR"}},
    {"La Russie mène une offensive diplomatique en Afrique pour supplanter la France.", {}},
    {"Le ministre turc a réitéré son engagement envers la Somalie.", {"SUPPORT TUR>SOM"}},
    // An object clitic stands for the other side named just before.
    {"Des diplomates français sont arrivés hier. Le Mali les accuse d'ingérence.", {"ACCUSE MLI>FRA"}},
    {"Le Mali accuse d'ingérence.", {}},
    {"L'accord a été présenté au Mali. La Russie l'a signé.", {}},
    // A purpose clause names the target; a state closing a place chain is where it happens.
    {"Des centaines de personnes ont manifesté à Gao, dans le nord du Mali, pour dénoncer la France.",
     {"PROTEST MLI>FRA"}},
    {"Des centaines de personnes ont manifesté à Dosso, chef-lieu d'une région du Niger, pour s'opposer aux "
     "troupes françaises.",
     {"PROTEST NER>FRA"}},
    // A participle after the noun brings its agent; with no target, the state where it happens.
    {"Deux attaques meurtrières perpétrées par des combattants du JNIM ont frappé le nord du Mali.",
     {"ASSAULT JNIM>MLI"}},
    {"Le coup d'État au Niger a été condamné par la France.", {"ACCUSE FRA>NER", "COERCE NER>NER"}},
    // A cue verb used as a noun is no cue; a noun cue stays one.
    {"Face à une menace croissante, le Mali a obtenu des armes de la Russie.", {"AID RUS>MLI"}},
    {"Sa tentative d'attaquer le Niger a échoué, selon le Mali.", {"ASSAULT MLI>NER!hypothetical"}},
    // Background is not news.
    {"Dans un contexte de retrait des forces françaises du Mali, la Russie a livré des armes au Mali.",
     {"AID RUS>MLI"}},
    {"Le Mali a poussé la France à retirer ses troupes.", {"REQUEST MLI>FRA"}},
    // An adverb inside the verb group; a gerund shares the subject.
    {"Le Niger a toutefois expulsé l'ambassadeur de France.", {"COERCE NER>FRA"}},
    {"En 2024, la Turquie a cependant franchi une étape en ouvrant une base militaire en Somalie.",
     {"MOBILIZE TUR>SOM"}},
    // The topic of talks is not an event of its own.
    {"Le ministre malien a rencontré Sergueï Lavrov ; les discussions ont porté sur le renforcement de la "
     "coopération entre Moscou et Bamako.",
     {"CONSULT MLI>RUS"}},
    {"La Russie renforce sa coopération militaire avec le Mali.", {"COOPERATE RUS>MLI"}},
    // Two bodies of one state fighting each other; a state's own army is its side.
    {"Les forces du GNA ont mené un raid aérien contre des positions de l'ANL.", {"ASSAULT LBY>LBY"}},
    {"L'armée libyenne a mené un raid contre des positions en Libye.", {}},
    // A reciprocal verb with both parties as subject: what follows is its topic.
    {"Emmanuel Macron et Félix Tshisekedi se sont rencontrés pour parler du Rwanda.", {"CONSULT FRA>COD"}},
    {"Le Tchad et le Niger se sont entretenus avec la France.", {"CONSULT NER>FRA", "CONSULT TCD>FRA"}},
    // An incise between the verb and its object.
    {"La Somalie et la Turquie ont conclu, le jeudi 8 février, un accord de défense.", {"SUPPORT SOM>TUR"}},
    {"Le ministre malien se rendra à Moscou en juin prochain.", {"AGREE MLI>RUS!future"}},
    {"Haftar reçu à Moscou par Vladimir Poutine.", {}},
    {"Le ministre libyen reçu à Moscou par Vladimir Poutine.", {"CONSULT LBY>RUS"}},
    {"Le Niger a accueilli le ministre turc de la Défense.", {"CONSULT TUR>NER"}},
    {"Une délégation chinoise a été accueillie à Bamako par le ministre malien.", {}},
    {"Le président congolais a discuté avec Paul Kagame de la situation.", {"CONSULT COD>RWA"}},
    // --- AGREE: promises, intentions, future meetings ---
    {"La Russie a promis au Mali de nouveaux hélicoptères.", {"AGREE RUS>MLI"}},
    {"La Turquie s'est engagée à former les soldats somaliens.", {"AGREE TUR>SOM"}},
    {"Le Maroc et Israël ont convenu de rétablir leurs relations.", {"AGREE MAR>ISR"}},
    {"Washington a invité le président angolais à un sommet.", {}},
    {"Le Kenya a convoqué une réunion entre la RDC et le Rwanda.", {"AGREE COD>RWA"}},
    {"La Russie va livrer des blindés au Burkina Faso.", {"AGREE RUS>BFA!future"}},
    {"Paris prévoit d'envoyer des instructeurs au Niger.", {"AGREE FRA>NER!future"}},
    {"Lavrov a annoncé une visite du président malien à Moscou en juin prochain.", {"AGREE MLI>RUS!future"}},
    {"Le Maroc et Israël vont normaliser leurs relations.", {"AGREE MAR>ISR!future"}},
    // --- SUPPORT: agreements signed, recognition, verbal support ---
    {"Le Mali et la Russie ont signé un accord de coopération militaire.", {"SUPPORT MLI>RUS"}},
    {"La Somalie a signé un accord-cadre avec la Turquie.", {"SUPPORT SOM>TUR"}},
    {"La signature d'un accord entre l'Éthiopie et la Somalie a été reportée.", {"SUPPORT ETH>SOM"}},
    {"Un accord de défense a été signé par le Mali et la Russie.", {"SUPPORT MLI>RUS"}},
    {"Les États-Unis reconnaissent la souveraineté du Maroc sur le Sahara occidental.", {"SUPPORT USA>MAR"}},
    {"La Russie a été le premier pays à reconnaître l'AES.", {"SUPPORT RUS>AES"}},
    {"Le président malien a salué le soutien de la Russie.", {"SUPPORT MLI>RUS"}},
    {"La France soutient le plan d'autonomie du Maroc.", {"SUPPORT FRA>MAR"}},
    {"Le Kremlin a réaffirmé son soutien au Burkina Faso.", {"SUPPORT RUS>BFA"}},
    {"L'Union africaine a félicité le Sénégal pour la tenue des élections.", {"SUPPORT AU>SEN"}},
    {"Le Niger ne soutient plus la force conjointe du G5 Sahel.", {"SUPPORT NER>G5S!negated"}},
    {"Le Tchad a remercié la France pour son appui.", {"SUPPORT TCD>FRA"}},
    {"La Chine a conclu un traité d'amitié avec le Gabon.", {"SUPPORT CHN>GAB"}},
    // --- COOPERATE ---
    {"La coopération militaire entre la Russie et le Mali s'intensifie.", {"COOPERATE RUS>MLI"}},
    {"Le Niger et le Tchad coopèrent dans la lutte contre le terrorisme.", {"COOPERATE NER>TCD"}},
    {"La coopération sécuritaire entre la Turquie et la Somalie a été renforcée.", {"COOPERATE TUR>SOM"}},
    {"Des exercices militaires conjoints ont réuni le Maroc et les États-Unis.", {}},
    {"La Chine coopérera avec l'Égypte dans le domaine spatial.", {"AGREE CHN>EGY!future"}},
    // --- AID: arms, equipment, training, troops, money ---
    {"La Russie a livré des hélicoptères au Mali.", {"AID RUS>MLI"}},
    {"La Turquie livre six drones au Niger.", {"AID TUR>NER"}},
    {"La livraison d'hélicoptères russes au Mali a eu lieu mardi.", {"AID RUS>MLI"}},
    {"Ankara a procédé à la livraison de drones au Burkina Faso.", {"AID TUR>BFA"}},
    {"Des instructeurs russes forment les soldats maliens.", {"AID RUS>MLI"}},
    {"Les soldats maliens sont formés par des instructeurs russes.", {"AID RUS>MLI"}},
    {"L'Union européenne a débloqué 25 millions d'euros pour les forces armées nigériennes.", {"AID EU>NER"}},
    {"Le Rwanda a envoyé des troupes au Mozambique.", {"AID RWA>MOZ"}},
    {"Les États-Unis fournissent des armes à l'Ukraine.", {"AID USA>UKR"}},
    {"Washington pourrait fournir des armes à l'Ukraine.", {"AID USA>UKR!hypothetical"}},
    {"La fourniture d'équipements militaires chinois au Tchad inquiète.", {"AID CHN>TCD"}},
    {"La France a financé la construction de casernes au Sénégal.", {"AID FRA>SEN"}},
    {"La Chine a offert des véhicules blindés au Niger.", {"AID CHN>NER"}},
    {"Le Rwanda n'a jamais livré d'armes au M23.", {"AID RWA>M23!negated"}},
    {"Le Rwanda a armé les rebelles du M23, selon l'ONU.", {"ACCUSE UN>RWA", "AID RWA>M23"}},
    // --- CONCEDE: announced withdrawals, releases, resignations ---
    {"La France a annoncé le retrait de ses troupes du Mali.", {"CONCEDE FRA>MLI"}},
    {"Washington a décidé le retrait partiel de ses soldats du Tchad.", {"CONCEDE USA>TCD"}},
    {"Le président malien a annoncé sa démission.", {"CONCEDE MLI>-"}},
    {"La junte guinéenne a libéré des opposants.", {"CONCEDE GIN>-"}},
    {"La CEDEAO a levé les sanctions contre le Mali.", {"CONCEDE ECOWAS>MLI"}},
    {"La levée des sanctions de la CEDEAO contre la Guinée a été saluée.", {"CONCEDE ECOWAS>GIN"}},
    // --- RETREAT: withdrawals carried out ---
    {"Les derniers soldats français ont quitté le Niger.", {"RETREAT FRA>NER"}},
    {"La France a retiré ses troupes du Mali en 2022.", {"RETREAT FRA>MLI"}},
    {"Le retrait des troupes françaises du Burkina Faso est achevé.", {"RETREAT FRA>BFA"}},
    {"La MINUSMA a quitté Bamako.", {"RETREAT UN>MLI"}},
    {"Le contingent tchadien s'est retiré du Mali.", {"RETREAT TCD>MLI"}},
    {"La France a évacué ses ressortissants du Soudan.", {"RETREAT FRA>SDN"}},
    // --- REQUEST: demands, appeals ---
    {"Le Mali exige le retrait sans délai de la MINUSMA.", {"REQUEST MLI>UN"}},
    {"La CEDEAO a demandé à la junte guinéenne une transition de six mois.", {"REQUEST ECOWAS>GIN"}},
    {"Les États-Unis réclament la libération du président nigérien.", {"REQUEST USA>NER"}},
    {"L'ONU a appelé à une trêve à Tripoli.", {"REQUEST UN>LBY"}},
    {"Le secrétaire général de l'ONU exhorte les militaires guinéens à déposer les armes.", {"REQUEST UN>GIN"}},
    {"Le Mali a saisi le Conseil de sécurité de l'ONU.", {"REQUEST MLI>UN"}},
    {"L'appel de l'Union africaine à un cessez-le-feu au Soudan est resté lettre morte.", {"REQUEST AU>SDN"}},
    // --- ACCUSE: criticism, accusations, condemnation ---
    {"Le Mali accuse la France de violer son espace aérien.", {"ACCUSE MLI>FRA"}},
    {"La Somalie a rappelé son ambassadeur après l'annonce d'un accord entre le Mali et le Niger.",
     {"SUPPORT MLI>NER"}},
    {"Le JNIM a mené une attaque à Barsalogho.", {"ASSAULT JNIM>BFA"}},
    // A target two nouns down: "contre l'avancée des rebelles du M23".
    {"Des milliers de personnes manifestent à Kinshasa contre l'avancée des rebelles du M23.", {"PROTEST COD>M23"}},
    // A sentence without a verb goes on with the actor of the event before.
    {"Le M23 a revendiqué une embuscade contre l'armée rwandaise. Même type d'assaut, hier, contre Wagner.",
     {"ASSAULT M23>RUS", "ASSAULT M23>RWA"}},
    {"Le M23 a revendiqué une embuscade contre l'armée rwandaise. Pourquoi le Tchad accorde-t-il tant d'aide au Mali ?",
     {"ASSAULT M23>RWA"}},
    // An infinitive after an object clitic is a verb: "de le contraindre".
    {"Le président tchadien a reçu le ministre nigérien et lui a promis de le contraindre à reculer.",
     {"CONSULT NER>TCD", "THREATEN TCD>NER"}},
    // An accusation without accuser: the act is coded, by the one accused.
    {"Le JNIM est accusé de crimes de guerre et d'avoir massacré des civils au Burkina Faso.", {"ASSAULT JNIM>BFA"}},
    // A third party reporting a hostile act accuses its actor.
    {"La France a affirmé que l'armée rwandaise a attaqué la RDC.", {"ACCUSE FRA>RWA", "ASSAULT RWA>COD"}},
    {"Le M23 a reçu des armes du Rwanda, a indiqué un rapport de l'ONU.", {"ACCUSE UN>RWA", "AID RWA>M23"}},
    {"Le Rwanda a affirmé que l'armée rwandaise a attaqué la RDC.", {"ASSAULT RWA>COD"}},
    // The occasion of an event is an event too, and lends it its parties.
    {"L'accord a été signé mardi lors d'une rencontre à Dakar entre le président malien et le président sénégalais.",
     {"CONSULT MLI>SEN", "SUPPORT MLI>SEN"}},
    {"Le Mali a dénoncé la France au cours de la visite de Sergueï Lavrov à Bamako.",
     {"ACCUSE MLI>FRA", "CONSULT RUS>MLI"}},
    // Evaluative words: the judge accuses the one judged.
    {"Le ministre français a déclaré lundi que le Mali multipliait les provocations.", {"ACCUSE FRA>MLI"}},
    {"Le ministre français avait, deux jours plus tard, qualifié la junte malienne d'illégitime.", {"ACCUSE FRA>MLI"}},
    {"Selon la France, le Mali s'est rendu coupable de violations graves.", {"ACCUSE FRA>MLI"}},
    {"Le Niger a jugé inacceptables les provocations du Mali.", {"ACCUSE NER>MLI"}},
    {"Le ministre malien a qualifié la situation d'inacceptable.", {}},
    {"La France est accusée par le Mali d'espionnage.", {"ACCUSE MLI>FRA"}},
    {"L'Union africaine a condamné le coup d'État au Gabon.", {"ACCUSE AU>GAB"}},
    {"Le putsch a été condamné par la France et par l'Union africaine.", {}},
    {"Le coup d'État au Niger a été condamné par la France.", {"ACCUSE FRA>NER", "COERCE NER>NER"}},
    {"Kigali dénonce le soutien de Kinshasa aux rebelles.", {"ACCUSE RWA>COD"}},
    {"« Ces attaques sont inadmissibles », a déclaré Emmanuel Macron.", {}},
    {"Les accusations de la RDC contre le Rwanda se multiplient.", {"ACCUSE COD>RWA"}},
    {"L'Algérie a vivement critiqué la décision de la France.", {"ACCUSE DZA>FRA"}},
    {"Le président congolais a comparé Paul Kagame à un dictateur, fustigeant le Rwanda.", {"ACCUSE COD>RWA"}},
    {"La Somalie dénonce l'ingérence de l'Éthiopie dans ses affaires intérieures.", {"ACCUSE SOM>ETH"}},
    {"Selon la Somalie, l'Éthiopie n'a pas respecté sa souveraineté.", {}},
    {"La RDC n'accuse pas le Rwanda.", {"ACCUSE COD>RWA!negated"}},
    {"Le Mali pourrait accuser la France devant l'ONU.", {"ACCUSE MLI>FRA!hypothetical"}},
    {"Le ministre malien a reproché à la France son attitude.", {"ACCUSE MLI>FRA"}},
    // --- REJECT ---
    {"Djibouti a bloqué les tentatives de la Russie.", {}},
    {"Le Rwanda a rejeté les accusations de la RDC.", {"REJECT RWA>COD"}},
    {"Kigali dément tout soutien au M23.", {"REJECT RWA>M23"}},
    {"Le Niger a refusé la proposition de la CEDEAO.", {"REJECT NER>ECOWAS"}},
    {"La Russie a opposé son veto à la résolution des États-Unis.", {"REJECT RUS>USA"}},
    {"Le Mali s'oppose au déploiement de la force de la CEDEAO.", {"REJECT MLI>ECOWAS"}},
    // --- THREATEN ---
    {"Félix Tshisekedi menace d'attaquer le Rwanda.", {"THREATEN COD>RWA"}},
    {"La France menace l'Algérie de représailles.", {"THREATEN FRA>DZA"}},
    {"Le Mali se réserve le droit de riposter contre la France.", {"THREATEN MLI>FRA"}},
    {"La CEDEAO a lancé un ultimatum à la junte nigérienne.", {"THREATEN ECOWAS>NER"}},
    {"Les menaces de la Turquie contre la Grèce inquiètent.", {}},
    // --- PROTEST ---
    {"Des milliers de Maliens ont manifesté à Bamako contre la France.", {"PROTEST MLI>FRA"}},
    {"Des manifestants congolais ont attaqué l'ambassade du Rwanda à Kinshasa.", {"PROTEST COD>RWA"}},
    {"Une manifestation contre la présence française au Niger a rassemblé des milliers de personnes.",
     {"PROTEST NER>FRA"}},
    {"Les Nigériens manifestent contre la France à Niamey.", {"PROTEST NER>FRA"}},
    {"Des manifestants burkinabè ont bloqué un convoi militaire français.", {"PROTEST BFA>FRA"}},
    // --- SANCTION ---
    {"L'Union européenne a adopté de nouvelles sanctions contre la Russie.", {"SANCTION EU>RUS"}},
    {"Les États-Unis sanctionnent le groupe Wagner.", {"SANCTION USA>RUS"}},
    {"La CEDEAO a imposé des sanctions économiques au Mali.", {"SANCTION ECOWAS>MLI"}},
    {"Le Niger a mis fin à l'accord de défense avec la France.", {"SANCTION NER>FRA"}},
    {"Le gouvernement met fin à l'accord de défense.", {}},
    {"L'Algérie a rappelé son ambassadeur à Paris.", {"SANCTION DZA>FRA"}},
    {"Le rappel de l'ambassadeur de Somalie en Éthiopie a surpris.", {"SANCTION SOM>ETH"}},
    {"Le Mali s'est retiré du G5 Sahel.", {"RETREAT MLI>G5S"}},
    {"Le Maroc a rompu ses relations diplomatiques avec l'Algérie.", {"SANCTION MAR>DZA"}},
    {"La rupture des relations entre le Niger et la France est consommée.", {"SANCTION NER>FRA"}},
    {"Le Burkina Faso a suspendu la diffusion de médias français.", {"SANCTION BFA>FRA"}},
    {"L'ONU a mis fin au mandat de la MINUSMA au Mali.", {"SANCTION UN>MLI"}},
    {"La Russie pourrait sanctionner la Moldavie.", {}},
    {"L'Union européenne envisage des sanctions contre le Rwanda.", {"SANCTION EU>RWA!hypothetical"}},
    // --- MOBILIZE ---
    {"La Russie a déployé des instructeurs au Mali.", {"MOBILIZE RUS>MLI"}},
    {"Le déploiement de soldats rwandais au Mozambique a commencé.", {"MOBILIZE RWA>MOZ"}},
    {"La Chine a ouvert une base militaire à Djibouti en 2017.", {}},
    {"Le Tchad a mobilisé des milliers de soldats à la frontière du Soudan.", {"MOBILIZE TCD>SDN"}},
    {"La Russie ne déploiera pas de troupes en Libye.", {"MOBILIZE RUS>LBY!negated"}},
    // --- COERCE: arrests, expulsions, coups, seizures ---
    {"Le Mali a expulsé l'ambassadeur de France.", {"COERCE MLI>FRA"}},
    {"L'Algérie expulse douze agents de l'ambassade de France.", {"COERCE DZA>FRA"}},
    {"L'expulsion de l'ambassadeur de France par le Mali a surpris Paris.", {"COERCE MLI>FRA"}},
    {"L'ambassadeur de France a été expulsé par le Mali.", {"COERCE MLI>FRA"}},
    {"La Somalie a ordonné le départ de l'ambassadeur d'Éthiopie.", {"COERCE SOM>ETH"}},
    {"Le président guinéen a été arrêté par des militaires guinéens.", {"COERCE GIN>GIN"}},
    {"Des militaires nigériens ont renversé le président nigérien.", {"COERCE NER>NER"}},
    {"Les militaires gabonais ont renversé le régime.", {"COERCE GAB>GAB"}},
    {"Un coup d'État militaire a renversé le président du Niger.", {"COERCE NER>NER"}},
    {"Des officiers nigériens ont annoncé mettre fin aux pouvoirs du président nigérien.", {"COERCE NER>NER"}},
    {"Les militaires ont mis un terme au régime du président gabonais.", {"COERCE GAB>GAB"}},
    {"Le Mali a mis fin à l'accord de défense avec la France.", {"SANCTION MLI>FRA"}},
    {"La Russie a annexé la Crimée en 2014.", {}},
    {"Les soldats russes se sont emparés de l'aéroport de Pristina.", {}},
    {"Les rebelles du M23 se sont emparés de Goma.", {}},
    {"Le M23 a pris le contrôle de la ville congolaise de Goma.", {"COERCE M23>COD"}},
    {"La ville de Bunia est tombée aux mains du M23 en RDC.", {"COERCE M23>COD"}},
    {"Après la chute de Kinshasa aux mains du M23, la colère monte.", {"COERCE M23>COD"}},
    {"Le Mali a pris des mesures après la chute du prix de l'or.", {}},
    {"Le président malien est tombé malade.", {}},
    {"La junte nigérienne a arrêté des ressortissants français.", {"COERCE NER>FRA"}},
    {"La junte nigérienne n'a pas arrêté de ressortissants français.", {"COERCE NER>FRA!negated"}},
    // --- ASSAULT ---
    {"Le JNIM a attaqué un camp de l'armée malienne.", {"ASSAULT JNIM>MLI"}},
    {"L'attaque du JNIM contre l'école de gendarmerie de Bamako a fait des morts.", {"ASSAULT JNIM>MLI"}},
    {"Le JNIM a revendiqué l'attaque de Bamako.", {"ASSAULT JNIM>MLI"}},
    {"La CPC revendique une série d'attaques depuis janvier.", {"ASSAULT CPC>CAF"}},
    {"À Kinshasa, la foule a attaqué l'ambassade de France.", {"PROTEST COD>FRA"}},
    {"Des milliers de personnes ont manifesté contre un convoi en route vers le Niger.", {}},
    {"Des milliers de personnes ont manifesté à Niamey contre la France, en route vers le Mali.",
     {"PROTEST NER>FRA"}},
    {"À Kinshasa, la foule a attaqué des ambassades, dont celle de France.", {"PROTEST COD>FRA"}},
    {"Des manifestants ont attaqué l'ambassade du Rwanda à Kinshasa.", {"PROTEST COD>RWA"}},
    {"L'armée rwandaise a attaqué la foule à Kinshasa.", {"ASSAULT RWA>COD"}},
    {"Le Mali bénéficie du soutien de plusieurs pays voisins, le Niger et le Burkina Faso.",
     {"SUPPORT BFA>MLI", "SUPPORT NER>MLI"}},
    {"Un accord a été signé à Ankara entre le président turc et le chef de l'État turc.", {}},
    {"La CPC a mené des attaques près du Tchad.", {"ASSAULT CPC>CAF"}},
    {"La CPC a attaqué l'armée tchadienne près du Tchad.", {"ASSAULT CPC>TCD"}},
    {"La Russie a mené des frappes près du Tchad.", {}},
    {"Les soldats russes ont attaqué à proximité du Mali.", {}},
    {"Des soldats nigériens ont été tués par l'État islamique au Sahel.", {"ASSAULT ISSP>NER"}},
    {"L'armée malienne a bombardé des positions du JNIM.", {"ASSAULT MLI>JNIM"}},
    {"Les rebelles du M23 et l'armée congolaise s'affrontent près de Goma.", {"ASSAULT M23>COD"}},
    {"Les forces rwandaises ont repris Mocimboa da Praia aux insurgés avec l'armée du Mozambique.",
     {}},
    {"L'armée malienne, avec l'appui de Wagner, a attaqué les positions du JNIM.",
     {"ASSAULT MLI>JNIM"}},
    {"Une frappe de drone turc a touché des positions au Soudan.", {"ASSAULT TUR>SDN"}},
    {"Israël a bombardé la Syrie et le Liban.", {}},
    {"La Russie a envahi l'Ukraine en 2022.", {"ASSAULT RUS>UKR"}},
    {"L'invasion de l'Ukraine par la Russie a commencé en 2022.", {"ASSAULT RUS>UKR"}},
    {"Le Rwanda pourrait attaquer la RDC.", {"ASSAULT RWA>COD!hypothetical"}},
    {"Le Rwanda n'a pas attaqué la RDC, a affirmé Paul Kagame.", {"ASSAULT RWA>COD!negated"}},
    {"« Nous avons attaqué la base de Béloko », a affirmé le JNIM.", {}},
    {"Des hommes armés ont tué des civils au Burkina Faso.", {}},
    {"Le Mali, qui a combattu le JNIM, se félicite de ses succès.", {"ASSAULT MLI>JNIM"}},
};

TEST_F(CoderTest, Sentences) {
  EXPECT_GE(kCases.size(), 150u);
  RunCases(kCases, &CoderTest::Code);
}

// Dates, merging of repeated reports, record fields.
TEST_F(CoderTest, DatesMergingAndFields) {
  Document doc = CodeDoc("La Russie livre des hélicoptères au Mali\n"
      "La Russie a livré le 3 avril 2025 des hélicoptères au Mali.\n"
      "Le Niger a rappelé son ambassadeur en France.\n"
      "La France a signé en 2014 un accord avec le Tchad.");
  ASSERT_EQ(doc.events.size(), 3u);
  const Event& aid = doc.events[0];  // headline + body: one event, two evidence spans
  EXPECT_EQ(aid.type, "AID");
  EXPECT_EQ(aid.evidence.size(), 2u);
  EXPECT_EQ(aid.date, "2025-04-03");
  EXPECT_EQ(aid.date_source, "explicit");
  EXPECT_EQ(aid.cameo, "072");
  EXPECT_TRUE(aid.goldstein && *aid.goldstein > 0);
  EXPECT_GT(aid.confidence, 0.0);
  EXPECT_LE(aid.confidence, 1.0);
  const Event& recall = doc.events[1];  // no date in its sentence: the article's
  EXPECT_EQ(recall.type, "SANCTION");
  EXPECT_EQ(recall.mode, "withdraw");
  EXPECT_EQ(recall.date, "2025-04-03");
  const Event& old = doc.events[2];
  EXPECT_EQ(old.date, "2014");
  EXPECT_EQ(old.aux, "historical");
}

// A date after the next predicate of the sentence is that predicate's.
TEST_F(CoderTest, DateOfTheNextPredicate) {
  Document doc = CodeDoc("À Kinshasa, la foule a attaqué l'ambassade de France, après la chute, le 2 mars 2025, de Bunia aux mains du M23.");
  ASSERT_EQ(doc.events.size(), 2u);
  for (const Event& e : doc.events) {
    if (e.type == "PROTEST") EXPECT_EQ(e.date, "2025-04-05");
    else EXPECT_EQ(e.date, "2025-03-02") << e.type;
  }
}

// A sentence opening on "cette lettre", "cette rencontre" takes the date of
// the sentence right before it; with no such pointer it does not.
TEST_F(CoderTest, DateOfTheThingNamedJustBefore) {
  Document doc = CodeDoc("Un courrier daté du 12 mars 2025 est parvenu au gouvernement tchadien. "
      "Dans ce courrier, le Tchad a demandé aux États-Unis de retirer leurs soldats.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].type, "REQUEST");
  EXPECT_EQ(doc.events[0].date, "2025-03-12");
}

// An undated sentence of a narrative takes the last day named just before.
TEST_F(CoderTest, NarrativeReferenceTime) {
  Document doc = CodeDoc("Emmanuel Macron est arrivé le 2 avril 2025 au Sénégal. "
      "Le président sénégalais et Emmanuel Macron se sont ensuite rencontrés au palais.\n"
      "Le Mali organisera des élections le 20 avril 2025. "
      "Le Niger a rencontré le Tchad.");
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_EQ(doc.events[0].type, "CONSULT");
  EXPECT_EQ(doc.events[0].date, "2025-04-02");
  // A day after publication is no reference time for a past event.
  EXPECT_NE(doc.events[1].date, "2025-04-20");
}

// "Ensuite" reaches back past sentences without a day; "aujourd'hui" in the
// sense of "nowadays" is no day of the story.
TEST_F(CoderTest, FollowingOnReachesBack) {
  Document doc = CodeDoc("Emmanuel Macron est arrivé le 2 avril 2025 au Sénégal. "
      "Le Sénégal est aujourd'hui très dépendant du pétrole. La France cherche des partenaires. "
      "Le président sénégalais et Emmanuel Macron se sont ensuite rencontrés au palais.");
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_EQ(e.date, "2025-04-02") << e.type;
}

// "Deux jours plus tard", "le lendemain": a shift from the narrative's day;
// "la veille du sommet" counts from another event.
TEST_F(CoderTest, ShiftFromTheNarrativeDay) {
  Document doc = CodeDoc("Le Mali a accusé la France d'ingérence le 10 mars 2025. "
      "Deux jours plus tard, le Niger a condamné le Tchad.\n"
      "Le Tchad a rencontré le Sénégal le 20 mars 2025. "
      "Le lendemain, la Somalie a rencontré l'Éthiopie.\n"
      "Le Gabon a rencontré la Guinée le 25 mars 2025. "
      "La veille du sommet, la Turquie a rencontré la Libye.");
  ASSERT_EQ(doc.events.size(), 6u);
  EXPECT_EQ(doc.events[0].date, "2025-03-10");
  EXPECT_EQ(doc.events[1].date, "2025-03-12");
  EXPECT_EQ(doc.events[1].date_source, "relative");
  EXPECT_EQ(doc.events[3].date, "2025-03-21");
  EXPECT_EQ(doc.events[5].date, "2025-03-25");
}

// A date in a participle phrase heading the sentence is the participle's.
TEST_F(CoderTest, FrontedParticiplePhraseKeepsItsDate) {
  Document doc = CodeDoc("Élu en mars 2024, le président sénégalais a rencontré Emmanuel Macron à Paris.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].type, "CONSULT");
  EXPECT_NE(doc.events[0].date, "2024-03");
}

// "après avoir été arrêté": the main clause's date is after the arrest.
TEST_F(CoderTest, AfterHavingKeepsTheMainDate) {
  Document doc = CodeDoc("Le président malien a annoncé sa démission le 3 mars 2025 après avoir été arrêté par la junte malienne.");
  int coerce = 0;
  for (const Event& e : doc.events)
    if (e.type == "COERCE") {
      ++coerce;
      EXPECT_NE(e.date, "2025-03-03");
    }
  EXPECT_EQ(coerce, 1);
}

TEST_F(CoderTest, NoMentionsNoEvents) {
  Document doc;
  doc.lang = "fr";
  doc.text = "Le gouvernement met fin à l'accord de défense. Les soldats ont attaqué le camp.";
  coder_->Code(&doc);
  EXPECT_TRUE(doc.events.empty());
}

}  // namespace
}  // namespace veille
