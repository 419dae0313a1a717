package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/pflag"

	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
	"github.com/tfjslint/tfjslint/sim"
)

// runSim is `tfjslint sim FILE`: the dry-run report of one script.
func runSim(args []string, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("tfjslint sim", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	steps := fs.Int("steps", 0, "optimizer-step budget per training call site (default 50)")
	timeout := fs.String("timeout", "", "wall-clock safety net, e.g. 10m (default 5m); results never depend on it")
	var asJSON, allSteps bool
	boolFlag(fs, &asJSON, "json", "", "print the report as JSON (sim/json-schema.md)")
	boolFlag(fs, &allSteps, "steps-table", "", "print a row for every optimizer step (by default a long trace shows its first and last steps)")
	plot := fs.String("plot", "", "also draw tensors and bytes per step into `FILE.svg`")
	config := fs.StringP("config", "c", "", "config `FILE` for the budgets (default: the nearest .tfjslint.yaml upward)")
	usage := func(w io.Writer) {
		fmt.Fprintf(w, "Usage: tfjslint sim FILE [flags]\n\nDry-runs a training script and reports model sizes and memory per optimizer step.\n\nFlags:\n%s%s", fs.FlagUsages(), simExitCodes)
	}
	fs.Usage = func() { usage(stdout) }
	if err := fs.Parse(args); err != nil {
		if err == pflag.ErrHelp {
			return exitOK
		}
		fmt.Fprintf(stderr, "tfjslint sim: %v (see tfjslint sim --help)\n", err)
		return exitUsage
	}
	if fs.NArg() != 1 {
		usage(stderr)
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
	cfg, err := lint.NewConfigs(*config, nil).Load(file)
	if err != nil {
		fmt.Fprintf(stderr, "tfjslint sim: %v\n", err)
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
			err = rep.WriteSVG(f, cfg.Budgets.StepMemory)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "tfjslint sim: --plot: %v\n", err)
			return exitUsage
		}
	}
	code := simExitCode(rep, cfg)
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		doc := struct {
			Version int `json:"version"`
			Tool    any `json:"tool"`
			*sim.Report
		}{simJSONVersion, map[string]string{"name": "tfjslint", "version": version()}, rep}
		if err := enc.Encode(doc); err != nil {
			fmt.Fprintf(stderr, "tfjslint sim: %v\n", err)
			return exitUsage
		}
		return code
	}
	if err := rep.WriteTextOptions(stdout, sim.TextOptions{AllSteps: allSteps}); err != nil {
		fmt.Fprintf(stderr, "tfjslint sim: %v\n", err)
		return exitUsage
	}
	return code
}

// simJSONVersion is the layout version of sim/json-schema.md.
const simJSONVersion = 1

const simExitCodes = `
Exit codes:
  0  no leak per step, no shape error, and the models and steps within the budgets
  1  a tensor leak per optimizer step, a shape error, or a budget exceeded (model-size, step-memory)
  2  usage, config or internal error
`

// simExitCode is 1 for what lint reports as errors or budget findings:
// growth per step, a shape error, a model or a step over its budget.
// Growth per UI event is a warning in lint, and exits 0 here too.
func simExitCode(rep *sim.Report, cfg *rules.Config) int {
	for _, l := range rep.Leaks {
		if l.Event == "" {
			return exitFindings
		}
	}
	if len(rep.ShapeErrors) > 0 || rep.PeakStepBytes > cfg.Budgets.StepMemory {
		return exitFindings
	}
	for _, m := range rep.Models {
		if m.WeightBytes > cfg.Budgets.ModelSize {
			return exitFindings
		}
	}
	return exitOK
}
