// Package learningrate defines an Analyzer that reports learning rates
// outside the working range of their optimizer (rule learning-rate, tips 5
// and 6): adam, adamax, adagrad and rmsprop above 0.1 or below 1e-6, sgd and
// momentum above 1, and any rate ≤ 0 (an error). The ranges are calibrated
// on public tfjs code so that no textbook rate (sgd 0.15 or 0.5, adam 0.01)
// trips them. The rate may be a literal, a constant expression, a const
// variable or a property of a config object; the ranges are configurable
// (min-<optimizer>, max-<optimizer>).
package learningrate
