package tfapi

import (
	"slices"
	"strings"
	"testing"
)

func TestKindString(t *testing.T) {
	seen := map[string]Kind{}
	for k := KindOther; k <= KindConstraint; k++ {
		s := k.String()
		if s == "" || strings.HasPrefix(s, "Kind(") {
			t.Errorf("Kind %d has no name", k)
		}
		if prev, dup := seen[s]; dup {
			t.Errorf("Kind %d and %d are both %q", prev, k, s)
		}
		seen[s] = k
	}
	if got := Kind(200).String(); got != "Kind(200)" {
		t.Errorf("Kind(200).String() = %q", got)
	}
}

func TestIsTensorish(t *testing.T) {
	want := map[Kind]bool{KindTensor: true, KindVariable: true, KindTensorList: true, KindTensorMap: true}
	for k := KindOther; k <= KindConstraint; k++ {
		if got := k.IsTensorish(); got != want[k] {
			t.Errorf("%v.IsTensorish() = %v, want %v", k, got, want[k])
		}
	}
}

func TestNoDuplicates(t *testing.T) {
	seen := map[string]bool{}
	for _, g := range apiGroups {
		for _, a := range g {
			if seen[a.Name] {
				t.Errorf("%s is listed twice", a.Name)
			}
			seen[a.Name] = true
		}
	}
	if len(All()) != len(seen) {
		t.Errorf("All() has %d APIs, the groups %d", len(All()), len(seen))
	}
}

func TestAllSorted(t *testing.T) {
	all := All()
	if !slices.IsSortedFunc(all, func(a, b API) int { return strings.Compare(a.Name, b.Name) }) {
		t.Error("All() is not sorted by name")
	}
	all[0].Name = "mutated"
	if All()[0].Name == "mutated" {
		t.Error("All() returns the table itself, not a copy")
	}
}

// Every name is "<namespace>.<member>" or "<Class>.<method>", and Class says which.
func TestNamesAreQualified(t *testing.T) {
	for _, a := range All() {
		prefix, member, ok := cutLast(a.Name)
		if !ok || member == "" {
			t.Errorf("%s: not a qualified name", a.Name)
			continue
		}
		switch {
		case IsNamespace(prefix):
			if a.Class != "" && a.Class != member {
				t.Errorf("%s: constructor of class %q; want Class %q", a.Name, a.Class, member)
			}
			if isUpper(member) && a.Class == "" && !strings.HasPrefix(a.Note, "alias of") {
				t.Errorf("%s: a class without Class", a.Name)
			}
		case IsClass(prefix):
			if a.Class != prefix {
				t.Errorf("%s: method with Class %q, want %q", a.Name, a.Class, prefix)
			}
		default:
			t.Errorf("%s: %q is neither a namespace nor a class", a.Name, prefix)
		}
	}
}

func TestNamespaces(t *testing.T) {
	ns := Namespaces()
	seen := map[string]bool{}
	for _, n := range ns {
		if n != "tf" && !strings.HasPrefix(n, "tf.") {
			t.Errorf("namespace %q is not under tf", n)
		}
		if seen[n] {
			t.Errorf("namespace %q listed twice", n)
		}
		seen[n] = true
		if !IsNamespace(n) {
			t.Errorf("IsNamespace(%q) = false", n)
		}
	}
	for _, n := range []string{"tf", "tf.layers", "tf.train", "tf.data", "tf.browser", "tf.image", "tf.losses",
		"tf.metrics", "tf.io", "tf.initializers", "tf.regularizers", "tf.constraints", "tf.callbacks", "tf.util",
		"tf.linalg", "tf.signal", "tf.spectral", "tf.math", "tf.backend_util"} {
		if !seen[n] {
			t.Errorf("namespace %q missing", n)
		}
	}
	for _, n := range []string{"", "tf.add", "tf.layers.dense", "tf.env", "tf.nn", "tf.ENV", "Tensor"} {
		if IsNamespace(n) {
			t.Errorf("IsNamespace(%q) = true", n)
		}
	}
	ns[0] = "mutated"
	if Namespaces()[0] == "mutated" {
		t.Error("Namespaces() returns the table itself, not a copy")
	}
	// Every user-facing namespace has members in the table.
	used := map[string]bool{}
	for _, a := range All() {
		if p, _, _ := cutLast(a.Name); IsNamespace(p) {
			used[p] = true
		}
	}
	internal := []string{"tf.backend_util", "tf.kernel_impls", "tf.broadcast_util", "tf.gather_util",
		"tf.scatter_util", "tf.slice_util", "tf.shared", "tf.gpgpu_util", "tf.webgl_util", "tf.Rank",
		"tf.Reduction", "tf.version"}
	for _, n := range ns[1:] {
		if !used[n] && !slices.Contains(internal, n) {
			t.Errorf("namespace %s has no API in the table", n)
		}
	}
}

func TestLookup(t *testing.T) {
	for _, name := range []string{"tf.add", "tf.layers.dense", "tf.train.sgd", "tf.data.array", "Tensor.add",
		"LayersModel.fit", "Optimizer.minimize", "Dataset.batch", "tf.SGDOptimizer", "tf.browser.fromPixels"} {
		a, ok := Lookup(name)
		if !ok || a.Name != name {
			t.Errorf("Lookup(%q) = %q, %v", name, a.Name, ok)
		}
	}
	for _, name := range []string{"", "tf", "add", "tf.nonexistent", "tf.layers.nonexistent", "Tensor.shape",
		"Tensor.dtype", "Tensor.size", "Nope.add", "tf.Tensor.add", "Dataset.unbatch", "Dataset.toArrayForTest"} {
		if a, ok := Lookup(name); ok {
			t.Errorf("Lookup(%q) = %q, want none", name, a.Name)
		}
	}
	// Inherited methods resolve through Lookup too.
	if a, ok := Lookup("Sequential.fit"); !ok || a.Name != "LayersModel.fit" {
		t.Errorf("Lookup(Sequential.fit) = %q, %v", a.Name, ok)
	}
}

func TestMethodInheritance(t *testing.T) {
	tests := []struct{ class, method, want string }{
		{"Tensor", "reshape", "Tensor.reshape"},
		{"Variable", "reshape", "Tensor.reshape"},
		{"Variable", "assign", "Variable.assign"},
		{"Variable", "dispose", "Variable.dispose"},
		{"Sequential", "fit", "LayersModel.fit"},
		{"Sequential", "add", "Sequential.add"},
		{"Sequential", "getLayer", "LayersModel.getLayer"},
		{"LayersModel", "getOutputAt", "Layer.getOutputAt"},
		{"RNN", "getWeights", "Layer.getWeights"},
		{"AdamOptimizer", "minimize", "Optimizer.minimize"},
		{"SGDOptimizer", "applyGradients", "Optimizer.applyGradients"},
		{"MomentumOptimizer", "setLearningRate", "SGDOptimizer.setLearningRate"},
		{"RMSPropOptimizer", "computeGradients", "Optimizer.computeGradients"},
		{"AdadeltaOptimizer", "dispose", "Optimizer.dispose"},
		{"AdagradOptimizer", "getWeights", "Optimizer.getWeights"},
		{"AdamaxOptimizer", "setWeights", "Optimizer.setWeights"},
		{"CSVDataset", "batch", "Dataset.batch"},
		{"WebcamIterator", "next", "Iterator.next"},
		{"WebcamIterator", "capture", "WebcamIterator.capture"},
	}
	for _, tt := range tests {
		a, ok := Method(tt.class, tt.method)
		if !ok || a.Name != tt.want {
			t.Errorf("Method(%q, %q) = %q, %v; want %q", tt.class, tt.method, a.Name, ok, tt.want)
		}
	}
	for _, tt := range []struct{ class, method string }{
		{"Tensor", "assign"}, {"LayersModel", "add"}, {"Tensor", "fit"}, {"Optimizer", "setLearningRate"},
		{"AdamOptimizer", "setLearningRate"}, {"GraphModel", "fit"}, {"Nope", "add"}, {"Tensor", "shape"},
	} {
		if a, ok := Method(tt.class, tt.method); ok {
			t.Errorf("Method(%q, %q) = %q, want none", tt.class, tt.method, a.Name)
		}
	}
	for c, p := range classParents {
		if p != "" && !IsClass(p) {
			t.Errorf("class %s extends unknown %s", c, p)
		}
		if SuperClass(c) != p {
			t.Errorf("SuperClass(%s) = %q", c, SuperClass(c))
		}
	}
}

func TestSpotChecks(t *testing.T) {
	tests := []API{
		{Name: "tf.split", Result: KindTensorList},
		{Name: "tf.unstack", Result: KindTensorList},
		{Name: "tf.meshgrid", Result: KindTensorList},
		{Name: "tf.topk", Result: KindTensorMap},
		{Name: "tf.moments", Result: KindTensorMap},
		{Name: "tf.variableGrads", Result: KindTensorMap, Tidy: true},
		{Name: "tf.tidy", Result: KindOther, Tidy: true},
		{Name: "tf.keep", Result: KindTensor},
		{Name: "tf.grad", Result: KindFunction, Tidy: true},
		{Name: "tf.grads", Result: KindFunction, Tidy: true},
		{Name: "tf.valueAndGrad", Result: KindFunction, Tidy: true},
		{Name: "tf.valueAndGrads", Result: KindFunction, Tidy: true},
		{Name: "tf.customGrad", Result: KindFunction},
		{Name: "tf.input", Result: KindSymbolic},
		{Name: "tf.layers.input", Result: KindSymbolic},
		{Name: "tf.variable", Result: KindVariable},
		{Name: "tf.tensor2d", Result: KindTensor},
		{Name: "tf.oneHot", Result: KindTensor},
		{Name: "tf.whereAsync", Result: KindTensor, Async: true},
		{Name: "tf.sequential", Result: KindModel},
		{Name: "tf.model", Result: KindModel},
		{Name: "tf.loadLayersModel", Result: KindModel, Async: true},
		{Name: "tf.loadGraphModel", Result: KindModel, Async: true},
		{Name: "tf.setBackend", Result: KindOther, Async: true},
		{Name: "tf.ready", Result: KindOther, Async: true},
		{Name: "tf.nextFrame", Result: KindOther, Async: true},
		{Name: "tf.browser.fromPixels", Result: KindTensor},
		{Name: "tf.browser.fromPixelsAsync", Result: KindTensor, Async: true},
		{Name: "tf.browser.toPixels", Result: KindOther, Async: true},
		{Name: "tf.image.resizeBilinear", Result: KindTensor},
		{Name: "tf.image.cropAndResize", Result: KindTensor},
		{Name: "tf.image.nonMaxSuppressionPadded", Result: KindTensorMap},
		{Name: "tf.losses.softmaxCrossEntropy", Result: KindTensor},
		{Name: "tf.metrics.categoricalAccuracy", Result: KindTensor},
		{Name: "tf.linalg.qr", Result: KindTensorList},
		{Name: "tf.train.sgd", Result: KindOptimizer},
		{Name: "tf.train.adam", Result: KindOptimizer},
		{Name: "tf.SGDOptimizer", Result: KindOptimizer, Class: "SGDOptimizer"},
		{Name: "tf.RMSPropOptimizer", Result: KindOptimizer, Class: "RMSPropOptimizer"},
		{Name: "tf.layers.dense", Result: KindLayer},
		{Name: "tf.layers.conv2d", Result: KindLayer},
		{Name: "tf.layers.cropping2D", Result: KindLayer},
		{Name: "tf.callbacks.earlyStopping", Result: KindCallback},
		{Name: "tf.initializers.heNormal", Result: KindInitializer},
		{Name: "tf.regularizers.l2", Result: KindRegularizer},
		{Name: "tf.constraints.maxNorm", Result: KindConstraint},
		{Name: "tf.data.array", Result: KindDataset},
		{Name: "tf.data.csv", Result: KindDataset},
		{Name: "tf.data.webcam", Result: KindIterator, Async: true},
		{Name: "tf.io.browserDownloads"}, // not in tfjs 4.22.0: model.save('downloads://…') instead
		{Name: "Tensor.data", Result: KindOther, Async: true, Class: "Tensor"},
		{Name: "Tensor.dataSync", Result: KindOther, Class: "Tensor"},
		{Name: "Tensor.array", Result: KindOther, Async: true, Class: "Tensor"},
		{Name: "Tensor.arraySync", Result: KindOther, Class: "Tensor"},
		{Name: "Tensor.buffer", Result: KindOther, Async: true, Class: "Tensor"},
		{Name: "Tensor.bufferSync", Result: KindOther, Class: "Tensor"},
		{Name: "Tensor.dispose", Result: KindOther, Class: "Tensor"},
		{Name: "Tensor.print", Result: KindOther, Class: "Tensor"},
		{Name: "Tensor.toFloat", Result: KindTensor, Class: "Tensor"},
		{Name: "Tensor.expandDims", Result: KindTensor, Class: "Tensor"},
		{Name: "Tensor.as4D", Result: KindTensor, Class: "Tensor"},
		{Name: "Tensor.split", Result: KindTensorList, Class: "Tensor"},
		{Name: "Variable.assign", Result: KindOther, Class: "Variable"},
		{Name: "LayersModel.fit", Result: KindOther, Async: true, Class: "LayersModel", Train: true},
		{Name: "LayersModel.fitDataset", Result: KindOther, Async: true, Class: "LayersModel", Train: true},
		{Name: "LayersModel.trainOnBatch", Result: KindOther, Async: true, Class: "LayersModel", Train: true},
		{Name: "LayersModel.predict", Result: KindTensor, Class: "LayersModel"},
		{Name: "LayersModel.evaluate", Result: KindTensor, Class: "LayersModel"},
		{Name: "LayersModel.evaluateDataset", Result: KindTensor, Async: true, Class: "LayersModel"},
		{Name: "LayersModel.save", Result: KindOther, Async: true, Class: "LayersModel"},
		{Name: "LayersModel.getWeights", Result: KindTensorList, Class: "LayersModel"},
		{Name: "LayersModel.getLayer", Result: KindLayer, Class: "LayersModel"},
		{Name: "GraphModel.executeAsync", Result: KindTensor, Async: true, Class: "GraphModel"},
		{Name: "Optimizer.minimize", Result: KindTensor, Class: "Optimizer", Train: true, Tidy: true},
		{Name: "Optimizer.computeGradients", Result: KindTensorMap, Class: "Optimizer", Tidy: true},
		{Name: "Optimizer.applyGradients", Result: KindOther, Class: "Optimizer", Train: true},
		{Name: "Dataset.shuffle", Result: KindDataset, Class: "Dataset"},
		{Name: "Dataset.map", Result: KindDataset, Class: "Dataset", Tidy: true},
		{Name: "Dataset.forEachAsync", Result: KindOther, Async: true, Class: "Dataset"},
		{Name: "Dataset.toArray", Result: KindOther, Async: true, Class: "Dataset"},
		{Name: "Dataset.iterator", Result: KindIterator, Async: true, Class: "Dataset"},
		{Name: "Iterator.next", Result: KindOther, Async: true, Class: "Iterator"},
	}
	for _, want := range tests {
		got, ok := Lookup(want.Name)
		if want == (API{Name: want.Name}) {
			if ok {
				t.Errorf("Lookup(%q) found %+v; it is not a tfjs 4.22.0 API", want.Name, got)
			}
			continue
		}
		if !ok {
			t.Errorf("Lookup(%q): missing", want.Name)
			continue
		}
		got.Note = ""
		if got != want {
			t.Errorf("Lookup(%q) = %+v, want %+v", want.Name, got, want)
		}
	}
}

// Only the calls that run an optimizer step train; only the calls that take a
// function run it in a tidy scope.
func TestTrainAndTidy(t *testing.T) {
	var train, tidy []string
	for _, a := range All() {
		if a.Train {
			train = append(train, a.Name)
		}
		if a.Tidy {
			tidy = append(tidy, a.Name)
		}
	}
	wantTrain := []string{"LayersModel.fit", "LayersModel.fitDataset", "LayersModel.trainOnBatch",
		"Optimizer.applyGradients", "Optimizer.minimize"}
	if !slices.Equal(train, wantTrain) {
		t.Errorf("Train APIs = %v, want %v", train, wantTrain)
	}
	wantTidy := []string{"Dataset.filter", "Dataset.map", "Optimizer.computeGradients", "Optimizer.minimize",
		"tf.grad", "tf.grads", "tf.tidy", "tf.valueAndGrad", "tf.valueAndGrads", "tf.variableGrads"}
	if !slices.Equal(tidy, wantTidy) {
		t.Errorf("Tidy APIs = %v, want %v", tidy, wantTidy)
	}
}

func TestTensorProducingOpsAreMany(t *testing.T) {
	n := 0
	for _, a := range All() {
		if p, _, _ := cutLast(a.Name); p == "tf" && a.Class == "" && a.Result.IsTensorish() {
			n++
		}
	}
	if n < 150 {
		t.Errorf("%d tensor-producing top-level ops, want ≥ 150", n)
	}
	m := 0
	for _, a := range All() {
		if a.Class == "Tensor" && a.Result == KindTensor {
			m++
		}
	}
	if m < 120 {
		t.Errorf("%d Tensor methods returning a tensor, want ≥ 120", m)
	}
}

// Every chainable Tensor method mirrors a top-level op of the same name
// (with the tensor as first input), except the conversions that only exist
// as methods.
func TestTensorMethodsMirrorOps(t *testing.T) {
	methodOnly := []string{"as1D", "as2D", "as3D", "as4D", "as5D", "asScalar", "asType", "flatten", "reshapeAs",
		"toBool", "toFloat", "toInt", "variable", "resizeBilinear", "resizeNearestNeighbor"}
	for _, a := range All() {
		if a.Class != "Tensor" || !a.Result.IsTensorish() {
			continue
		}
		_, m, _ := cutLast(a.Name)
		if slices.Contains(methodOnly, m) {
			continue
		}
		op, ok := Lookup("tf." + m)
		if !ok {
			t.Errorf("%s: no tf.%s", a.Name, m)
			continue
		}
		if op.Result != a.Result {
			t.Errorf("%s returns %v but tf.%s returns %v", a.Name, a.Result, m, op.Result)
		}
	}
	for _, m := range []string{"resizeBilinear", "resizeNearestNeighbor"} {
		if _, ok := Lookup("tf.image." + m); !ok {
			t.Errorf("Tensor.%s: no tf.image.%s", m, m)
		}
	}
}

func TestResultClass(t *testing.T) {
	tests := map[string]string{
		"tf.sequential":      "Sequential",
		"tf.model":           "LayersModel",
		"tf.loadLayersModel": "LayersModel",
		"tf.loadGraphModel":  "GraphModel",
		"tf.train.adam":      "AdamOptimizer",
		"tf.SGDOptimizer":    "SGDOptimizer",
		"tf.layers.Layer":    "Layer",
		"tf.layers.dense":    "Layer",
		"tf.layers.lstm":     "RNN",
		"tf.data.array":      "Dataset",
		"tf.data.csv":        "CSVDataset",
		"tf.data.webcam":     "WebcamIterator",
		"Dataset.iterator":   "Iterator",
		"tf.add":             "Tensor",
		"tf.variable":        "Variable",
		"tf.input":           "SymbolicTensor",
		"tf.buffer":          "TensorBuffer",
		"Sequential.predict": "Tensor",
		"tf.split":           "",
		"tf.memory":          "",
		"tf.nonexistent":     "",
	}
	for name, want := range tests {
		if got := ResultClass(name); got != want {
			t.Errorf("ResultClass(%q) = %q, want %q", name, got, want)
		}
	}
	for name, c := range resultClasses {
		if _, ok := Lookup(name); !ok {
			t.Errorf("resultClasses: %s is not in the table", name)
		}
		if !IsClass(c) {
			t.Errorf("resultClasses: %s returns unknown class %s", name, c)
		}
	}
	for _, a := range All() {
		if c := ResultClass(a.Name); c != "" && !IsClass(c) && !isConstructorAPI(a) {
			t.Errorf("ResultClass(%s) = %s, not a class with methods", a.Name, c)
		}
	}
}

func cutLast(name string) (prefix, member string, ok bool) {
	i := strings.LastIndexByte(name, '.')
	if i < 0 {
		return "", "", false
	}
	return name[:i], name[i+1:], true
}

func isUpper(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

func TestClassKind(t *testing.T) {
	tests := map[string]Kind{
		"Tensor": KindTensor, "Variable": KindVariable, "SymbolicTensor": KindSymbolic,
		"Sequential": KindModel, "LayersModel": KindModel, "GraphModel": KindModel,
		"Layer": KindLayer, "RNN": KindLayer, "RNNCell": KindLayer,
		"MomentumOptimizer": KindOptimizer, "AdamOptimizer": KindOptimizer, "Optimizer": KindOptimizer,
		"CSVDataset": KindDataset, "WebcamIterator": KindIterator, "Iterator": KindIterator,
		"TensorBuffer": KindOther, "LayerVariable": KindOther, "History": KindOther, "": KindOther, "Nope": KindOther,
	}
	for c, want := range tests {
		if got := ClassKind(c); got != want {
			t.Errorf("ClassKind(%q) = %v, want %v", c, got, want)
		}
	}
	// A constructor builds an instance of its class; a result class names the
	// class of an instance of the result's kind.
	for _, a := range All() {
		if isConstructorAPI(a) && IsClass(a.Class) && ClassKind(a.Class) != a.Result {
			t.Errorf("%s constructs a %v, but ClassKind(%s) = %v", a.Name, a.Result, a.Class, ClassKind(a.Class))
		}
		if c := ResultClass(a.Name); IsClass(c) && ClassKind(c) != a.Result {
			t.Errorf("%s returns a %v of class %s, but ClassKind(%s) = %v", a.Name, a.Result, c, c, ClassKind(c))
		}
	}
}
