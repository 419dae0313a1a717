package tfapi

// The top-level "tf" namespace, part 2: memory management, gradients,
// models, backends and the other functions that are not plain ops.

// tfMemory: scopes, disposal and introspection.
var tfMemory = []API{
	{Name: "tf.tidy", Result: KindOther, Tidy: true, Note: "returns what fn returns; the tensors in it are kept, every other tensor fn creates is disposed"},
	{Name: "tf.keep", Result: KindTensor, Note: "returns its argument, exempt from the enclosing tidy"},
	{Name: "tf.dispose", Result: KindOther, Note: "disposes a tensor, or every tensor in an array or object"},
	{Name: "tf.disposeVariables", Result: KindOther},
	{Name: "tf.memory", Result: KindOther, Note: "{numTensors, numDataBuffers, numBytes, unreliable, reasons}"},
	{Name: "tf.profile", Result: KindOther, Async: true},
	{Name: "tf.time", Result: KindOther, Async: true},
	{Name: "tf.print", Result: KindOther},
	{Name: "tf.nextFrame", Result: KindOther, Async: true},
}

// tfGradients: gradient functions. grad(s)/valueAndGrad(s) return a function
// that runs f inside a tidy scope when called.
var tfGradients = []API{
	{Name: "tf.grad", Result: KindFunction, Tidy: true, Note: "tf.grad(f)(x, dy?) returns a Tensor"},
	{Name: "tf.grads", Result: KindFunction, Tidy: true, Note: "tf.grads(f)(xs, dy?) returns Tensor[]"},
	{Name: "tf.valueAndGrad", Result: KindFunction, Tidy: true, Note: "tf.valueAndGrad(f)(x, dy?) returns {value, grad}"},
	{Name: "tf.valueAndGrads", Result: KindFunction, Tidy: true, Note: "tf.valueAndGrads(f)(xs, dy?) returns {value, grads: Tensor[]}"},
	{Name: "tf.variableGrads", Result: KindTensorMap, Tidy: true, Note: "{value, grads: {[varName]: Tensor}}"},
	{Name: "tf.customGrad", Result: KindFunction, Note: "calling the function returns the value f computes"},
	{Name: "tf.op", Result: KindFunction, Note: "wraps a function as a named op; calling it returns what the function returns"},
}

// tfModels: models and symbolic inputs (tfjs-layers and tfjs-converter).
var tfModels = []API{
	{Name: "tf.sequential", Result: KindModel},
	{Name: "tf.model", Result: KindModel},
	{Name: "tf.input", Result: KindSymbolic},
	{Name: "tf.loadLayersModel", Result: KindModel, Async: true},
	{Name: "tf.loadGraphModel", Result: KindModel, Async: true},
	{Name: "tf.loadGraphModelSync", Result: KindModel},
	{Name: "tf.registerCallbackConstructor", Result: KindOther},
	{Name: "tf.registerOp", Result: KindOther, Note: "a custom op for graph models"},
	{Name: "tf.deregisterOp", Result: KindOther},
}

// tfBackend: backends, environment, kernels and flags.
var tfBackend = []API{
	{Name: "tf.backend", Result: KindOther},
	{Name: "tf.engine", Result: KindOther},
	{Name: "tf.env", Result: KindOther},
	{Name: "tf.ready", Result: KindOther, Async: true},
	{Name: "tf.getBackend", Result: KindOther},
	{Name: "tf.setBackend", Result: KindOther, Async: true, Note: "resolves to a boolean: whether the backend initialized"},
	{Name: "tf.findBackend", Result: KindOther},
	{Name: "tf.findBackendFactory", Result: KindOther},
	{Name: "tf.registerBackend", Result: KindOther},
	{Name: "tf.removeBackend", Result: KindOther},
	{Name: "tf.setPlatform", Result: KindOther},
	{Name: "tf.setWebGLContext", Result: KindOther},
	{Name: "tf.forceHalfFloat", Result: KindOther},
	{Name: "tf.enableDebugMode", Result: KindOther},
	{Name: "tf.enableProdMode", Result: KindOther},
	{Name: "tf.deprecationWarn", Result: KindOther},
	{Name: "tf.disableDeprecationWarnings", Result: KindOther},
	{Name: "tf.registerKernel", Result: KindOther},
	{Name: "tf.unregisterKernel", Result: KindOther},
	{Name: "tf.getKernel", Result: KindOther},
	{Name: "tf.getKernelsForBackend", Result: KindOther},
	{Name: "tf.copyRegisteredKernels", Result: KindOther},
	{Name: "tf.registerGradient", Result: KindOther},
	{Name: "tf.unregisterGradient", Result: KindOther},
	{Name: "tf.getGradient", Result: KindOther},
	{Name: "tf.sumOutType", Result: KindOther, Note: "a dtype string"},
	{Name: "tf.upcastType", Result: KindOther, Note: "a dtype string"},
	{Name: "tf.enclosingPowerOfTwo", Result: KindOther, Note: "a number (webgl helper)"},
}
