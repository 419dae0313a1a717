package tfapi

import "strconv"

// Kind is the static type tfapi gives to a value produced by a tfjs call.
// It is deliberately coarse: what the memory rules and the headline checks
// need to know, not a full type system.
type Kind uint8

const (
	KindOther       Kind = iota // numbers, strings, void, History, objects we don't track
	KindTensor                  // a tf.Tensor (incl. Variable)
	KindVariable                // tf.variable(...): also a tensor, but persistent/trainable
	KindTensorList              // Tensor[] (tf.split, tf.unstack, tf.meshgrid, ...)
	KindTensorMap               // an object of tensors: {value, grads} of tf.variableGrads, NamedTensorMap, ...
	KindSymbolic                // SymbolicTensor (tf.input, layer.apply on a symbolic input)
	KindModel                   // LayersModel / Sequential / GraphModel
	KindLayer                   // a tf.layers.* layer
	KindOptimizer               // tf.train.* and the optimizer classes
	KindDataset                 // tf.data.Dataset
	KindIterator                // tf.data iterators (Dataset.iterator, tf.data.webcam, tf.data.microphone)
	KindFunction                // a function: tf.grad(f), tf.grads(f), tf.valueAndGrad(f), tf.customGrad(f)
	KindCallback                // tf.callbacks.earlyStopping(...) etc.
	KindInitializer             // tf.initializers.*
	KindRegularizer             // tf.regularizers.*
	KindConstraint              // tf.constraints.*
)

var kindNames = [...]string{
	KindOther:       "Other",
	KindTensor:      "Tensor",
	KindVariable:    "Variable",
	KindTensorList:  "TensorList",
	KindTensorMap:   "TensorMap",
	KindSymbolic:    "Symbolic",
	KindModel:       "Model",
	KindLayer:       "Layer",
	KindOptimizer:   "Optimizer",
	KindDataset:     "Dataset",
	KindIterator:    "Iterator",
	KindFunction:    "Function",
	KindCallback:    "Callback",
	KindInitializer: "Initializer",
	KindRegularizer: "Regularizer",
	KindConstraint:  "Constraint",
}

// String returns the name of the kind without its "Kind" prefix ("Tensor", "TensorList", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// IsTensorish reports whether values of kind k hold tensors that someone must
// release: Tensor, Variable, TensorList and TensorMap.
func (k Kind) IsTensorish() bool {
	switch k {
	case KindTensor, KindVariable, KindTensorList, KindTensorMap:
		return true
	}
	return false
}
