// Package jsast is tfjslint's JavaScript front end: it turns the bytes of a .js,
// .mjs, .cjs or .html file into positioned sobek ASTs, comments and a scope
// resolution, and offers a walker with a parent stack. It knows nothing about
// TensorFlow.js.
//
// Positions: every script is parsed from a copy of the file in which everything
// before the script is blanked (newlines kept), so a sobek file.Idx is the
// script's byte offset in the original file plus one, for JS and HTML alike.
package jsast
