// Package learningrate defines an Analyzer that reports learning rates
// outside the sensible range of their optimizer (rule learning-rate, tips 5
// and 6): adam, adamax, adagrad and rmsprop above 0.01 or below 1e-5, sgd and
// momentum above 0.1, and any rate ≤ 0 (an error). The rate may be a literal,
// a constant expression, a const variable or a property of a config object;
// the ranges are configurable (min-<optimizer>, max-<optimizer>).
package learningrate
