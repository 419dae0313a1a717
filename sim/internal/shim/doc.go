// Package shim is the simulator's Go-native `tf`: the TensorFlow.js 4.22.0
// API as sobek values backed by the engine package. Ops infer shapes and
// dtypes and allocate result tensors without computing values; layers and
// models compute output shapes and create their weights as tfjs does;
// fit, optimizers and gradients allocate and free exactly the tensors tfjs
// allocates and frees, so tf.memory() reads the same numbers as in real
// tfjs after every optimizer step.
//
// The shim talks to the simulator through Host: allocation sites, budgets,
// steps, notes about what is not simulated, and the async task group.
package shim
