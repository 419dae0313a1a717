package tfapi

import (
	"slices"
	"strings"
	"sync"
)

// API describes one function, constructor or method of TensorFlow.js 4.22.0
// (@tensorflow/tfjs, the union of tfjs-core, -layers, -data and -converter).
type API struct {
	Name   string // canonical: "tf.add", "tf.layers.dense", "tf.train.sgd", "tf.data.array", "Tensor.add", "LayersModel.fit", "Optimizer.minimize", "Dataset.batch"
	Result Kind   // what the call returns (what the promise resolves to, if Async)
	Async  bool   // returns a Promise
	Class  string // for constructors used with `new` (tf.SGDOptimizer) or receiver class of methods: "Tensor", "LayersModel", ...
	Train  bool   // the call trains (a step happens): LayersModel.fit/fitDataset/trainOnBatch, Optimizer.minimize/applyGradients
	Tidy   bool   // its function argument runs inside a tidy scope: tf.tidy, Optimizer.minimize, tf.variableGrads, tf.grad(s), tf.valueAndGrad(s)
	Note   string // optional
}

// apiGroups is the whole table; each group lives in a table_*.go file.
var apiGroups = [][]API{
	tfCreation, tfOps, tfOpsAsync, tfOpsMulti,
	tfMemory, tfGradients, tfModels, tfBackend,
	tfClasses, tfLayers,
	tfBrowser, tfImage, tfLosses, tfMetrics, tfLinalg, tfSignal, tfMiscOps,
	tfTrain, tfCallbacks, tfInitializers, tfRegularizers, tfConstraints,
	tfData, tfIO, tfModelsNS,
	tfUtil, tfHelpers, tfTestUtil,
	tensorOpMethods, tensorOtherMethods, variableMethods, tensorBufferMethods,
	layerMethods, layersModelMethods, graphModelMethods, optimizerMethods, datasetMethods,
}

// classParents gives the superclass of each class that has methods in the
// table, as in tfjs (LayersModel extends Container extends Layer; MomentumOptimizer
// extends SGDOptimizer). "Iterator" stands for tfjs-data's LazyIterator.
var classParents = map[string]string{
	"Tensor":             "",
	"Variable":           "Tensor",
	"TensorBuffer":       "",
	"SymbolicTensor":     "",
	"LayerVariable":      "",
	"Layer":              "",
	"RNN":                "Layer",
	"RNNCell":            "Layer",
	"LayersModel":        "Layer",
	"Sequential":         "LayersModel",
	"GraphModel":         "",
	"Optimizer":          "",
	"SGDOptimizer":       "Optimizer",
	"MomentumOptimizer":  "SGDOptimizer",
	"AdamOptimizer":      "Optimizer",
	"AdamaxOptimizer":    "Optimizer",
	"AdagradOptimizer":   "Optimizer",
	"AdadeltaOptimizer":  "Optimizer",
	"RMSPropOptimizer":   "Optimizer",
	"Dataset":            "",
	"CSVDataset":         "Dataset",
	"TextLineDataset":    "Dataset",
	"Iterator":           "",
	"WebcamIterator":     "Iterator",
	"MicrophoneIterator": "Iterator",
}

// tfNamespaces are the objects reachable from the tfjs module, as in
// Object.keys(require('@tensorflow/tfjs')). tf.train is a class whose static
// methods are the optimizer factories. tf.Rank and tf.Reduction are enums and
// tf.version an object of version strings. backend_util, kernel_impls,
// broadcast_util, gather_util, scatter_util, slice_util, shared, gpgpu_util and
// webgl_util are helpers for backend authors: they are namespaces, but their
// members are not in the table.
var tfNamespaces = []string{
	"tf",
	"tf.layers", "tf.train", "tf.data", "tf.io", "tf.models", "tf.callbacks",
	"tf.initializers", "tf.regularizers", "tf.constraints",
	"tf.browser", "tf.image", "tf.losses", "tf.metrics",
	"tf.linalg", "tf.signal", "tf.spectral", "tf.math", "tf.fused", "tf.sparse", "tf.string",
	"tf.util", "tf.serialization", "tf.webgl", "tf.device_util", "tf.tensor_util", "tf.test_util",
	"tf.backend_util", "tf.kernel_impls", "tf.broadcast_util", "tf.gather_util", "tf.scatter_util",
	"tf.slice_util", "tf.shared", "tf.gpgpu_util", "tf.webgl_util",
	"tf.Rank", "tf.Reduction", "tf.version",
}

// resultClasses names the class of a result where the Kind alone does not
// (see ResultClass).
var resultClasses = map[string]string{
	"tf.sequential":             "Sequential",
	"tf.loadGraphModel":         "GraphModel",
	"tf.loadGraphModelSync":     "GraphModel",
	"tf.train.sgd":              "SGDOptimizer",
	"tf.train.momentum":         "MomentumOptimizer",
	"tf.train.rmsprop":          "RMSPropOptimizer",
	"tf.train.adam":             "AdamOptimizer",
	"tf.train.adadelta":         "AdadeltaOptimizer",
	"tf.train.adamax":           "AdamaxOptimizer",
	"tf.train.adagrad":          "AdagradOptimizer",
	"tf.layers.rnn":             "RNN",
	"tf.layers.simpleRNN":       "RNN",
	"tf.layers.lstm":            "RNN",
	"tf.layers.gru":             "RNN",
	"tf.layers.convLstm2d":      "RNN",
	"tf.layers.simpleRNNCell":   "RNNCell",
	"tf.layers.lstmCell":        "RNNCell",
	"tf.layers.gruCell":         "RNNCell",
	"tf.layers.convLstm2dCell":  "RNNCell",
	"tf.layers.stackedRNNCells": "RNNCell",
	"tf.data.csv":               "CSVDataset",
	"tf.data.webcam":            "WebcamIterator",
	"tf.data.microphone":        "MicrophoneIterator",
	"tf.buffer":                 "TensorBuffer",
	"Tensor.buffer":             "TensorBuffer",
	"Tensor.bufferSync":         "TensorBuffer",
	"Layer.addWeight":           "LayerVariable",
}

// kindClasses is the class ResultClass gives by default to each kind.
var kindClasses = map[Kind]string{
	KindTensor:    "Tensor",
	KindVariable:  "Variable",
	KindSymbolic:  "SymbolicTensor",
	KindModel:     "LayersModel",
	KindLayer:     "Layer",
	KindOptimizer: "Optimizer",
	KindDataset:   "Dataset",
	KindIterator:  "Iterator",
}

// classKinds is the kind of the instances of a class and its subclasses.
var classKinds = map[string]Kind{
	"Tensor":         KindTensor,
	"Variable":       KindVariable,
	"SymbolicTensor": KindSymbolic,
	"Layer":          KindLayer,
	"LayersModel":    KindModel,
	"GraphModel":     KindModel,
	"Optimizer":      KindOptimizer,
	"Dataset":        KindDataset,
	"Iterator":       KindIterator,
}

var apiIndex = sync.OnceValue(func() map[string]API {
	m := make(map[string]API)
	for _, g := range apiGroups {
		for _, a := range g {
			m[a.Name] = a
		}
	}
	return m
})

var apiSorted = sync.OnceValue(func() []API {
	var all []API
	for _, g := range apiGroups {
		all = append(all, g...)
	}
	slices.SortFunc(all, func(a, b API) int { return strings.Compare(a.Name, b.Name) })
	return all
})

// legacyNames are tfjs 0.x names that pages loading an old tfjs from a CDN
// still use, with the API that replaced them (same semantics).
var legacyNames = map[string]string{
	"tf.fromPixels":      "tf.browser.fromPixels",
	"tf.toPixels":        "tf.browser.toPixels",
	"tf.loadModel":       "tf.loadLayersModel",
	"tf.loadFrozenModel": "tf.loadGraphModel",
	"tf.scope":           "tf.tidy",
}

// Lookup returns the API with the given canonical name ("tf.add",
// "tf.layers.dense", "Tensor.reshape"). A "Class.method" name of a class that
// inherits the method resolves as Method does ("Sequential.fit" is
// "LayersModel.fit").
func Lookup(name string) (API, bool) {
	if a, ok := apiIndex()[name]; ok {
		return a, true
	}
	if modern, ok := legacyNames[name]; ok {
		return Lookup(modern)
	}
	if class, method, ok := strings.Cut(name, "."); ok && IsClass(class) {
		return Method(class, method)
	}
	return API{}, false
}

// Method returns the method of class, searching its superclasses:
// Sequential inherits LayersModel (which inherits Layer), Variable inherits
// Tensor, every optimizer class inherits Optimizer, CSVDataset inherits
// Dataset. The API's Name and Class are those of the defining class.
func Method(class, method string) (API, bool) {
	idx := apiIndex()
	for c := class; c != ""; c = classParents[c] {
		if a, ok := idx[c+"."+method]; ok {
			return a, true
		}
	}
	return API{}, false
}

// IsClass reports whether name is a class the table knows methods for
// ("Tensor", "Sequential", "AdamOptimizer", "Iterator", ...).
func IsClass(name string) bool {
	_, ok := classParents[name]
	return ok
}

// SuperClass returns the superclass of class in the table's hierarchy, or "".
func SuperClass(class string) string { return classParents[class] }

// ResultClass returns the class of what the API returns (what the promise
// resolves to, if Async), for use with Method: "Sequential" for tf.sequential,
// "AdamOptimizer" for tf.train.adam, the constructed class for a constructor,
// "Tensor" for tensor ops. It is "" when the result has no methods in the
// table (KindOther, lists and maps, functions, callbacks, initializers).
func ResultClass(name string) string {
	a, ok := Lookup(name)
	if !ok {
		return ""
	}
	if c, ok := resultClasses[a.Name]; ok {
		return c
	}
	if isConstructorAPI(a) {
		return a.Class
	}
	return kindClasses[a.Result]
}

// ClassKind returns the kind of an instance of class: KindModel for
// "Sequential" and "GraphModel", KindOptimizer for "AdamOptimizer",
// KindLayer for "RNN", ...; KindOther for classes of no tracked kind
// ("TensorBuffer") and unknown names.
func ClassKind(class string) Kind {
	for c := class; c != ""; c = classParents[c] {
		if k, ok := classKinds[c]; ok {
			return k
		}
	}
	return KindOther
}

// isConstructorAPI reports whether a is a class used with `new`: its last name
// segment is the class name ("tf.SGDOptimizer", "tf.layers.Layer").
func isConstructorAPI(a API) bool {
	return strings.HasPrefix(a.Name, "tf.") && a.Class != "" && strings.HasSuffix(a.Name, "."+a.Class)
}

// Namespaces returns the namespaces of the tfjs module: "tf", "tf.layers",
// "tf.train", ... in a stable order.
func Namespaces() []string { return slices.Clone(tfNamespaces) }

// IsNamespace reports whether name is a tfjs namespace ("tf", "tf.layers").
func IsNamespace(name string) bool { return slices.Contains(tfNamespaces, name) }

// All returns every API of the table, sorted by name.
func All() []API { return slices.Clone(apiSorted()) }
