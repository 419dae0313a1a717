package tfapi

// Classes exported by @tensorflow/tfjs 4.22.0, as used with `new` (or as the
// base of `class X extends tf.layers.Layer`). Name is the exported path, Class
// the class constructed; Result is the kind of the constructed object.
var tfClasses = []API{
	// Tensors.
	{Name: "tf.Tensor", Result: KindTensor, Class: "Tensor", Note: "internal constructor: create tensors with tf.tensor"},
	{Name: "tf.Variable", Result: KindVariable, Class: "Variable", Note: "internal constructor: create variables with tf.variable"},
	{Name: "tf.TensorBuffer", Result: KindOther, Class: "TensorBuffer"},
	{Name: "tf.SymbolicTensor", Result: KindSymbolic, Class: "SymbolicTensor"},
	{Name: "tf.LayerVariable", Result: KindOther, Class: "LayerVariable"},

	// Models and layers.
	{Name: "tf.LayersModel", Result: KindModel, Class: "LayersModel"},
	{Name: "tf.Sequential", Result: KindModel, Class: "Sequential"},
	{Name: "tf.GraphModel", Result: KindModel, Class: "GraphModel", Note: "call load() before use; tf.loadGraphModel does both"},
	{Name: "tf.RNN", Result: KindLayer, Class: "RNN"},
	{Name: "tf.InputSpec", Result: KindOther, Class: "InputSpec"},
	{Name: "tf.layers.Layer", Result: KindLayer, Class: "Layer", Note: "the base class of custom layers"},
	{Name: "tf.layers.RNN", Result: KindLayer, Class: "RNN"},
	{Name: "tf.layers.RNNCell", Result: KindLayer, Class: "RNNCell"},

	// Optimizers.
	{Name: "tf.Optimizer", Result: KindOptimizer, Class: "Optimizer", Note: "abstract base class"},
	{Name: "tf.SGDOptimizer", Result: KindOptimizer, Class: "SGDOptimizer"},
	{Name: "tf.MomentumOptimizer", Result: KindOptimizer, Class: "MomentumOptimizer"},
	{Name: "tf.AdamOptimizer", Result: KindOptimizer, Class: "AdamOptimizer"},
	{Name: "tf.AdamaxOptimizer", Result: KindOptimizer, Class: "AdamaxOptimizer"},
	{Name: "tf.AdagradOptimizer", Result: KindOptimizer, Class: "AdagradOptimizer"},
	{Name: "tf.AdadeltaOptimizer", Result: KindOptimizer, Class: "AdadeltaOptimizer"},
	{Name: "tf.RMSPropOptimizer", Result: KindOptimizer, Class: "RMSPropOptimizer"},
	{Name: "tf.OptimizerConstructors", Result: KindOther, Class: "OptimizerConstructors", Note: "the class behind tf.train; its static methods are tf.train.*"},

	// Callbacks.
	{Name: "tf.Callback", Result: KindCallback, Class: "Callback", Note: "abstract base class"},
	{Name: "tf.CustomCallback", Result: KindCallback, Class: "CustomCallback"},
	{Name: "tf.EarlyStopping", Result: KindCallback, Class: "EarlyStopping"},
	{Name: "tf.CallbackList", Result: KindOther, Class: "CallbackList"},
	{Name: "tf.History", Result: KindOther, Class: "History"},

	// Data.
	{Name: "tf.data.Dataset", Result: KindDataset, Class: "Dataset", Note: "abstract base class"},
	{Name: "tf.data.CSVDataset", Result: KindDataset, Class: "CSVDataset"},
	{Name: "tf.data.TextLineDataset", Result: KindDataset, Class: "TextLineDataset"},
	{Name: "tf.data.FileDataSource", Result: KindOther, Class: "FileDataSource"},
	{Name: "tf.data.URLDataSource", Result: KindOther, Class: "URLDataSource"},

	// Backends, environment, serialization.
	{Name: "tf.Environment", Result: KindOther, Class: "Environment"},
	{Name: "tf.KernelBackend", Result: KindOther, Class: "KernelBackend"},
	{Name: "tf.DataStorage", Result: KindOther, Class: "DataStorage"},
	{Name: "tf.MathBackendCPU", Result: KindOther, Class: "MathBackendCPU"},
	{Name: "tf.MathBackendWebGL", Result: KindOther, Class: "MathBackendWebGL"},
	{Name: "tf.GPGPUContext", Result: KindOther, Class: "GPGPUContext"},
	{Name: "tf.io.CompositeArrayBuffer", Result: KindOther, Class: "CompositeArrayBuffer"},
	{Name: "tf.serialization.Serializable", Result: KindOther, Class: "Serializable", Note: "abstract base class"},
	{Name: "tf.serialization.SerializationMap", Result: KindOther, Class: "SerializationMap"},
}
