package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/report"
	"github.com/tfjslint/tfjslint/rules"
)

type lintFlags struct {
	format, config          string
	enable, disable         []string
	severity                []string
	maxWarnings             int
	quiet, fix, diff        bool
	noSim                   bool
	simSteps                int
	simTimeout              string
	stdin                   bool
	stdinFilename           string
	reportUnusedDirectives  bool
	color                   string
	noIgnore, verbose       bool
	baseline, baselineWrite string
	pruneBaseline           bool
	printConfig, outputFile string
	stats, version          bool
}

func newLintFlagSet(stdout, stderr io.Writer) (*pflag.FlagSet, *lintFlags) {
	fl := &lintFlags{}
	fs := pflag.NewFlagSet("tfjslint", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false // in the order below: the common ones first
	fs.StringVarP(&fl.format, "format", "f", "text", "output `FORMAT`: "+strings.Join(report.Formats(), ", ")+
		" (text is ESLint's stylish, grouped by file; codeframe adds each finding's source line; unix is one line per finding;"+
		" github, sarif, gitlab and checkstyle name files from the repository root)")
	fs.StringVarP(&fl.outputFile, "output-file", "o", "", "write the report to `FILE` instead of standard output (as ESLint's -o)")
	fs.StringVarP(&fl.config, "config", "c", "", "config `FILE` for every linted file (default: each file's nearest .tfjslint.yaml upward)")
	fs.StringSliceVar(&fl.enable, "enable", nil, "enable rules `ID[,ID]` at their default severity")
	fs.StringSliceVar(&fl.disable, "disable", nil, "disable rules `ID[,ID]`; all turns every rule off (then --enable picks the ones to run)")
	fs.StringArrayVar(&fl.severity, "severity", nil, "set a rule's severity: `ID=error|warning|info|off` (repeatable)")
	fs.IntVar(&fl.maxWarnings, "max-warnings", -1, "exit 1 when there are more than `N` warnings, counted before --quiet (-1: no limit)")
	boolFlag(fs, &fl.quiet, "quiet", "q", "report errors only")
	boolFlag(fs, &fl.fix, "fix", "", "apply safe fixes to the files, then report what is left")
	boolFlag(fs, &fl.diff, "diff", "", "print the safe fixes and suggestions as a unified diff instead of the report")
	boolFlag(fs, &fl.stdin, "stdin", "", "lint the source read from standard input")
	fs.StringVar(&fl.stdinFilename, "stdin-filename", "stdin.js", "file `NAME` for --stdin: its extension picks JS or HTML, its directory the config")
	fs.StringVar(&fl.printConfig, "print-config", "", "print the configuration that applies to `FILE` and where it comes from, then exit")
	boolFlag(fs, &fl.reportUnusedDirectives, "report-unused-directives", "", "report tfjslint-disable directives that silence nothing")
	fs.StringVar(&fl.color, "color", "auto", "colour the text output: `auto|always|never`")
	boolFlag(fs, &fl.stats, "stats", "", "end the text report with the files, bytes and time of the run")
	boolFlag(fs, &fl.noSim, "no-sim", "", "do not run the simulator")
	fs.IntVar(&fl.simSteps, "sim-steps", 0, "simulator optimizer-step budget `N` per training call site (default from config: 50)")
	fs.StringVar(&fl.simTimeout, "sim-timeout", "", "simulator wall-clock safety net `D`, e.g. 10m (default from config); results never depend on it")
	boolFlag(fs, &fl.noIgnore, "no-ignore", "", "also lint generated, minified, binary and oversized files, and what .gitignore and the config's ignore globs leave out")
	boolFlag(fs, &fl.verbose, "verbose", "", "list every skipped file and why on standard error, and how many files were linted")
	fs.StringVar(&fl.baseline, "baseline", "", "report only findings not recorded in the baseline `FILE` (see --baseline-write)")
	fs.StringVar(&fl.baselineWrite, "baseline-write", "", "record the current findings in `FILE` (replacing those of the linted files) and report none of them")
	boolFlag(fs, &fl.pruneBaseline, "prune-baseline", "", "with --baseline: remove the entries that match nothing any more (fixed findings) from the file")
	boolFlag(fs, &fl.version, "version", "", "print the version and exit")
	fs.Usage = func() {
		fmt.Fprintf(stdout, "%s\nFlags:\n%s%s", usageVerbs, fs.FlagUsages(), usageTail)
	}
	return fs, fl
}

// usageVerbs heads --help; README's "Command line" section shows the same
// lines (TestREADMEUsage keeps them equal).
const usageVerbs = `Usage:
  tfjslint [flags] [path ...]        lint files and directories (default ".")
  tfjslint sim FILE [flags]          the dry run: layers, params, sizes, memory per optimizer step, leaks
  tfjslint rules                     the rule catalog
  tfjslint explain ID                one rule's documentation
  tfjslint graph [flags] [path ...]  what each file imports, requires or loads, and where it resolves
  tfjslint lsp                       the language server, on stdio
  tfjslint version                   the version (also --version)
  tfjslint help                      this text (also -h, --help); tfjslint VERB --help for a verb's flags
`

// usageTail ends --help with examples, the CI recipes (the README's CI
// section has more) and the exit codes.
const usageTail = `
Examples:
  tfjslint                                             lint the current directory
  tfjslint src/ --fix                                  apply the safe fixes, report what is left
  tfjslint --diff train.js                             show fixes and suggestions as a diff, change nothing
  tfjslint --disable all --enable undisposed-tensor .  run one rule
  tfjslint --print-config src/train.js                 the rules and budgets that apply to a file
  tfjslint sim train.js --plot memory.svg              dry-run one script and plot its memory

In CI:
  tfjslint -f github .                                 annotations on a GitHub pull request
  tfjslint -f sarif . > tfjslint.sarif                 GitHub code scanning
  tfjslint -f gitlab . > gl-code-quality.json          GitLab code quality
  tfjslint -f checkstyle . > tfjslint.xml              Jenkins and other dashboards
Adopting on existing code:
  tfjslint --baseline-write tfjslint-baseline.json .   record today's findings; commit the file
  tfjslint --baseline tfjslint-baseline.json .         report only new ones

Exit codes:
  0  no error-severity finding, and warnings within --max-warnings
  1  findings (tfjslint sim: a leak, a shape error or a budget exceeded)
  2  usage, config or internal error
`

func runLint(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	var warnings int
	fs, fl := newLintFlagSet(stdout, stderr)
	if err := fs.Parse(args); err != nil {
		if err == pflag.ErrHelp {
			return exitOK
		}
		fmt.Fprintf(stderr, "tfjslint: %v (see tfjslint --help)\n", err)
		return exitUsage
	}
	if fl.version {
		return runVersion(stdout)
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "tfjslint: %v\n", err)
		return exitUsage
	}
	if err := fl.check(); err != nil {
		return fail(err)
	}
	paths := fs.Args()
	if fl.stdin && len(paths) > 0 {
		return fail(fmt.Errorf("--stdin lints standard input, not %s: name it with --stdin-filename, or leave out --stdin", strings.Join(paths, " ")))
	}
	if !fl.stdin && fs.Changed("stdin-filename") {
		return fail(fmt.Errorf("--stdin-filename names the source read with --stdin"))
	}
	if len(paths) == 0 && !fl.stdin {
		paths = []string{"."}
	}
	configs := lint.NewConfigs(fl.config, fl.applyTo)
	if fl.printConfig != "" {
		return printConfig(stdout, stderr, configs, fl.printConfig, fl.config)
	}
	// Config errors first, for every path named: a typo in a config
	// should not cost a whole run.
	starts := paths
	if fl.stdin {
		starts = []string{fl.stdinFilename}
	}
	for _, p := range starts {
		if _, err := configs.Load(configProbe(p)); err != nil {
			return fail(err)
		}
	}
	var base *lint.Baseline
	var err error
	if fl.baseline != "" { // read before linting: a wrong path should not cost a whole run
		if base, err = lint.ReadBaseline(fl.baseline); err != nil {
			return fail(err)
		}
	}
	opts := lint.Options{ConfigFor: configs.For, ReportUnusedDirectives: fl.reportUnusedDirectives}
	var files []string
	var skipped []lint.Skipped
	ignored := 0
	if fl.stdin {
		src, err := io.ReadAll(stdin)
		if err != nil {
			return fail(fmt.Errorf("reading standard input: %w", err))
		}
		files = []string{fl.stdinFilename}
		opts.Overlay = map[string][]byte{fl.stdinFilename: src}
	} else {
		found, err := lint.Discover(paths, lint.DiscoverOptions{ConfigFor: configs.For, NoIgnore: fl.noIgnore})
		if err != nil {
			return fail(err)
		}
		files, skipped, ignored = found.Files, found.Skipped, found.Ignored
	}
	if err := configs.Err(); err != nil { // a config further down a walked directory
		return fail(err)
	}
	start := time.Now()
	var stop func()
	opts.Progress, stop = startProgress(stderr, len(files))
	res, err := lint.Run(files, opts)
	stop()
	if err != nil {
		return fail(err)
	}
	skipped = mergeSkipped(skipped, res.Skipped)
	res.Skipped = skipped
	if !fl.stdin {
		noteSkipped(stderr, res, ignored, paths, report.NoteOptions{Verbose: fl.verbose, Quiet: fl.quiet})
	}
	switch {
	case fl.diff:
		return printDiff(res, stdout)
	case fl.fix && fl.stdin:
		fixed, _ := lint.ApplyFixes(res.Sources[fl.stdinFilename], res.FindingsOf(fl.stdinFilename), lint.SafeOnly)
		stdout.Write(fixed)
		return exitOK
	case fl.fix:
		var applied int
		opts.Progress = nil
		if res, applied, err = applyFixes(res, res.Files, opts); err != nil {
			return fail(err)
		}
		res.Skipped = skipped
		noteFixes(stderr, res, applied)
	}
	repo := lint.NewPaths()
	// Before the baseline and --quiet leave findings out: fingerprints
	// count the findings like them in the whole run.
	res.SetFingerprints(repo)
	switch {
	case fl.baselineWrite != "":
		if err := writeBaseline(fl.baselineWrite, res, repo, stderr); err != nil {
			return fail(err)
		}
		res.Findings = nil // all recorded, none new
	case base != nil:
		if err := applyBaseline(fl.baseline, base, fl.pruneBaseline, res, repo, stderr, fl.verbose); err != nil {
			return fail(err)
		}
	}
	// As ESLint, warnings count for --max-warnings before --quiet hides them.
	code, warnings = exitCode(res, fl.maxWarnings)
	if fl.quiet {
		res.Findings = onlyErrors(res.Findings)
	}
	out := stdout
	if fl.outputFile != "" {
		var buf strings.Builder
		out = &buf
		defer func() {
			if err := writeOutputFile(fl.outputFile, buf.String()); err != nil {
				code = fail(err)
			}
		}()
	}
	ropts := report.Options{Color: useColor(fl.color, out), Version: version(), Paths: repo}
	if err := report.Write(out, fl.format, res, ropts); err != nil {
		return fail(err)
	}
	if fl.stats {
		writeStats(out, res, time.Since(start))
	}
	if fl.maxWarnings >= 0 && warnings > fl.maxWarnings {
		fmt.Fprintf(stderr, "tfjslint: found %s; --max-warnings is %d\n", plural(warnings, "warning"), fl.maxWarnings)
	}
	return code
}

// writeOutputFile is -o: the report in a file, its directory made as
// ESLint makes it; an empty report still leaves an (empty) file for CI.
func writeOutputFile(path, report string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(report), 0o644)
}

// writeBaseline records res's findings in path, keeping the entries of
// files this run did not lint (a run over part of the project).
func writeBaseline(path string, res *lint.Result, paths lint.Paths, stderr io.Writer) error {
	var prev *lint.Baseline
	if _, err := os.Stat(path); err == nil {
		if prev, err = lint.ReadBaseline(path); err != nil {
			return fmt.Errorf("%v (delete it to start a new one)", err)
		}
	}
	b := lint.BaselineOf(res, paths, prev)
	if err := b.Write(path); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "tfjslint: recorded %s in %s (%d in all); runs with --baseline %s report only new ones\n",
		plural(len(res.Findings), "finding"), path, len(b.Findings), path)
	return nil
}

// applyBaseline leaves in res only the findings the baseline does not hold.
// Entries that match nothing now are fixed findings: a note says so (or
// --prune-baseline removes them), but they do not fail the run.
func applyBaseline(path string, base *lint.Baseline, prune bool, res *lint.Result, paths lint.Paths, stderr io.Writer, verbose bool) error {
	r := base.Apply(res, paths)
	res.Findings = r.New
	if verbose {
		fmt.Fprintf(stderr, "tfjslint: baseline %s: %s not reported\n", path, plural(len(r.Known), "known finding"))
	}
	switch {
	case len(r.Stale) == 0:
	case prune:
		if err := base.Pruned(r).Write(path); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "tfjslint: removed %s without a finding from %s\n", entries(len(r.Stale)), path)
	default:
		fmt.Fprintf(stderr, "tfjslint: note: %s: %s without a finding any more (fixed?); --prune-baseline removes them\n",
			path, entries(len(r.Stale)))
	}
	return nil
}

// mergeSkipped adds what the run could not read to what discovery skipped.
func mergeSkipped(found, run []lint.Skipped) []lint.Skipped {
	all := append(found, run...)
	slices.SortStableFunc(all, func(a, b lint.Skipped) int { return strings.Compare(a.File, b.File) })
	return all
}

// noteSkipped says on stderr what was not linted, and when nothing was.
// ignored is the number of files .gitignore or ignore globs left out.
func noteSkipped(stderr io.Writer, res *lint.Result, ignored int, paths []string, opts report.NoteOptions) {
	report.WriteSkipNotes(stderr, res.Skipped, opts)
	under := strings.Join(paths, ", ")
	switch n := len(res.Skipped); {
	case len(res.Files) > 0:
		if opts.Verbose {
			fmt.Fprintf(stderr, "tfjslint: linted %s\n", plural(len(res.Files), "file"))
		}
	case n == 0 && ignored == 0:
		fmt.Fprintf(stderr, "tfjslint: no JS/TS/HTML files under %s\n", under)
	case n == 0:
		fmt.Fprintf(stderr, "tfjslint: no files linted under %s: .gitignore or the config's ignore globs leave out the %s found (--no-ignore lints them)\n", under, plural(ignored, "file"))
	default:
		fmt.Fprintf(stderr, "tfjslint: no files linted under %s: every file found was skipped\n", under)
	}
}

func entries(n int) string {
	if n == 1 {
		return "1 entry"
	}
	return fmt.Sprintf("%d entries", n)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func (fl *lintFlags) check() error {
	if fl.fix && fl.diff {
		return fmt.Errorf("--fix and --diff do not go together: --diff shows what --fix would change")
	}
	if fl.baseline != "" && fl.baselineWrite != "" {
		return fmt.Errorf("--baseline and --baseline-write do not go together: --baseline-write FILE records the findings, later runs use --baseline FILE")
	}
	if fl.pruneBaseline && fl.baseline == "" {
		return fmt.Errorf("--prune-baseline needs --baseline FILE: the file to remove fixed findings from")
	}
	switch fl.color {
	case "auto", "always", "never":
	default:
		return fmt.Errorf("--color must be auto, always or never, not %q", fl.color)
	}
	if report.IsFormat(fl.format) {
		return nil
	}
	return fmt.Errorf("unknown format %q: use one of %s", fl.format, strings.Join(report.Formats(), ", "))
}

// applyTo folds the rule and simulator flags into the config.
func (fl *lintFlags) applyTo(cfg *rules.Config) error {
	// --disable all first, so that --enable picks the rules to run
	// (oxlint's -A all -D rule); other --disable IDs win over --enable.
	if slices.Contains(fl.disable, "all") {
		for _, r := range rules.All() {
			if err := cfg.SetSeverity(r.ID, rules.Off); err != nil {
				return err
			}
		}
	}
	for _, id := range fl.enable {
		r, ok := rules.Lookup(id)
		if !ok {
			return fmt.Errorf("--enable: %w", rules.UnknownRuleError(id))
		}
		if !r.Implemented {
			return fmt.Errorf("--enable: rule %s is planned and not implemented yet, so it finds nothing (tfjslint rules lists the status)", id)
		}
		sev := r.DefaultSeverity
		if sev == rules.Off {
			sev = rules.Warning
		}
		if err := cfg.SetSeverity(id, sev); err != nil {
			return err
		}
	}
	for _, id := range fl.disable {
		if id == "all" {
			continue
		}
		if err := cfg.SetSeverity(id, rules.Off); err != nil {
			return fmt.Errorf("--disable: %w", err)
		}
	}
	for _, s := range fl.severity {
		id, level, ok := strings.Cut(s, "=")
		if !ok {
			return fmt.Errorf("--severity %q: want ID=error|warning|info|off", s)
		}
		sev, err := rules.ParseSeverity(level)
		if err != nil {
			return fmt.Errorf("--severity %s: %w", id, err)
		}
		if r, ok := rules.Lookup(id); ok && !r.Implemented && sev != rules.Off {
			return fmt.Errorf("--severity %s: rule %s is planned and not implemented yet, so it finds nothing (tfjslint rules lists the status)", s, id)
		}
		if err := cfg.SetSeverity(id, sev); err != nil {
			return fmt.Errorf("--severity: %w", err)
		}
	}
	if fl.noSim {
		cfg.Sim.Enabled = false
	}
	if fl.simSteps < 0 {
		return fmt.Errorf("--sim-steps must be positive")
	}
	if fl.simSteps > 0 {
		cfg.Sim.Steps = fl.simSteps
	}
	if fl.simTimeout != "" {
		d, err := parseDuration(fl.simTimeout)
		if err != nil {
			return fmt.Errorf("--sim-timeout: %w", err)
		}
		cfg.Sim.Timeout = d
	}
	return nil
}

func onlyErrors(fs []lint.Finding) []lint.Finding {
	var out []lint.Finding
	for _, f := range fs {
		if f.Severity == rules.Error {
			out = append(out, f)
		}
	}
	return out
}

// exitCode is the run's exit code and its number of warnings.
func exitCode(res *lint.Result, maxWarnings int) (int, int) {
	warnings, errors := 0, 0
	for _, f := range res.Findings {
		switch f.Severity {
		case rules.Error:
			errors++
		case rules.Warning:
			warnings++
		}
	}
	if errors > 0 || maxWarnings >= 0 && warnings > maxWarnings {
		return exitFindings, warnings
	}
	return exitOK, warnings
}

func useColor(mode string, w io.Writer) bool {
	return colorFor(mode, os.Getenv("NO_COLOR"), isTerminal(w))
}

// colorFor is --color: auto colours a terminal only, and not when NO_COLOR
// is set (no-color.org); always and never win over both, as the flag is the
// user's latest word.
func colorFor(mode, noColor string, terminal bool) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	return noColor == "" && terminal
}
