// Package sim dry-runs TensorFlow.js training scripts. A run executes one
// script (ES module, classic script, CommonJS module or HTML page) in its
// own sobek runtime whose `tf` is the Go-native shim of internal/shim: it
// tracks every tensor's shape, dtype, bytes and allocation site and
// computes no values. The Report gives each compiled model's layers and
// sizes, tf.memory() after every optimizer step, the steady growth per
// step, the allocation sites that leak, and why the run stopped early when
// it did. Analyzer adapts Run to go/analysis for tfjslint's rules.
//
// Scripts are untrusted: a run reads no file outside the project root
// (inside it, data files are read for real, read-only and size-capped:
// files.go), writes nothing to disk, opens no network connection, sees
// no environment, and is bounded by
// budgets that count work — optimizer steps per training call site, tf
// calls, the script's own loop iterations and function calls (work.go),
// timer callbacks, animation frames, call depth and materialized values —
// so that its findings do not depend on the machine's speed. The wall clock is only a safety net (safetynet.go),
// and a run it ends says so.
package sim
