package tfapi

// tf.data (tfjs-data), tf.io and tf.models: datasets, model storage.

var tfData = []API{
	{Name: "tf.data.array", Result: KindDataset},
	{Name: "tf.data.csv", Result: KindDataset, Note: "a CSVDataset; fetches the URL lazily"},
	{Name: "tf.data.func", Result: KindDataset},
	{Name: "tf.data.generator", Result: KindDataset},
	{Name: "tf.data.zip", Result: KindDataset},
	{Name: "tf.data.webcam", Result: KindIterator, Async: true, Note: "a WebcamIterator; capture() resolves to a Tensor"},
	{Name: "tf.data.microphone", Result: KindIterator, Async: true, Note: "a MicrophoneIterator; capture() resolves to {spectrogram, waveform}"},
}

var tfIO = []API{
	{Name: "tf.io.browserFiles", Result: KindOther, Note: "an IOHandler"},
	{Name: "tf.io.browserHTTPRequest", Result: KindOther, Note: "an IOHandler; deprecated alias of tf.io.http"},
	{Name: "tf.io.http", Result: KindOther, Note: "an IOHandler"},
	{Name: "tf.io.withSaveHandler", Result: KindOther, Note: "an IOHandler"},
	{Name: "tf.io.withSaveHandlerSync", Result: KindOther, Note: "an IOHandler"},
	{Name: "tf.io.fromMemory", Result: KindOther, Note: "an IOHandler"},
	{Name: "tf.io.fromMemorySync", Result: KindOther, Note: "an IOHandler"},
	{Name: "tf.io.getLoadHandlers", Result: KindOther},
	{Name: "tf.io.getSaveHandlers", Result: KindOther},
	{Name: "tf.io.registerLoadRouter", Result: KindOther},
	{Name: "tf.io.registerSaveRouter", Result: KindOther},
	{Name: "tf.io.isHTTPScheme", Result: KindOther},
	{Name: "tf.io.copyModel", Result: KindOther, Async: true},
	{Name: "tf.io.moveModel", Result: KindOther, Async: true},
	{Name: "tf.io.listModels", Result: KindOther, Async: true},
	{Name: "tf.io.removeModel", Result: KindOther, Async: true},
	{Name: "tf.io.loadWeights", Result: KindTensorMap, Async: true, Note: "NamedTensorMap"},
	{Name: "tf.io.decodeWeights", Result: KindTensorMap, Note: "NamedTensorMap"},
	{Name: "tf.io.decodeWeightsStream", Result: KindTensorMap, Async: true, Note: "NamedTensorMap"},
	{Name: "tf.io.encodeWeights", Result: KindOther, Async: true, Note: "{data, specs}"},
	{Name: "tf.io.weightsLoaderFactory", Result: KindOther, Note: "a loader function that resolves to a NamedTensorMap"},
	{Name: "tf.io.concatenateArrayBuffers", Result: KindOther},
	{Name: "tf.io.getModelArtifactsForJSON", Result: KindOther, Async: true},
	{Name: "tf.io.getModelArtifactsForJSONSync", Result: KindOther},
	{Name: "tf.io.getModelArtifactsInfoForJSON", Result: KindOther},
	{Name: "tf.io.getWeightSpecs", Result: KindOther},
}

var tfModelsNS = []API{
	{Name: "tf.models.modelFromJSON", Result: KindModel, Async: true},
}
