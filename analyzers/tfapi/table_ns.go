package tfapi

// The tensor namespaces of tfjs-core 4.22.0: every function in them returns
// tensors.

var tfBrowser = []API{
	{Name: "tf.browser.fromPixels", Result: KindTensor, Note: "int32 [height, width, numChannels] at the source's full size"},
	{Name: "tf.browser.fromPixelsAsync", Result: KindTensor, Async: true},
	{Name: "tf.browser.toPixels", Result: KindOther, Async: true, Note: "resolves to a Uint8ClampedArray"},
	{Name: "tf.browser.draw", Result: KindOther},
}

var tfImage = []API{
	{Name: "tf.image.cropAndResize", Result: KindTensor},
	{Name: "tf.image.flipLeftRight", Result: KindTensor},
	{Name: "tf.image.grayscaleToRGB", Result: KindTensor},
	{Name: "tf.image.nonMaxSuppression", Result: KindTensor},
	{Name: "tf.image.nonMaxSuppressionAsync", Result: KindTensor, Async: true},
	{Name: "tf.image.nonMaxSuppressionPadded", Result: KindTensorMap, Note: "{selectedIndices, validOutputs}"},
	{Name: "tf.image.nonMaxSuppressionPaddedAsync", Result: KindTensorMap, Async: true, Note: "{selectedIndices, validOutputs}"},
	{Name: "tf.image.nonMaxSuppressionWithScore", Result: KindTensorMap, Note: "{selectedIndices, selectedScores}"},
	{Name: "tf.image.nonMaxSuppressionWithScoreAsync", Result: KindTensorMap, Async: true, Note: "{selectedIndices, selectedScores}"},
	{Name: "tf.image.resizeBilinear", Result: KindTensor},
	{Name: "tf.image.resizeNearestNeighbor", Result: KindTensor},
	{Name: "tf.image.rgbToGrayscale", Result: KindTensor},
	{Name: "tf.image.rotateWithOffset", Result: KindTensor},
	{Name: "tf.image.threshold", Result: KindTensor},
	{Name: "tf.image.transform", Result: KindTensor},
}

var tfLosses = []API{
	{Name: "tf.losses.absoluteDifference", Result: KindTensor},
	{Name: "tf.losses.computeWeightedLoss", Result: KindTensor},
	{Name: "tf.losses.cosineDistance", Result: KindTensor},
	{Name: "tf.losses.hingeLoss", Result: KindTensor},
	{Name: "tf.losses.huberLoss", Result: KindTensor},
	{Name: "tf.losses.logLoss", Result: KindTensor},
	{Name: "tf.losses.meanSquaredError", Result: KindTensor},
	{Name: "tf.losses.sigmoidCrossEntropy", Result: KindTensor},
	{Name: "tf.losses.softmaxCrossEntropy", Result: KindTensor},
}

var tfMetrics = []API{
	{Name: "tf.metrics.binaryAccuracy", Result: KindTensor},
	{Name: "tf.metrics.binaryCrossentropy", Result: KindTensor},
	{Name: "tf.metrics.categoricalAccuracy", Result: KindTensor},
	{Name: "tf.metrics.categoricalCrossentropy", Result: KindTensor},
	{Name: "tf.metrics.cosineProximity", Result: KindTensor},
	{Name: "tf.metrics.meanAbsoluteError", Result: KindTensor},
	{Name: "tf.metrics.meanAbsolutePercentageError", Result: KindTensor},
	{Name: "tf.metrics.MAPE", Result: KindTensor, Note: "alias of tf.metrics.meanAbsolutePercentageError"},
	{Name: "tf.metrics.mape", Result: KindTensor, Note: "alias of tf.metrics.meanAbsolutePercentageError"},
	{Name: "tf.metrics.meanSquaredError", Result: KindTensor},
	{Name: "tf.metrics.MSE", Result: KindTensor, Note: "alias of tf.metrics.meanSquaredError"},
	{Name: "tf.metrics.mse", Result: KindTensor, Note: "alias of tf.metrics.meanSquaredError"},
	{Name: "tf.metrics.precision", Result: KindTensor},
	{Name: "tf.metrics.r2Score", Result: KindTensor},
	{Name: "tf.metrics.recall", Result: KindTensor},
	{Name: "tf.metrics.sparseCategoricalAccuracy", Result: KindTensor},
}

var tfLinalg = []API{
	{Name: "tf.linalg.bandPart", Result: KindTensor},
	{Name: "tf.linalg.gramSchmidt", Result: KindTensor, Note: "Tensor[] when given Tensor[]"},
	{Name: "tf.linalg.qr", Result: KindTensorList, Note: "[q, r]"},
}

var tfSignal = []API{
	{Name: "tf.signal.frame", Result: KindTensor},
	{Name: "tf.signal.hammingWindow", Result: KindTensor},
	{Name: "tf.signal.hannWindow", Result: KindTensor},
	{Name: "tf.signal.stft", Result: KindTensor},
	{Name: "tf.spectral.fft", Result: KindTensor},
	{Name: "tf.spectral.ifft", Result: KindTensor},
	{Name: "tf.spectral.irfft", Result: KindTensor},
	{Name: "tf.spectral.rfft", Result: KindTensor},
}

var tfMiscOps = []API{
	{Name: "tf.math.confusionMatrix", Result: KindTensor},
	{Name: "tf.fused.conv2d", Result: KindTensor},
	{Name: "tf.fused.depthwiseConv2d", Result: KindTensor},
	{Name: "tf.fused.matMul", Result: KindTensor},
	{Name: "tf.sparse.sparseFillEmptyRows", Result: KindTensorMap, Note: "{outputIndices, outputValues, emptyRowIndicator, reverseIndexMap}"},
	{Name: "tf.sparse.sparseReshape", Result: KindTensorMap, Note: "{outputIndices, outputShape}"},
	{Name: "tf.sparse.sparseSegmentMean", Result: KindTensor},
	{Name: "tf.sparse.sparseSegmentSum", Result: KindTensor},
	{Name: "tf.string.staticRegexReplace", Result: KindTensor},
	{Name: "tf.string.stringNGrams", Result: KindTensorMap, Note: "{nGrams, nGramsSplits}"},
	{Name: "tf.string.stringSplit", Result: KindTensorMap, Note: "{indices, values, shape}"},
	{Name: "tf.string.stringToHashBucketFast", Result: KindTensor},
}
