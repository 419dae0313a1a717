// Package resize defines an Analyzer that reports tensor resizes of full-size
// camera frames and images (rule resize-full-tensor, tip 14).
//
// It flags tf.image.resizeBilinear, tf.image.resizeNearestNeighbor,
// tf.image.cropAndResize and the Tensor methods resizeBilinear and
// resizeNearestNeighbor when the image they resize comes from
// tf.browser.fromPixels, an awaited tf.browser.fromPixelsAsync or an awaited
// capture() of a tf.data.webcam iterator. The value is followed through
// variables (the assignment that reaches the call on a straight-line path, or
// every assignment when all of them are such frames), this.x properties of a
// class, ops that keep the frame's size (toFloat, cast, expandDims, squeeze,
// reshape, div, mul, sub, add, reverse, …; not slice, which crops), tf.tidy
// callbacks, local functions that return a frame, and the parameters of local
// functions whose every caller passes one.
//
// fromPixels of a canvas is a full frame only when every drawImage into
// that canvas's 2d context in the file draws the source at its own size
// (drawImage(video, 0, 0), or a size written with videoWidth/naturalWidth).
// A canvas drawn at an explicit size (ctx.drawImage(video, 0, 0, 224, 224))
// is the remedy the rule asks for, and one the file never draws into (a
// drawing pad, a library's webcam canvas) has a size the file does not show.
// A tf.data.webcam iterator configured with resizeWidth/resizeHeight already
// captures at the target size.
package resize
