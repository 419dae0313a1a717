package tfapi

// Methods of the layers, models, optimizers and datasets of tfjs 4.22.0: the
// public methods users call (protected helpers such as standardizeUserData
// or fitLoop are left out). Class hierarchy: see classParents in table.go.

var layerMethods = []API{
	{Name: "Layer.apply", Result: KindTensor, Class: "Layer", Note: "SymbolicTensor on a symbolic input; Tensor[] for several inputs or outputs"},
	{Name: "Layer.call", Result: KindTensor, Class: "Layer", Note: "the forward pass a custom layer implements"},
	{Name: "Layer.build", Result: KindOther, Class: "Layer"},
	{Name: "Layer.computeOutputShape", Result: KindOther, Class: "Layer"},
	{Name: "Layer.countParams", Result: KindOther, Class: "Layer"},
	{Name: "Layer.getWeights", Result: KindTensorList, Class: "Layer", Note: "the layer's own weight variables, not copies: disposing them breaks the layer"},
	{Name: "Layer.setWeights", Result: KindOther, Class: "Layer", Note: "copies the values; the caller keeps ownership of its tensors"},
	{Name: "Layer.addWeight", Result: KindOther, Class: "Layer", Note: "a LayerVariable"},
	{Name: "Layer.addLoss", Result: KindOther, Class: "Layer"},
	{Name: "Layer.getConfig", Result: KindOther, Class: "Layer"},
	{Name: "Layer.getClassName", Result: KindOther, Class: "Layer"},
	{Name: "Layer.getInputAt", Result: KindSymbolic, Class: "Layer"},
	{Name: "Layer.getOutputAt", Result: KindSymbolic, Class: "Layer"},
	{Name: "Layer.resetStates", Result: KindOther, Class: "Layer"},
	{Name: "Layer.setCallHook", Result: KindOther, Class: "Layer"},
	{Name: "Layer.clearCallHook", Result: KindOther, Class: "Layer"},
	{Name: "Layer.dispose", Result: KindOther, Class: "Layer", Note: "disposes the weights once no model uses the layer"},

	{Name: "RNN.getStates", Result: KindTensorList, Class: "RNN", Note: "the layer's own state tensors"},
	{Name: "RNN.setStates", Result: KindOther, Class: "RNN"},
	{Name: "RNN.getInitialState", Result: KindTensorList, Class: "RNN"},

	{Name: "LayerVariable.read", Result: KindVariable, Class: "LayerVariable", Note: "the underlying variable itself, not a copy"},
	{Name: "LayerVariable.write", Result: KindOther, Class: "LayerVariable"},
	{Name: "LayerVariable.dispose", Result: KindOther, Class: "LayerVariable"},
}

var layersModelMethods = []API{
	{Name: "LayersModel.compile", Result: KindOther, Class: "LayersModel"},
	{Name: "LayersModel.fit", Result: KindOther, Async: true, Class: "LayersModel", Train: true, Note: "resolves to a History"},
	{Name: "LayersModel.fitDataset", Result: KindOther, Async: true, Class: "LayersModel", Train: true, Note: "resolves to a History"},
	{Name: "LayersModel.trainOnBatch", Result: KindOther, Async: true, Class: "LayersModel", Train: true, Note: "resolves to the loss (and metrics) as numbers"},
	{Name: "LayersModel.predict", Result: KindTensor, Class: "LayersModel", Note: "Tensor[] for several outputs"},
	{Name: "LayersModel.predictOnBatch", Result: KindTensor, Class: "LayersModel", Note: "Tensor[] for several outputs"},
	{Name: "LayersModel.evaluate", Result: KindTensor, Class: "LayersModel", Note: "Scalar, or Scalar[] with metrics"},
	{Name: "LayersModel.evaluateDataset", Result: KindTensor, Async: true, Class: "LayersModel", Note: "Scalar, or Scalar[] with metrics"},
	{Name: "LayersModel.execute", Result: KindTensor, Class: "LayersModel", Note: "Tensor[] for several outputs"},
	{Name: "LayersModel.apply", Result: KindTensor, Class: "LayersModel", Note: "symbolic on symbolic input"},
	{Name: "LayersModel.summary", Result: KindOther, Class: "LayersModel"},
	{Name: "LayersModel.save", Result: KindOther, Async: true, Class: "LayersModel", Note: "resolves to a SaveResult"},
	{Name: "LayersModel.countParams", Result: KindOther, Class: "LayersModel"},
	{Name: "LayersModel.getWeights", Result: KindTensorList, Class: "LayersModel", Note: "the model's own weight variables, not copies: disposing them breaks the model"},
	{Name: "LayersModel.setWeights", Result: KindOther, Class: "LayersModel", Note: "copies the values; the caller keeps ownership of its tensors"},
	{Name: "LayersModel.loadWeights", Result: KindOther, Class: "LayersModel", Note: "copies the values of a NamedTensorMap"},
	{Name: "LayersModel.getLayer", Result: KindLayer, Class: "LayersModel"},
	{Name: "LayersModel.getConfig", Result: KindOther, Class: "LayersModel"},
	{Name: "LayersModel.toJSON", Result: KindOther, Class: "LayersModel"},
	{Name: "LayersModel.resetStates", Result: KindOther, Class: "LayersModel"},
	{Name: "LayersModel.getUserDefinedMetadata", Result: KindOther, Class: "LayersModel"},
	{Name: "LayersModel.setUserDefinedMetadata", Result: KindOther, Class: "LayersModel"},
	{Name: "LayersModel.dispose", Result: KindOther, Class: "LayersModel"},

	{Name: "Sequential.add", Result: KindOther, Class: "Sequential"},
	{Name: "Sequential.pop", Result: KindOther, Class: "Sequential"},
}

var graphModelMethods = []API{
	{Name: "GraphModel.load", Result: KindOther, Async: true, Class: "GraphModel", Note: "returns a boolean instead of a Promise when the IO handler loads synchronously"},
	{Name: "GraphModel.loadSync", Result: KindOther, Class: "GraphModel"},
	{Name: "GraphModel.predict", Result: KindTensor, Class: "GraphModel", Note: "Tensor[] or a NamedTensorMap for several outputs"},
	{Name: "GraphModel.predictAsync", Result: KindTensor, Async: true, Class: "GraphModel", Note: "Tensor[] or a NamedTensorMap for several outputs"},
	{Name: "GraphModel.execute", Result: KindTensor, Class: "GraphModel", Note: "Tensor[] for several outputs"},
	{Name: "GraphModel.executeAsync", Result: KindTensor, Async: true, Class: "GraphModel", Note: "Tensor[] for several outputs"},
	{Name: "GraphModel.save", Result: KindOther, Async: true, Class: "GraphModel"},
	{Name: "GraphModel.getIntermediateTensors", Result: KindTensorMap, Class: "GraphModel", Note: "{[nodeName]: Tensor[]}, kept when KEEP_INTERMEDIATE_TENSORS is set"},
	{Name: "GraphModel.disposeIntermediateTensors", Result: KindOther, Class: "GraphModel"},
	{Name: "GraphModel.dispose", Result: KindOther, Class: "GraphModel"},
}

var optimizerMethods = []API{
	{Name: "Optimizer.minimize", Result: KindTensor, Class: "Optimizer", Train: true, Tidy: true, Note: "the cost Scalar when returnCost is true, else null; the second argument is returnCost, the third varList"},
	{Name: "Optimizer.computeGradients", Result: KindTensorMap, Class: "Optimizer", Tidy: true, Note: "{value, grads}"},
	{Name: "Optimizer.applyGradients", Result: KindOther, Class: "Optimizer", Train: true},
	{Name: "Optimizer.getWeights", Result: KindOther, Async: true, Class: "Optimizer", Note: "NamedTensor[]: a new 'iter' scalar, then the optimizer's own slot variables"},
	{Name: "Optimizer.setWeights", Result: KindOther, Async: true, Class: "Optimizer"},
	{Name: "Optimizer.getConfig", Result: KindOther, Class: "Optimizer"},
	{Name: "Optimizer.getClassName", Result: KindOther, Class: "Optimizer"},
	{Name: "Optimizer.dispose", Result: KindOther, Class: "Optimizer"},
	{Name: "SGDOptimizer.setLearningRate", Result: KindOther, Class: "SGDOptimizer"},
	{Name: "MomentumOptimizer.setMomentum", Result: KindOther, Class: "MomentumOptimizer"},
}

var datasetMethods = []API{
	{Name: "Dataset.batch", Result: KindDataset, Class: "Dataset"},
	{Name: "Dataset.concatenate", Result: KindDataset, Class: "Dataset"},
	{Name: "Dataset.filter", Result: KindDataset, Class: "Dataset", Tidy: true, Note: "the predicate runs inside tf.tidy"},
	{Name: "Dataset.map", Result: KindDataset, Class: "Dataset", Tidy: true, Note: "the transform runs inside tf.tidy"},
	{Name: "Dataset.mapAsync", Result: KindDataset, Class: "Dataset", Note: "not tidied: the transform must dispose its own intermediates"},
	{Name: "Dataset.prefetch", Result: KindDataset, Class: "Dataset"},
	{Name: "Dataset.repeat", Result: KindDataset, Class: "Dataset"},
	{Name: "Dataset.shuffle", Result: KindDataset, Class: "Dataset"},
	{Name: "Dataset.skip", Result: KindDataset, Class: "Dataset"},
	{Name: "Dataset.take", Result: KindDataset, Class: "Dataset"},
	{Name: "Dataset.forEachAsync", Result: KindOther, Async: true, Class: "Dataset"},
	{Name: "Dataset.toArray", Result: KindOther, Async: true, Class: "Dataset", Note: "an array of the elements, which may hold tensors"},
	{Name: "Dataset.iterator", Result: KindIterator, Async: true, Class: "Dataset"},
	{Name: "CSVDataset.columnNames", Result: KindOther, Async: true, Class: "CSVDataset"},

	{Name: "Iterator.next", Result: KindOther, Async: true, Class: "Iterator", Note: "{value, done}; value may hold tensors"},
	{Name: "WebcamIterator.capture", Result: KindTensor, Async: true, Class: "WebcamIterator", Note: "one frame: fromPixels of the video (int32), or float32 when the config resizes it"},
	{Name: "WebcamIterator.start", Result: KindOther, Async: true, Class: "WebcamIterator"},
	{Name: "WebcamIterator.stop", Result: KindOther, Class: "WebcamIterator"},
	{Name: "MicrophoneIterator.capture", Result: KindTensorMap, Async: true, Class: "MicrophoneIterator", Note: "{spectrogram, waveform}"},
	{Name: "MicrophoneIterator.start", Result: KindOther, Async: true, Class: "MicrophoneIterator"},
	{Name: "MicrophoneIterator.stop", Result: KindOther, Class: "MicrophoneIterator"},
	{Name: "MicrophoneIterator.getSampleRate", Result: KindOther, Class: "MicrophoneIterator"},
}
