// Package shape is the shape arithmetic of tfjs ops and layers:
// broadcasting, axes, reductions, convolutions and pooling, slicing and
// the like, with tfjs's error messages. Unknown dimensions (null in
// tfjs-layers shapes) are engine.Unknown.
package shape
