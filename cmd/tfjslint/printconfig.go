package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

// printConfig is --print-config FILE: the configuration FILE is linted
// with, in the shape of a .tfjslint.yaml, each setting followed by where
// it comes from (the config file, the command line or the default).
func printConfig(stdout, stderr io.Writer, configs *lint.Configs, file, explicit string) int {
	cfg, err := configs.Load(configProbe(file))
	if err != nil {
		fmt.Fprintf(stderr, "tfjslint: %v\n", err)
		return exitUsage
	}
	// The same file without the command line's flags tells them apart.
	raw := rules.DefaultConfig()
	if cfg.Path != "" {
		if raw, err = rules.LoadConfig(cfg.Path); err != nil {
			raw = rules.DefaultConfig()
		}
	}
	var b strings.Builder
	switch {
	case cfg.Path == "":
		fmt.Fprintf(&b, "# %s: no .tfjslint.yaml upward from it or the working directory; the defaults\n", file)
	case explicit != "":
		fmt.Fprintf(&b, "# %s: config %s (--config)\n", file, cfg.Path)
	default:
		fmt.Fprintf(&b, "# %s: config %s (the nearest .tfjslint.yaml upward)\n", file, relPath(cfg.Path))
	}
	from := "# " + filepath.Base(cmpOr(cfg.Path, "config"))
	b.WriteString("rules:\n")
	tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	for _, r := range rules.All() {
		if !r.Implemented {
			continue
		}
		rc, rawRC := cfg.Rules[r.ID], raw.Rules[r.ID]
		sev, src := r.DefaultSeverity.String(), "# default"
		if r.SeverityNote != "" {
			sev, src = "default", "# "+r.SeverityNote
		}
		if rc.SeveritySet {
			sev, src = rc.Severity.String(), "# command line"
			if rawRC.SeveritySet && rawRC.Severity == rc.Severity {
				src = from
			}
		}
		if len(r.Options) == 0 {
			fmt.Fprintf(tw, "  %s: %s\t%s\n", r.ID, sev, src)
			continue
		}
		fmt.Fprintf(tw, "  %s:\t\n    severity: %s\t%s\n", r.ID, sev, src)
		for _, o := range r.Options {
			v, osrc := o.Default, "# default"
			if x, ok := rc.Options[o.Key]; ok {
				v, osrc = x, from
			}
			fmt.Fprintf(tw, "    %s: %v\t%s\n", o.Key, v, osrc)
		}
	}
	tw.Flush()
	def := rules.DefaultConfig()
	src := func(same bool) string {
		if same {
			return "# default"
		}
		return from
	}
	tw = tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "budgets:\t\n  model-size: %s\t%s\n  step-memory: %s\t%s\n",
		rules.FormatSize(cfg.Budgets.ModelSize), src(cfg.Budgets.ModelSize == def.Budgets.ModelSize),
		rules.FormatSize(cfg.Budgets.StepMemory), src(cfg.Budgets.StepMemory == def.Budgets.StepMemory))
	simSrc := func(same, flagged bool) string {
		if flagged {
			return "# command line"
		}
		return src(same)
	}
	fmt.Fprintf(tw, "sim:\t\n  enabled: %v\t%s\n  steps: %d\t%s\n  timeout: %s\t%s\n",
		cfg.Sim.Enabled, simSrc(cfg.Sim.Enabled == def.Sim.Enabled, cfg.Sim.Enabled != raw.Sim.Enabled),
		cfg.Sim.Steps, simSrc(cfg.Sim.Steps == def.Sim.Steps, cfg.Sim.Steps != raw.Sim.Steps),
		cfg.Sim.Timeout, simSrc(cfg.Sim.Timeout == def.Sim.Timeout, cfg.Sim.Timeout != raw.Sim.Timeout))
	fmt.Fprintf(tw, "files:\t\n  max-size: %s\t%s\n", rules.FormatSize(cfg.Files.MaxSize), src(cfg.Files.MaxSize == def.Files.MaxSize))
	fmt.Fprintf(tw, "report-once: %v\t%s\n", cfg.ReportOnce, src(!cfg.ReportOnce))
	tw.Flush()
	if len(cfg.Ignore) == 0 {
		b.WriteString("ignore: []\n")
	} else {
		fmt.Fprintf(&b, "ignore:  %s\n", from)
		for _, g := range cfg.Ignore {
			fmt.Fprintf(&b, "  - %q\n", g)
		}
	}
	if cfg.Ignored(file) {
		fmt.Fprintf(&b, "# %s matches an ignore glob: a directory walk leaves it out, and naming it skips it\n", file)
	}
	for line := range strings.Lines(b.String()) { // tabwriter pads the key-only lines
		io.WriteString(stdout, strings.TrimRight(line, " \n")+"\n")
	}
	return exitOK
}

// configProbe is the path whose directory's config applies to path: a
// directory's own config, a file's directory's.
func configProbe(path string) string {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return filepath.Join(path, "x")
	}
	return path
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// relPath is path relative to the working directory when it is below it.
func relPath(path string) string {
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	if rel, err := filepath.Rel(wd, path); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return path
}
