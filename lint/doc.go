// Package lint is tfjslint's library entry point, used by the CLI and the
// language server: it discovers files, runs the analyzers over one synthetic
// package per file on a worker pool that drives them as go/analysis' checker
// would (pool.go), and filters the diagnostics
// through the configuration and the tfjslint-disable directives into sorted
// Findings.
package lint
