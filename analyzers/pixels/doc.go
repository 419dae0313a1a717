// Package pixels defines an Analyzer that reports raw pixel values fed to a
// model (rule unnormalized-pixels, tip 10).
//
// tf.browser.fromPixels and tf.node.decodeImage (decodeJpeg, decodePng,
// decodeBmp, decodeGif) give int32 values in [0, 255]. The analyzer follows
// such a tensor forward through ops that keep its range (toFloat, cast,
// expandDims, reshape, squeeze, resizeBilinear and resizeNearestNeighbor,
// slice, reverse, flips, stack, concat, tf.tidy, local helpers and
// variables) into model.fit, model.trainOnBatch, model.evaluate and
// model.predict. Any arithmetic on the way (div, mul, sub, add, a
// normalization helper the trace cannot read) counts as scaling: the rule
// then says nothing.
//
// It reports only models the file builds itself (tf.sequential, tf.model)
// with every layer known, and none that normalizes its input
// (tf.layers.rescaling, batchNormalization, layerNormalization): a loaded
// graph or layers model may expect 0-255 (object detectors do), and only
// its author knows. Training on raw pixels is reported at fit and
// trainOnBatch (a warning: large inputs saturate activations and slow
// training). At predict, raw pixels are a warning when the same model is
// trained in the file on scaled data (the prediction sees a different
// range than training did), info when training sees raw pixels too (the
// fit finding is the one to fix), and nothing when the file does not show
// how the model is trained.
package pixels
