package tfapi

// Training: optimizers, callbacks and the layer configuration objects.

var tfTrain = []API{
	{Name: "tf.train.sgd", Result: KindOptimizer},
	{Name: "tf.train.momentum", Result: KindOptimizer},
	{Name: "tf.train.rmsprop", Result: KindOptimizer},
	{Name: "tf.train.adam", Result: KindOptimizer},
	{Name: "tf.train.adadelta", Result: KindOptimizer},
	{Name: "tf.train.adamax", Result: KindOptimizer},
	{Name: "tf.train.adagrad", Result: KindOptimizer},
}

var tfCallbacks = []API{
	{Name: "tf.callbacks.earlyStopping", Result: KindCallback},
}

var tfInitializers = []API{
	{Name: "tf.initializers.constant", Result: KindInitializer},
	{Name: "tf.initializers.glorotNormal", Result: KindInitializer},
	{Name: "tf.initializers.glorotUniform", Result: KindInitializer},
	{Name: "tf.initializers.heNormal", Result: KindInitializer},
	{Name: "tf.initializers.heUniform", Result: KindInitializer},
	{Name: "tf.initializers.identity", Result: KindInitializer},
	{Name: "tf.initializers.leCunNormal", Result: KindInitializer},
	{Name: "tf.initializers.leCunUniform", Result: KindInitializer},
	{Name: "tf.initializers.ones", Result: KindInitializer},
	{Name: "tf.initializers.orthogonal", Result: KindInitializer},
	{Name: "tf.initializers.randomNormal", Result: KindInitializer},
	{Name: "tf.initializers.randomUniform", Result: KindInitializer},
	{Name: "tf.initializers.truncatedNormal", Result: KindInitializer},
	{Name: "tf.initializers.varianceScaling", Result: KindInitializer},
	{Name: "tf.initializers.zeros", Result: KindInitializer},
}

var tfRegularizers = []API{
	{Name: "tf.regularizers.l1", Result: KindRegularizer},
	{Name: "tf.regularizers.l1l2", Result: KindRegularizer},
	{Name: "tf.regularizers.l2", Result: KindRegularizer},
}

var tfConstraints = []API{
	{Name: "tf.constraints.maxNorm", Result: KindConstraint},
	{Name: "tf.constraints.minMaxNorm", Result: KindConstraint},
	{Name: "tf.constraints.nonNeg", Result: KindConstraint},
	{Name: "tf.constraints.unitNorm", Result: KindConstraint},
}
