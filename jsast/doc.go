// Package jsast is tfjslint's JavaScript front end: it turns the bytes of a
// JavaScript, TypeScript, JSX or HTML file into positioned sobek ASTs,
// comments and a scope resolution, and offers a walker with a parent stack.
// It knows nothing about TensorFlow.js.
//
// Positions: every script of a JS or HTML file is parsed from a copy of the
// file in which everything before the script is blanked (newlines kept), so
// a sobek file.Idx is the script's byte offset in the original file plus
// one. TypeScript, TSX and JSX (and JavaScript sobek cannot parse as written)
// are parsed from esbuild's output; posMap maps its offsets back through the
// source map. Either way File.Pos, Offset, Span, Start, End and Text give
// original positions and text, and nothing above jsast computes positions
// from sobek indexes itself. Exact and ExactRange tell where the original
// text is the parsed text, which edits need.
package jsast
