// Package lint is tfjslint's library entry point, used by the CLI and the
// language server: it discovers files, runs the analyzers over one synthetic
// package per file with go/analysis' checker, and filters the diagnostics
// through the configuration and the tfjslint-disable directives into sorted
// Findings.
package lint
