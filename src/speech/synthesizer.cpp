#include "speech/synthesizer.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

#include "errors.h"
#include "system/folder_claim.h"
#include "system/interrupts.h"

namespace nieuwslezer {
namespace {

namespace fs = std::filesystem;

// eSpeak NG calls back into a plain function; these point at the utterance being made.
// One engine per process makes this safe.
Speech* g_current = nullptr;

// eSpeak NG 1.51 cannot be terminated and started again (espeak_ng_Terminate hangs the
// second time), so the engine is started once and lives as long as the process; only the
// temporary data overlay is removed at exit.
struct Engine {
  bool started = false;
  bool in_use = false;        // a Synthesizer holds the engine
  fs::path overlay;           // temporary data dir with our variants, if any
  fs::path overlay_variants;  // the folder whose variant files the overlay holds
  ~Engine() {
    std::error_code ignored;
    if (!overlay.empty()) fs::remove_all(overlay, ignored);
  }
};

Engine& engine() {
  static Engine instance;
  return instance;
}

// The samples, and the start of each word from eSpeak's word events. An event's `sample`
// counts from the start of the utterance (eSpeak resets it for each espeak_ng_Synthesize);
// its `audio_position` is the same in whole milliseconds, kept for an engine that leaves
// `sample` unset.
int collect_samples(short* wav, int count, espeak_EVENT* events) {
  if (g_current == nullptr) return 0;
  if (wav != nullptr && count > 0)
    g_current->samples.insert(g_current->samples.end(), wav, wav + count);
  for (const espeak_EVENT* event = events;
       event != nullptr && event->type != espeakEVENT_LIST_TERMINATED; ++event) {
    if (event->type != espeakEVENT_WORD) continue;
    const long long sample = event->sample > 0 ? event->sample
                                               : static_cast<long long>(event->audio_position) *
                                                     g_current->sample_rate / 1000;
    std::size_t start = static_cast<std::size_t>(std::max(0LL, sample));
    // Never before the word before: the order of the words is what the captions rely on.
    if (!g_current->word_starts.empty()) start = std::max(start, g_current->word_starts.back());
    g_current->word_starts.push_back(start);
  }
  return 0;  // 0 = continue synthesis
}

std::string status_message(espeak_ng_STATUS status) {
  char buffer[512] = {};
  espeak_ng_GetStatusCodeMessage(status, buffer, sizeof buffer);
  return buffer;
}

void check(espeak_ng_STATUS status, const std::string& what) {
  if (status != ENS_OK) throw std::runtime_error(what + ": " + status_message(status));
}

// Where the overlay goes: $TMPDIR when it is set, else a folder in memory ($XDG_RUNTIME_DIR,
// /dev/shm), where its couple of hundred links take a millisecond instead of the 50 ms they
// can take on a disk file system; else the system's temporary folder.
fs::path overlay_parent() {
  const char* tmpdir = std::getenv("TMPDIR");
  if (tmpdir == nullptr || *tmpdir == '\0') {
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    for (const char* memory : {runtime, "/dev/shm"}) {
      std::error_code ignored;
      if (memory != nullptr && *memory == '/' && fs::is_directory(memory, ignored) &&
          ::access(memory, W_OK | X_OK) == 0) {
        return memory;
      }
    }
  }
  return fs::temp_directory_path();
}

constexpr const char* kOverlayPrefix = "nieuwslezer-espeak-";

// eSpeak NG 1.51 only finds a variant by name under <data>/voices/!v/ (SetVoiceByFile
// lowercases and truncates paths). So we lay out a data directory of links to the stock
// data in which voices/!v/ also holds our own variant file.

fs::path make_overlay(const fs::path& stock, const fs::path& own_variants) {
  std::string pattern = (overlay_parent() / (std::string(kOverlayPrefix) + "XXXXXX")).string();
  if (pattern.size() > 100) pattern = "/tmp/nieuwslezer-espeak-XXXXXX";  // eSpeak's path limit
  // What runs killed with -9 left here (they could not remove it): only ours, only dead ones.
  sweep_dead_folders(fs::path(pattern).parent_path(), kOverlayPrefix);
  // Each path is registered before it exists (the folder, whose name mkdtemp makes, as it
  // is made), so an interrupt at any point removes it.
  const auto made = [](const fs::path& path) { remove_on_interrupt(path.string()); };
  {
    const InterruptsDeferred deferred;
    if (mkdtemp(pattern.data()) == nullptr) {
      throw std::runtime_error("cannot create a temporary eSpeak data directory in " +
                               fs::path(pattern).parent_path().string());
    }
    made(pattern);
  }
  const fs::path overlay = pattern;
  try {
    made(overlay / ".in-use");
    claim_folder(overlay);  // held while this run and its speech processes live
    for (const auto& entry : fs::directory_iterator(stock)) {
      if (entry.path().filename() != "voices") {
        made(overlay / entry.path().filename());
        fs::create_directory_symlink(entry.path(), overlay / entry.path().filename());
      }
    }
    const fs::path variants = overlay / "voices" / "!v";
    made(overlay / "voices");
    made(variants);
    fs::create_directories(variants);
    for (const auto& entry : fs::directory_iterator(stock / "voices")) {
      if (entry.path().filename() != "!v") {
        made(overlay / "voices" / entry.path().filename());
        fs::create_symlink(entry.path(), overlay / "voices" / entry.path().filename());
      }
    }
    std::error_code ignored;
    for (const auto& entry : fs::directory_iterator(stock / "voices" / "!v", ignored)) {
      made(variants / entry.path().filename());
      fs::create_symlink(entry.path(), variants / entry.path().filename());
    }
    for (const auto& entry : fs::directory_iterator(own_variants)) {
      if (!entry.is_regular_file()) continue;
      fs::remove(variants / entry.path().filename(), ignored);
      made(variants / entry.path().filename());
      fs::copy_file(entry.path(), variants / entry.path().filename());
    }
  } catch (const std::exception& error) {
    std::error_code ignored;
    fs::remove_all(overlay, ignored);
    throw std::runtime_error(std::string("cannot prepare eSpeak data: ") + error.what());
  }
  return overlay;
}

// Starts the engine, with an overlay holding the variants in `own_variants` when given.
void start_engine(const fs::path& own_variants) {
  Engine& state = engine();
  espeak_ng_InitializePath(nullptr);
  if (!own_variants.empty()) {
    const char* stock = nullptr;
    espeak_Info(&stock);
    if (stock == nullptr || !fs::is_directory(stock)) {
      throw std::runtime_error(
          "cannot find eSpeak NG's data directory (is espeak-ng-data installed?)");
    }
    state.overlay = make_overlay(stock, own_variants);
    state.overlay_variants = own_variants;
    espeak_ng_InitializePath(state.overlay.c_str());
  }
  espeak_ng_ERROR_CONTEXT context = nullptr;
  const espeak_ng_STATUS status = espeak_ng_Initialize(&context);
  if (status != ENS_OK) {
    espeak_ng_ClearErrorContext(&context);
    std::error_code ignored;
    fs::remove_all(state.overlay, ignored);
    state.overlay.clear();
    throw std::runtime_error("cannot start eSpeak NG: " + status_message(status));
  }
  // eSpeak NG 1.51 opens an audio device even for output it hands back: pcaudiolib connects
  // to PulseAudio, whose client creates directories in $XDG_RUNTIME_DIR and ~/.config, and
  // where it cannot (cron, another user's home) prints "Failed to create secure directory".
  // Nothing is ever played here, so the client is sent to a server that cannot exist: it
  // gives up at once, touching nothing and saying nothing.
  // Its client configuration, in a memory file, also turns off its 64 MiB shared-memory
  // pool, which `ulimit -f` refuses with a stray "ftruncate() failed" line.
  ::setenv("PULSE_SERVER", "unix:/nonexistent/nieuwslezer-plays-no-audio", 1);
  const int conf = ::memfd_create("pulse-client.conf", MFD_CLOEXEC);
  constexpr std::string_view kConf = "enable-shm = no\nautospawn = no\n";
  if (conf >= 0 && ::write(conf, kConf.data(), kConf.size()) == ssize_t(kConf.size())) {
    ::setenv("PULSE_CLIENTCONFIG", ("/proc/self/fd/" + std::to_string(conf)).c_str(), 1);
  }
  const espeak_ng_STATUS output = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
  if (conf >= 0) ::close(conf);
  ::unsetenv("PULSE_CLIENTCONFIG");
  check(output, "cannot set up eSpeak NG output");
  espeak_SetSynthCallback(collect_samples);
  state.started = true;
}

}  // namespace

Synthesizer::Synthesizer(const Voice& voice) {
  Engine& state = engine();
  if (state.in_use) throw std::runtime_error("only one eSpeak NG synthesizer can run at a time");
  const fs::path own_variants =
      voice.variant_file.empty() ? fs::path() : voice.variant_file.parent_path();
  if (!state.started) {
    start_engine(own_variants);
  } else if (!own_variants.empty() && own_variants != state.overlay_variants) {
    throw std::runtime_error("eSpeak NG was started without the variants in " +
                             own_variants.string() + "; use one voice folder per process");
  }
  set_voice(voice);
  sample_rate_ = espeak_ng_GetSampleRate();
  state.in_use = true;
}

void Synthesizer::set_voice(const Voice& voice) {
  const fs::path own_variants =
      voice.variant_file.empty() ? fs::path() : voice.variant_file.parent_path();
  if (!own_variants.empty() && own_variants != engine().overlay_variants) {
    throw std::runtime_error("eSpeak NG was started without the variants in " +
                             own_variants.string() + "; use one voice folder per process");
  }
  // Each voice change leaks a copy of the voice in eSpeak NG 1.51: change it rarely.
  std::string name = voice.language;
  if (!voice.variant.empty()) name += "+" + voice.variant;
  // eSpeak NG quietly speaks without a variant it cannot find, so look for it first.
  if (!voice.variant.empty() && voice.variant_file.empty()) {
    const char* data = nullptr;
    espeak_Info(&data);
    const fs::path folder =
        engine().overlay.empty() ? fs::path(data ? data : "") : engine().overlay;
    if (!fs::exists(folder / "voices" / "!v" / voice.variant)) {
      const std::string problem = "the variant '" + voice.variant +
                                  "' is neither in voices/variants/ nor one of eSpeak NG's";
      if (!voice.profile.empty()) throw DataError(voice.profile.string() + ": " + problem);
      throw UsageError("--voice: '" + name + "': " + problem);
    }
  }
  if (espeak_ng_SetVoiceByName(name.c_str()) != ENS_OK) {
    throw UsageError("--voice: eSpeak NG has no voice '" + name + "'");
  }
  check(espeak_ng_SetParameter(espeakRATE, voice.rate, 0), "cannot set the speaking rate");
  check(espeak_ng_SetParameter(espeakPITCH, voice.pitch, 0), "cannot set the pitch");
  check(espeak_ng_SetParameter(espeakRANGE, voice.range, 0), "cannot set the pitch range");
  check(espeak_ng_SetParameter(espeakWORDGAP, voice.word_gap, 0), "cannot set the word gap");
}

Synthesizer::~Synthesizer() { engine().in_use = false; }

Speech Synthesizer::speak(std::string_view text, bool ssml) {
  Speech speech;
  speak(text, ssml, speech);
  return speech;
}

void Synthesizer::speak(std::string_view text, bool ssml, Speech& speech) {
  speech.sample_rate = sample_rate_;
  speech.samples.clear();
  speech.word_starts.clear();
  // Room for the samples at once, rather than growing (and copying) block by block: speech
  // takes about 1300 samples per byte of text at 22 050 Hz; room never written is never
  // given memory by the system.
  speech.samples.reserve((text.size() + 64) * 4096);
  const std::string buffer(text);  // eSpeak needs a terminating NUL
  g_current = &speech;
  // espeakPHONEMES: words the script gives as phonemes come as [[...]] (espeak_text).
  unsigned int flags = espeakCHARS_UTF8 | espeakPHONEMES | (ssml ? espeakSSML : 0u);
  const espeak_ng_STATUS status = espeak_ng_Synthesize(buffer.c_str(), buffer.size() + 1, 0,
                                                       POS_CHARACTER, 0, flags, nullptr, nullptr);
  g_current = nullptr;
  check(status, "eSpeak NG failed to synthesize");
}

std::string Synthesizer::said_phonemes(std::string_view text) {
  char* trace = nullptr;
  std::size_t trace_size = 0;
  FILE* stream = open_memstream(&trace, &trace_size);
  if (stream == nullptr) throw std::runtime_error("cannot trace eSpeak NG's phonemes");
  espeak_SetPhonemeTrace(espeakPHONEMES_SHOW, stream);
  Speech speech;
  try {
    speak(text, false, speech);
  } catch (...) {
    espeak_SetPhonemeTrace(0, nullptr);
    std::fclose(stream);
    std::free(trace);
    throw;
  }
  espeak_SetPhonemeTrace(0, nullptr);
  std::fclose(stream);
  std::string said(trace, trace_size);
  std::free(trace);
  // One line per clause, blank lines between: one space between clauses.
  std::string out;
  std::size_t begin = 0;
  while (begin < said.size()) {
    std::size_t end = said.find('\n', begin);
    if (end == std::string::npos) end = said.size();
    std::string_view line(said.data() + begin, end - begin);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    if (!line.empty()) {
      if (!out.empty()) out += ' ';
      out += line;
    }
    begin = end + 1;
  }
  return out;
}

std::string Synthesizer::phonemes(std::string_view text) {
  const std::string buffer(text);
  const void* cursor = buffer.c_str();
  std::string out;
  while (cursor != nullptr) {
    const char* clause = espeak_TextToPhonemes(&cursor, espeakCHARS_UTF8, 0);
    if (clause == nullptr) break;
    if (!out.empty() && *clause != '\0') out += ' ';
    out += clause;
  }
  return out;
}

}  // namespace nieuwslezer
