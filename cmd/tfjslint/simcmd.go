package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/pflag"

	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/sim"
)

// runSim is `tfjslint sim FILE`: the dry-run report of one script.
func runSim(args []string, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("tfjslint sim", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	steps := fs.Int("steps", 0, "optimizer-step budget per training call site (default 50)")
	timeout := fs.String("timeout", "", "wall-clock safety net, e.g. 30s (default 30s); results never depend on it")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	plot := fs.String("plot", "", "also draw tensors and bytes per step into `FILE.svg`")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: tfjslint sim FILE [--steps N] [--timeout D] [--json] [--plot FILE.svg]\n\nDry-runs a training script and reports model sizes and memory per optimizer step.\n\nFlags:\n%s", fs.FlagUsages())
	}
	if err := fs.Parse(args); err != nil {
		if err == pflag.ErrHelp {
			return exitOK
		}
		fmt.Fprintf(stderr, "tfjslint sim: %v (see tfjslint sim --help)\n", err)
		return exitUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	file := fs.Arg(0)
	if _, ok := jsast.KindOf(file); !ok {
		fmt.Fprintf(stderr, "tfjslint sim: %s is not a JavaScript, TypeScript, JSX or HTML file (.js .mjs .cjs .ts .mts .cts .tsx .jsx .html)\n", file)
		return exitUsage
	}
	if st, err := os.Stat(file); err != nil || st.IsDir() {
		fmt.Fprintf(stderr, "tfjslint sim: cannot read %s: give the path of one training script\n", file)
		return exitUsage
	}
	if *steps < 0 {
		fmt.Fprintln(stderr, "tfjslint sim: --steps must be positive")
		return exitUsage
	}
	opts := sim.Options{Steps: *steps}
	if *timeout != "" {
		d, err := parseDuration(*timeout)
		if err != nil {
			fmt.Fprintf(stderr, "tfjslint sim: --timeout: %v\n", err)
			return exitUsage
		}
		opts.Timeout = d
	}
	if wd, err := os.Getwd(); err == nil {
		opts.Root = sim.ProjectRoot(file, wd)
	}
	rep := sim.Run(file, opts)
	if *plot != "" {
		f, err := os.Create(*plot)
		if err == nil {
			err = rep.WriteSVG(f)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "tfjslint sim: --plot: %v\n", err)
			return exitUsage
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintf(stderr, "tfjslint sim: %v\n", err)
			return exitUsage
		}
		return exitOK
	}
	if err := rep.WriteText(stdout); err != nil {
		fmt.Fprintf(stderr, "tfjslint sim: %v\n", err)
		return exitUsage
	}
	return exitOK
}
