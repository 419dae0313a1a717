// Package manualexport defines an Analyzer that reports model weights
// serialized by hand (rule manual-weight-export, tip 9).
//
// It follows the values read back from a layers model's or layer's weights
// (getWeights(), .weights, .trainableWeights, and their elements and .val,
// read with dataSync, arraySync, data or array) through the variables,
// arrays and objects they are stored in, and reports the call that writes
// them out: localStorage/sessionStorage.setItem, new Blob, fs.writeFile,
// saveAs, a fetch or XMLHttpRequest body, or a JSON.stringify that a
// function returns. Such an export keeps the numbers but loses the
// topology, the weight names and shapes and the dtypes, and localStorage
// caps it at ~5 MB; model.save('downloads://…'), 'indexeddb://…' or
// tf.io.http keep them together and tf.loadLayersModel reads them back.
//
// Weights of a class the file writes itself (its own getWeights) are not
// a layers model's and have no model.save: not flagged. Display (console,
// the DOM) and copies between models (setWeights) are not exports. Info:
// a hand-written format may be deliberate (a server that averages
// federated updates).
package manualexport
