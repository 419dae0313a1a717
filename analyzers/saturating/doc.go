// Package saturating defines an Analyzer that reports the sigmoid (or
// hardSigmoid) activations on hidden dense or convolution layers of a model
// with four or more weighted layers and at least two such hidden layers
// (rule saturating-activation, tip 4).
// The derivative of a sigmoid is at most 1/4, so each such layer shrinks the
// gradient reaching the layers before it; relu (or elu, leakyReLU) does not.
//
// Models come from modeldesc: exact tf.sequential stacks and functional
// graphs. The output layer is never reported (a sigmoid output is what
// binaryCrossentropy wants), nor recurrent layers' own activations, nor a
// functional layer whose output gates another through tf.layers.multiply
// (a squeeze-excitation or attention gate is a sigmoid by design). tanh and
// softsign are not reported: on tfjs 4.22 a 5- and 10-layer tanh stack
// trains as well as relu (see the rule's docs). The rule is info.
package saturating
