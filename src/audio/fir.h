#pragma once
// The interpolation filters' shared pieces: a Kaiser-windowed sinc tap, and 32 outputs of a
// short FIR filter at once, which compiles to straight vector code.

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <numbers>

namespace nieuwslezer {

/// sinc(t) under a Kaiser window of half-width `half_width` and shape `beta`: the tap for a
/// sample `t` samples from the point interpolated (0 beyond the window).
inline double kaiser_sinc(double t, double half_width, double beta) {
  const double sinc = t == 0.0 ? 1.0 : std::sin(std::numbers::pi * t) / (std::numbers::pi * t);
  const double u = t / half_width;
  const double window = std::cyl_bessel_i(0.0, beta * std::sqrt(std::max(0.0, 1.0 - u * u))) /
                        std::cyl_bessel_i(0.0, beta);
  return sinc * window;
}

/// out[i] = sum over k of taps[k] x input[i + k], for i < 32; `input` holds 31 + kTaps
/// values. Tap by tap over four 8-float vectors, which stay in registers. Always inlined, so
/// each clone of the function that calls it (vector_clones.h) builds it for its own
/// instruction set.
template <std::size_t kTaps>
[[gnu::always_inline]] inline void fir_32(const std::array<float, kTaps>& taps, const float* input,
                                          float* out) {
  using Vec = float __attribute__((vector_size(32)));
  // Loaded from any float: the type that AVX's own unaligned loads use.
  using Unaligned = float __attribute__((vector_size(32), aligned(4), may_alias));
  Vec a{}, b{}, c{}, d{};  // named: an array of them would live on the stack
  for (std::size_t k = 0; k < kTaps; ++k) {
    const Vec tap = Vec{} + taps[k];
    const auto* x = reinterpret_cast<const Unaligned*>(input + k);
    a += tap * x[0];
    b += tap * x[1];
    c += tap * x[2];
    d += tap * x[3];
  }
  std::memcpy(out, &a, sizeof a);
  std::memcpy(out + 8, &b, sizeof b);
  std::memcpy(out + 16, &c, sizeof c);
  std::memcpy(out + 24, &d, sizeof d);
}

}  // namespace nieuwslezer
