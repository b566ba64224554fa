#pragma once
// The one module that talks to libsndfile: audio <-> file bytes, in every output format,
// with tags, a Broadcast Wave chunk and cue points.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "audio/audio.h"

namespace nieuwslezer {

enum class AudioFormat {
  kWav16,      // RIFF WAV, 16-bit PCM
  kWav24,      // RIFF WAV, 24-bit PCM
  kFlac,       // FLAC, 16 bits
  kOggVorbis,  // Vorbis in Ogg
  kOggOpus,    // Opus in Ogg, 48 kHz only
  kMp3,        // MPEG-1/2 Layer III (LAME)
};

/// A format's name on the command line: "wav" or "wav16", "wav24", "flac", "ogg" or
/// "vorbis", "opus", "mp3" (any case). "MP3" -> kMp3.
/// Throws std::invalid_argument naming the accepted names for anything else.
AudioFormat parse_audio_format(std::string_view name);

/// The format a file name's extension asks for (any case): ".wav"/".wave" -> kWav16,
/// ".flac", ".ogg"/".oga" -> kOggVorbis, ".opus", ".mp3". "nieuws.MP3" -> kMp3;
/// nullopt for no or another extension ("-", "bulletin.aac").
std::optional<AudioFormat> format_for_path(const std::filesystem::path& path);

/// The canonical name parse_audio_format accepts: kWav16 -> "wav16", kOggVorbis -> "ogg".
std::string_view format_name(AudioFormat format);

/// The usual file extension: kWav24 -> ".wav", kOggOpus -> ".opus".
std::string_view file_extension(AudioFormat format);

/// Whether the format is lossy (Ogg Vorbis, Opus, MP3): its decoded samples are not the
/// ones encoded, so its loudness and true peak are those of the decoded file.
bool is_lossy(AudioFormat format);

/// The MIME type: "audio/wav", "audio/flac", "audio/ogg" (Vorbis and Opus, RFC 7845),
/// "audio/mpeg".
std::string_view mime_type(AudioFormat format);

/// The sample rate to encode `rate` Hz audio at in `format`: `rate` itself when the format
/// stores it, otherwise the rate to resample to first. Opus: always 48000 (libsndfile also
/// takes 8/12/16/24 kHz, but players decode Opus at 48 kHz; one rate keeps it simple).
/// MP3: the lowest MPEG rate (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000)
/// not below `rate`, at most 48000. WAV, FLAC, Vorbis: `rate`.
/// (kOggOpus, 22050) -> 48000; (kMp3, 22050) -> 22050; (kMp3, 96000) -> 48000.
int required_sample_rate(AudioFormat format, int rate);

/// Text tags, UTF-8; an empty field is not written. Written as RIFF INFO (WAV), Vorbis
/// comments (FLAC, Ogg) or an ID3v2.4 tag in UTF-8 (MP3, by TagLib: audio_tags.h).
struct AudioTags {
  std::string title;   // "Nieuws van 8 uur, 28 november 2026"
  std::string artist;  // the station: "Omroep Zuid-Holland"
  std::string date;    // "2026-11-28"
  std::string comment;
  std::string album;
  std::string genre;  // "Speech"
};

/// The EBU Broadcast Wave `bext` chunk (WAV formats only). Text beyond a field's size is cut
/// at a UTF-8 character boundary; the EBU asks for ASCII, other characters are kept as UTF-8.
struct BroadcastInfo {
  bool enabled = false;
  std::string description;           // at most 256 bytes
  std::string originator;            // at most 32 bytes: the station
  std::string originator_reference;  // at most 32 bytes
  std::string origination_date;      // "yyyy-mm-dd" or empty
  std::string origination_time;      // "hh:mm:ss" or empty
  // Version 2's loudness fields (EBU Tech 3285 v2), stored in hundredths; a value that is
  // not finite is written as 0x7FFF, "not known". Without them the chunk is version 1.
  bool has_loudness = false;
  double loudness_lufs = 0;        // integrated
  double loudness_range_lu = 0;    // EBU Tech 3342
  double max_true_peak_dbtp = 0;   //
  double max_momentary_lufs = 0;   // 400 ms
  double max_short_term_lufs = 0;  // 3 s
};

/// The AES46 `cart` chunk (WAV formats only): the label a playout system (Rivendell, ENCO,
/// WideOrbit) shows and schedules by. Text is cut to its field's size like bext's (64 bytes;
/// 10 for dates, 8 for times).
struct CartInfo {
  /// A post timer: a four-letter usage and a position. "AUDs"/"AUDe": where the audio starts
  /// and ends; "INTe": where the intro (a jingle) ends and the voice starts; "SEGs": where
  /// the next item may start (the segue: the end of the speech, under an outro's ring-out).
  struct Timer {
    std::string usage;      // exactly four characters
    std::size_t frame = 0;  // in the audio's frames (moved to the file's rate when written)
  };
  bool enabled = false;
  std::string title;
  std::string artist;                // the station
  std::string cut_id;                // "20261128-0800"
  std::string category;              // "NEWS"
  std::string classification;        // "Nieuws"
  std::string out_cue;               // the last words heard: "Dat was het nieuws."
  std::string start_date;            // "yyyy-mm-dd" or empty: not to be aired before
  std::string start_time;            // "hh:mm:ss" or empty
  std::string end_date;              // "yyyy-mm-dd" or empty: not to be aired after
  std::string end_time;              // "hh:mm:ss" or empty
  std::string producer_app_id;       // "nieuwslezer"
  std::string producer_app_version;  // "0.1.0"
  std::vector<Timer> timers;         // at most 8
};

struct EncodeOptions {
  AudioFormat format = AudioFormat::kWav16;
  AudioTags tags;
  BroadcastInfo bext;
  CartInfo cart;
  // 0.0 = best quality (largest file) .. 1.0 = smallest file, for FLAC (levels 0..8), Vorbis,
  // Opus and MP3 (libsndfile's SFC_SET_COMPRESSION_LEVEL); unset = libsndfile's default.
  // Ignored for WAV.
  std::optional<double> compression_level;
  // The file's rate and channels, 0 = the audio's. Audio at another rate is resampled while
  // it is encoded (libsoxr HQ, as resample() does; cue points move with it); mono audio is
  // copied to each channel. No other channel conversion is done.
  int sample_rate = 0;
  int channels = 0;
};

/// Encodes audio into a complete file of options.format, held in memory (libsndfile virtual
/// I/O; every format works that way). Nothing the size of the audio is held on the way but
/// the result. Samples beyond full
/// scale are clipped to it, never wrapped. Every marker is a chapter, titled with its label:
/// in WAV a cue point with a `labl` (at most 2500, libsndfile's read limit; labels cut to 255
/// bytes), in MP3 an ID3v2 CHAP frame, in FLAC and Ogg CHAPTERxxx comments (add_tags). Throws
/// std::invalid_argument for a bext or cart chunk on a non-WAV format, a bad bext or cart
/// date/time, a cart timer whose usage is not four characters or more than eight timers;
/// std::runtime_error when the format cannot take the sample rate ("cannot encode Ogg Opus at 22050
/// Hz: resample to 48000 Hz first"), for a compressed format with no frames, or with libsndfile's
/// message; std::invalid_argument for a channel conversion other than mono to N. Example:
/// options.format = AudioFormat::kFlac; encode_audio(audio, options) -> "fLaC...".
std::string encode_audio(const Audio& audio, const EncodeOptions& options);

/// encode_audio, written straight into the open, empty file `fd` (which must be a regular
/// file: the header is finished last, at the start), so no copy of the file is held in
/// memory. Returns the file's size. Throws as encode_audio does, and std::system_error with
/// the errno when writing fails (ENOSPC, EFBIG, ...).
std::uint64_t encode_audio_to_file(const Audio& audio, const EncodeOptions& options, int fd);

/// encode_audio as a 16-bit PCM WAV without tags: audio -> "RIFF....WAVE...".
std::string encode_wav(const Audio& audio);

/// Decodes any format libsndfile reads (WAV, FLAC, Ogg Vorbis/Opus, MP3, ...) from memory:
/// bytes -> samples, rate, channels and, from WAV cue points, markers with their labels.
/// Opus decodes at 48 kHz. Throws std::runtime_error "not a sound file: ..." when it cannot.
Audio decode_audio(std::string_view bytes);

/// decode_audio without holding the decoded audio: `each` receives the samples a block at a
/// time, in order (`frames` interleaved frames at `sample_rate` Hz of `channels` channels).
/// Throws as decode_audio does.
void decode_audio_blocks(std::string_view bytes,
                         const std::function<void(int sample_rate, int channels,
                                                  const float* samples, std::size_t frames)>& each);

/// What a file says about itself.
struct AudioMetadata {
  AudioTags tags;
  BroadcastInfo bext;  // enabled when the file has a `bext` chunk
  CartInfo cart;       // enabled when the file has a `cart` chunk; timers in the file's frames
};

/// Reads the tags and the `bext` and `cart` chunks of a file in memory, as libsndfile sees them
/// (the MP3 reader also reports LAME's tags; only the AudioTags fields are returned).
/// Throws std::runtime_error "not a sound file: ..." when libsndfile cannot open it.
AudioMetadata read_metadata(std::string_view bytes);

}  // namespace nieuwslezer
