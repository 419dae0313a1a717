// Package lrschedule defines an Analyzer that reports a long fit or
// fitDataset run with neither a learning-rate schedule nor early stopping
// (rule no-lr-schedule, tip 6): epochs ≥ the rule's min-epochs option (150),
// validation data to stop on (validationSplit > 0, validationData), and a
// callbacks config that visibly does neither.
//
// A run is left alone when its callbacks are not all visible (a variable,
// a call the file does not explain), when a callback names learningRate,
// setLearningRate, stopTraining or earlyStopping, and when the file changes
// a learning rate anywhere (setLearningRate, an assignment to
// .learningRate): a schedule run between fits. tfvis's fitCallbacks only
// draw. The rule is info: a fixed rate over many epochs is a hint, not a
// bug.
package lrschedule
