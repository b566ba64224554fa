// Loanwords of Dutch news (data/pronunciation.tsv): eSpeak NG 1.51's Dutch voice switches to
// its English voice for some English words ("online", "weekend", "race": "(en)r'eIs(nl)", a
// different timbre mid-sentence) and reads many others as Dutch spelling ("update" as
// up-DAA-te). The lexicon gives each the Dutch voice's phonemes, so the newsreader says them
// as Dutch does, in one timbre. Judged on what eSpeak says for the program's reading of a
// sentence, as tests/reading_corpus_test.cpp does.

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "script/script_writer.h"
#include "speech/foreign_names.h"
#include "speech/phoneme_map.h"
#include "speech/ssml.h"
#include "speech/synthesizer.h"
#include "speech/voice.h"
#include "test_support.h"
#include "text/text_data.h"

namespace nieuwslezer {
namespace {

struct Loanword {
  std::string sentence;
  std::string said;  // what the Dutch voice says for the word (secondary stress left out)
};

// Words the Dutch voice alone says in its English voice: each sentence must give "(en)" when
// eSpeak reads it as written, or the case checks nothing.
const std::vector<Loanword> kSwitching = {
    {"De winkel is alleen nog online open.", "'OnlAjn"},
    {"De website lag urenlang offline.", "'OflAjn"},
    {"Een laptop werd gestolen.", "l'EptOp"},
    {"Er werden tientallen laptops gestolen.", "l'EptOps"},
    {"De software bevat een fout.", "s'Oftv#E:r"},
    {"De hardware komt uit China.", "h'a:rdv#E:r"},
    {"Op de website staat een waarschuwing.", "v#'EbsAjt"},
    {"Veel websites waren onbereikbaar.", "v#'EbsAjts"},
    {"Nederlandse startups halen geld op.", "st'Art8ps"},
    {"De start-up is failliet.", "st'Art8p"},
    {"De scale-up groeit snel.", "sk'e:l8p"},
    {"De malware verspreidde zich snel.", "m'Elv#E:r"},
    {"De airlines annuleren vluchten.", "'E:rlAjns"},
    {"De race werd stilgelegd.", "r'e:s"},
    {"De coach vroeg een time-out aan.", "t'AjmVUt"},
    {"De line-up van het festival is bekend.", "l'Ajn8p"},
    {"Een avond stand-up in het theater.", "st'End8p"},
    {"De make-up van de acteur.", "m'e:k8p"},
    {"Een pick-up reed de sloot in.", "p'Ik8p"},
    {"Er komt een pop-up in het centrum.", "p'Op8p"},
    {"Het weekend wordt zonnig.", "v#'ikEnt"},
    {"De items worden vandaag verkocht.", "'Ajt@ms"},
    {"Een milkshake kost vier euro.", "m'IlkSe:k"},
    {"Het entertainment is terug.", "Ent@t'e:nm@nt"},
    {"De game verschijnt in het voorjaar.", "Q'e:m"},
};

// Words the Dutch voice reads as Dutch spelling, said as a Dutch newsreader does.
const std::vector<Loanword> kMisread = {
    {"De update verschijnt morgen.", "'8pde:t"},
    {"Het land gaat in lockdown.", "l'OkdVUn"},
    {"De deadline is vrijdag.", "d'EdlAjn"},
    {"De manager van de club stapt op.", "m'EnIdZ@r"},
    {"De influencer kreeg een boete.", "'Influ:@ns@r"},
    {"De streaming van de wedstrijd viel uit.", "str'imIN"},
    {"De meeting duurde lang.", "m'itIN"},
    {"De deal is rond.", "d'il"},
    {"De keeper stopte de strafschop.", "k'ip@r"},
    {"Zijn goal was beslissend.", "Q'o:l"},
    {"De camping is vol.", "k'EmpIN"},
    {"Een caravan brandde uit.", "k'Er@vEn"},
    {"Een container viel van het schip.", "kOnt'e:n@r"},
    {"Een hacker drong binnen.", "h'Ek@r"},
    {"De browser krijgt een nieuwe versie.", "br'VUz@r"},
    {"De server lag plat.", "s'8rv@r"},
    {"De match begon laat.", "m'EtS"},
    {"Er kwamen duizend fans.", "f'Ens"},
    {"De app is vernieuwd.", "'Ep"},
    {"Zijn tweet werd verwijderd.", "tv#'it"},
    {"De jetlag valt mee.", "dZ'EtlEx"},
    {"De speaker van het Huis.", "sp'ik@r"},
    {"Het was een hype.", "h'Ajp"},
    {"Hij vond het cool.", "k'u:l"},
    {"De hockeysters wonnen.", "h'Okist@rs"},
    {"De transfer is rond.", "tr'Ansf@r"},
    {"Een dossier van honderd pagina's.", "dOS'e:"},
    {"De enquête loopt nog.", "Ank'E:t@"},
    {"Hij stuurde twee e-mails.", "'ime:ls"},
    {"Een shutdown dreigt.", "S'8tdVUn"},
    {"De sneakers waren uitverkocht.", "sn'ik@rs"},
    {"De business groeit.", "b'Izn@s"},
    {"De scooter werd gestolen.", "sk'u:t@r"},
    {"Een cocktail kost twaalf euro.", "k'Okte:l"},
};

class Loanwords : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    synthesizer_ = new Synthesizer(voice());
    data_ = new TextData(test::bundled_data());
    editorial_ = new EditorialData(load_editorial_data(NIEUWSLEZER_SOURCE_DIR "/data"));
    maps_ = new std::map<std::string, PhonemeMap>(
        load_phoneme_maps(NIEUWSLEZER_SOURCE_DIR "/data/phoneme_maps"));
  }
  static void TearDownTestSuite() {
    delete synthesizer_;
    delete data_;
    delete editorial_;
    delete maps_;
  }
  static Voice voice() { return find_voice("nieuwslezer", NIEUWSLEZER_SOURCE_DIR "/voices"); }

  // What eSpeak says for the program's reading of `written`, phoneme input included.
  static std::string program_said(const std::string& written) {
    Script script;
    Segment segment;
    for (SpokenSentence& sentence : spoken_sentences(written, *data_, *editorial_)) {
      segment.sentences.push_back(std::move(sentence.spoken));
      segment.written.push_back(std::move(sentence.written));
    }
    script.segments.push_back(segment);
    look_up_foreign_names(
        script, *synthesizer_, voice(),
        dutch_mapper(*maps_, [](const std::string& problem) { ADD_FAILURE() << problem; }));
    std::string said;
    for (const SpokenText& sentence : script.segments[0].sentences) {
      said += synthesizer_->said_phonemes(espeak_text(sentence)) + " ";
    }
    return said;
  }

  static std::string without_secondary_stress(std::string phonemes) {
    std::erase(phonemes, ',');
    return phonemes;
  }

  static void expect_said_as_dutch(const Loanword& word) {
    const std::string said = program_said(word.sentence);
    EXPECT_EQ(said.find("(en)"), std::string::npos)
        << word.sentence << "\n  switches voice: " << said;
    EXPECT_NE(without_secondary_stress(said).find(word.said), std::string::npos)
        << word.sentence << "\n  said:     " << said << "\n  expected: ..." << word.said << "...";
  }

  static Synthesizer* synthesizer_;
  static TextData* data_;
  static EditorialData* editorial_;
  static std::map<std::string, PhonemeMap>* maps_;
};

Synthesizer* Loanwords::synthesizer_ = nullptr;
TextData* Loanwords::data_ = nullptr;
EditorialData* Loanwords::editorial_ = nullptr;
std::map<std::string, PhonemeMap>* Loanwords::maps_ = nullptr;

TEST_F(Loanwords, WordsThatSwitchTheVoiceAreSaidByTheDutchVoice) {
  ASSERT_GE(kSwitching.size() + kMisread.size(), 40u);
  for (const Loanword& word : kSwitching) {
    // eSpeak alone switches to English here: the lexicon entry is what keeps one timbre.
    EXPECT_NE(synthesizer_->said_phonemes(word.sentence).find("(en)"), std::string::npos)
        << word.sentence << ": eSpeak no longer switches voice here; pick another word";
    expect_said_as_dutch(word);
  }
}

TEST_F(Loanwords, MisreadWordsAreSaidAsADutchNewsreaderSaysThem) {
  for (const Loanword& word : kMisread) {
    // The plain Dutch voice says the word otherwise: the entry is what makes it right.
    EXPECT_EQ(without_secondary_stress(synthesizer_->said_phonemes(word.sentence)).find(word.said),
              std::string::npos)
        << word.sentence << ": eSpeak says '" << word.said << "' already; the entry is not needed";
    expect_said_as_dutch(word);
  }
}

// Every entry of data/pronunciation.tsv with a language maps to Dutch phonemes (none falls back
// to the Dutch voice reading the English spelling), and none makes eSpeak switch voice.
TEST_F(Loanwords, EveryLanguageEntryOfTheLexiconMapsAndKeepsOneTimbre) {
  TextData lexicon;
  add_pronunciation_file(lexicon, NIEUWSLEZER_SOURCE_DIR "/data/pronunciation.tsv");
  std::vector<LexiconEntry> entries;
  for (const auto& [key, list] : lexicon.lexicon) {
    for (const LexiconEntry& entry : list) {
      if (entry.language == "en") entries.push_back(entry);
    }
  }
  ASSERT_GE(entries.size(), 400u);
  // A sentence of a dozen entries at a time (a list, so that no two make a longer entry).
  for (std::size_t first = 0; first < entries.size(); first += 12) {
    std::string sentence = "Het gaat over";
    for (std::size_t i = first; i < std::min(entries.size(), first + 12); ++i) {
      sentence += (i == first ? " " : ", ") + entries[i].written;
    }
    const std::string said = program_said(sentence + ".");
    EXPECT_EQ(said.find("(en)"), std::string::npos) << sentence << ": " << said;
  }
}

// Names no lexicon has, whose spelling is foreign (data/name_spellings.tsv): said from their
// language's phonemes by the Dutch voice, as a newsreader says them, in one timbre.
TEST_F(Loanwords, NamesNoLexiconHasAreSaidInTheLanguageTheirSpellingShows) {
  const std::string sentence =
      "Topman Christophe Fouquet sprak met Santiago Giménez en Lech Wałęsa over de Rhône.";
  const std::string plain = synthesizer_->said_phonemes(sentence);
  const std::string said = without_secondary_stress(program_said(sentence));
  for (const char* name : {"fuk'E", "xim'e:nEs", "r'o:n", "krist'Of"}) {
    EXPECT_EQ(without_secondary_stress(plain).find(name), std::string::npos)
        << name << ": eSpeak alone says it so; pick another name";
    EXPECT_NE(said.find(name), std::string::npos) << name << " in: " << said;
  }
  EXPECT_EQ(said.find("(fr)"), std::string::npos) << said;
  EXPECT_EQ(said.find("(es)"), std::string::npos) << said;
  EXPECT_EQ(said.find("(pl)"), std::string::npos) << said;
}

}  // namespace
}  // namespace nieuwslezer
