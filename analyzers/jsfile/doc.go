// Package jsfile defines the Analyzer that parses a JavaScript or HTML file
// with jsast and reports syntax-error findings. Every other analyzer gets the
// parsed file from its result.
package jsfile
