// Package badinit defines an Analyzer that reports kernel initializers that
// keep a model from training (rule bad-initializer, tip 7): a constant
// kernel (zeros, ones, constant) on a hidden layer, whose units then start
// equal, get equal gradients and stay equal (with zeros and relu they get
// none at all); and a normal initializer (randomNormal, truncatedNormal)
// with stddev ≥ 1 on a layer of a model with two or more weighted layers,
// whose activations then grow with every layer's fan-in.
//
// Layers come from modeldesc's exact models. The output layer (or a
// single-layer linear model) may start constant: its units are trained
// toward different targets, and a linear regression is convex, so zeros
// there are harmless. A Node or module file that neither trains nor exports
// its model (a CPPN drawing random patterns) is left alone: its weights are
// never trained, their scale is the picture. The rule is info.
package badinit
