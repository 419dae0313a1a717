// Package unawaited defines an Analyzer that reports the promises of tfjs
// training code that nobody waits for (rule unawaited-training, tip 17):
// model.fit, fitDataset, trainOnBatch and save, and tensor.data() and
// array(), whose promise is neither awaited, returned, chained with
// .then/.catch/.finally, passed on, stored, nor explicitly discarded with
// `void`. Training then runs in the background while the code after it
// uses an untrained model; a save may not have happened; the values of
// data() are lost.
//
// Models are those tfapi resolves, and — since real code passes models
// around as parameters and this.model — untyped receivers in files that
// use tfjs when the arguments look like training (fit with two or more
// arguments, fitDataset with one, trainOnBatch with two, save with a
// tfjs URL or tf.io handler); see package promiseflow. A promise stored in
// a local variable that is never read, or only read as if it were the
// result (history.history.loss), is reported too.
package unawaited
