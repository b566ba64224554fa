#pragma once
// VECTOR_CLONES before a function with hot per-sample loops builds it twice: for the
// x86-64-v3 level (AVX2, FMA) and for any x86-64; the loader picks one on the processor at
// hand. "arch=x86-64-v3" is chosen by feature level; "arch=haswell" would be chosen only on
// Intel Haswell itself (GCC tests the CPU model), never on AMD or newer Intel processors.
// Left out under ThreadSanitizer: the resolver that picks a clone runs before its runtime.
// Both give the same samples: the core library is built with -ffp-contract=off, so the
// AVX2 clone does not fuse multiply-adds (which round differently).

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_THREAD__)
#define VECTOR_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define VECTOR_CLONES
#endif
