// Package notsaved defines an Analyzer that reports a model trained on
// examples the user collects when nothing in the program saves it (rule
// model-not-saved, tip 9): the Teachable Machine pattern, where a person
// clicks to capture webcam frames or canvas drawings, then trains; a reload
// loses both the examples and the training.
//
// A file is reported once, at its first fit, fitDataset or trainOnBatch of
// a layers model that runs after load (per click, per tick, or from code
// whose callers it does not show), when the file also keeps captures made
// after load outside its training functions: a fromPixels, webcam
// capture() or getImageData in a function that stores (push, concat,
// unshift, stack, an add… method), or handed to such a store through a
// variable, a local function that captures, or a tidy callback computing
// from one. The store must keep it where the training reads: its
// receiver's name (inputs in inputs.push, images in this.state.images.push)
// appears in the function that trains or in a local function it calls;
// concat and stack keep their result under any name. A webcam loop that
// pushes predictions to a history to draw is not a collection. A callback
// handed to a function named like a handler registration
// (setExampleHandler, onX, addListener) runs per event even when the file
// does not show the event.
//
// The program is the file's part of the module graph (a page and its
// scripts, modules and what they import): any model.save(…) with an
// argument, tf.io save handler (browserDownloads, withSaveHandler,
// browserIndexedDB, browserLocalStorage, browserHTTPRequest),
// tf.node.fileSystem, FileSaver's saveAs, or getWeights in a file that also
// writes values out (setItem, writeFile, Blob, JSON.stringify, fetch, send,
// postMessage, emit) keeps the rule silent for every file of that part.
//
// Training at load on data the page brings (MNIST sprites, CSVs, a few
// written-out points) is left alone: the page retrains the same model on
// every load, which is its lesson, not a loss. So is a module that exports
// and that no file of the run loads (a library, a component nothing
// imports): the code that uses it may save the model. The rule is info: on the
// real-code corpus most pages that match are copies of the transfer-learning
// codelab, where the in-session demo is the point.
package notsaved
