package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/pflag"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/report"
)

// runGraph prints the module graph of the files a lint run would read:
// every import, require, import(), <script src> and worker load, with the
// file it resolves to.
func runGraph(args []string, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("tfjslint graph", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.StringP("format", "f", "text", "output format: text, json")
	config := fs.StringP("config", "c", "", "config file (default: nearest .tfjslint.yaml upward)")
	var noIgnore bool
	boolFlag(fs, &noIgnore, "no-ignore", "", "also read generated, minified, binary and oversized files, and what .gitignore and the config's ignore globs leave out")
	fs.Usage = func() {
		fmt.Fprintf(stdout, "Usage: tfjslint graph [flags] [path ...]\n\nPrints what each file imports, requires or loads with <script src>, and the file it resolves to.\n\nFlags:\n%s", fs.FlagUsages())
	}
	if err := fs.Parse(args); err != nil {
		if err == pflag.ErrHelp {
			return exitOK
		}
		fmt.Fprintf(stderr, "tfjslint graph: %v\n", err)
		return exitUsage
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "tfjslint graph: unknown format %q: use text or json\n", *format)
		return exitUsage
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"."}
	}
	configs := lint.NewConfigs(*config, nil)
	found, err := lint.Discover(paths, lint.DiscoverOptions{ConfigFor: configs.For, NoIgnore: noIgnore})
	if err == nil {
		err = configs.Err()
	}
	if err != nil {
		fmt.Fprintf(stderr, "tfjslint graph: %v\n", err)
		return exitUsage
	}
	noteSkipped(stderr, &lint.Result{Files: found.Files, Skipped: found.Skipped}, found.Ignored, paths, report.NoteOptions{})
	g := lint.BuildGraph(found.Files, graphRoot(paths[0]), nil)
	if *format == "json" {
		type edge struct {
			From string `json:"from"`
			Line int    `json:"line"`
			Kind string `json:"kind"`
			Spec string `json:"specifier"`
			To   string `json:"to,omitempty"`
			Ext  bool   `json:"external,omitempty"`
		}
		out := struct {
			Files []string `json:"files"`
			Edges []edge   `json:"edges"`
		}{Files: g.Files, Edges: []edge{}}
		for _, e := range g.Edges {
			out.Edges = append(out.Edges, edge{e.From, e.Line, string(e.Kind), e.Spec, e.To, e.External})
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.Encode(out)
		return exitOK
	}
	for _, e := range g.Edges {
		to := e.To
		switch {
		case e.External:
			to = "(external)"
		case to == "":
			to = "(not found)"
		}
		fmt.Fprintf(stdout, "%s:%d\t%s\t%s -> %s\n", e.From, e.Line, e.Kind, e.Spec, to)
	}
	return exitOK
}

// graphRoot is where root-relative specifiers (/js/app.js) start: the
// directory named, or the directory of the file named.
func graphRoot(path string) string {
	if st, err := os.Stat(path); err == nil && !st.IsDir() {
		return filepath.Dir(path)
	}
	return path
}
