// Command tfjslint finds the mistakes that make TensorFlow.js training code
// leak memory, train badly or ship too big. See README.md.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/tfjslint/tfjslint/rules"
)

// Exit codes, as ESLint's.
const (
	exitOK       = 0 // nothing at error severity, warnings within --max-warnings
	exitFindings = 1
	exitUsage    = 2 // usage, config or internal error
)

func main() {
	// A lint run is short and allocation-heavy (ASTs): trading memory for
	// fewer collections makes it markedly faster. GOGC in the environment wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run dispatches the verbs; anything else is a lint run.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "tfjslint: internal error: %v\nPlease report it with the input that caused it.\n", r)
			code = exitUsage
		}
	}()
	if len(args) > 0 {
		switch args[0] {
		case "rules":
			return runRules(args[1:], stdout, stderr)
		case "explain":
			return runExplain(args[1:], stdout, stderr)
		case "version":
			return runVersion(stdout)
		case "sim":
			return runSim(args[1:], stdout, stderr)
		case "graph":
			return runGraph(args[1:], stdout, stderr)
		case "lsp":
			return runLSP(args[1:], stdin, stdout, stderr)
		case "help":
			if len(args) > 1 && args[1] != "help" { // tfjslint help sim
				return run([]string{args[1], "--help"}, stdin, stdout, stderr)
			}
			return runLint([]string{"--help"}, stdin, stdout, stderr)
		}
		if verb, ok := mistypedVerb(args[0]); ok {
			fmt.Fprintf(stderr, "tfjslint: unknown command %q; did you mean %q? (as a path: no such file or directory)\n", args[0], verb)
			return exitUsage
		}
	}
	return runLint(args, stdin, stdout, stderr)
}

var verbs = []string{"rules", "explain", "version", "sim", "graph", "lsp", "help"}

// mistypedVerb reports the verb arg was likely meant to be: a word that is
// not a path on disk, looks like no file name and is a typo or two away.
func mistypedVerb(arg string) (string, bool) {
	if arg == "" || strings.ContainsAny(arg, "-./\\") {
		return "", false
	}
	if _, err := os.Lstat(arg); err == nil {
		return "", false
	}
	verb, d := rules.Nearest(arg, verbs)
	return verb, d <= 1 || d == 2 && len(arg) >= 5
}
