// Package separableconv defines an Analyzer that reports a conv2d layer a
// separableConv2d would do with far fewer weights (rule
// prefer-separable-conv, tip 2): a conv2d that is not the model's first
// convolution, with a kernel of 3 or more, at least 16 input channels and
// at least 16,384 weights (64 KiB of float32: below that nothing worth
// saving).
// The first convolution is left alone: over 1 or 3 channels a separable
// convolution saves little and loses much.
//
// The model comes from modeldesc. Input channels are followed through a
// sequential stack: the declared input shape, then each convolution's
// filters, through the layers that keep the channel count (pooling,
// normalization, dropout, activations, padding). The message gives both
// parameter counts, so the trade is the user's to make; the rule is info.
package separableconv
