// Command realworld re-checks the real-code review verdicts of
// testdata/realworld/verdicts.tsv against the current build, and reports
// precision per rule.
//
// The reviewed repositories are not part of this repository: check each out
// at the reviewed commit under one directory, named owner+name (see
// testdata/realworld/README.md), then run
//
//	go run ./internal/realworld -corpus DIR
//
// A verdict describes the code at one line, so it stays valid across builds:
// a "real" finding must still be reported at warning or error, a "wrong" or
// "noise" one must not be (with -severity info: at info or above, for the
// verdicts on info rules). The command prints every disagreement, the
// precision per rule over the reviewed findings, and how many current
// findings have no verdict yet (candidates for the next review). It exits
// 1 when a verdict disagrees with the build.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

type verdict struct {
	repo, commit, path string
	line               int
	rule, verdict      string
	reason             string
}

type key struct {
	repo, path string
	line       int
	rule       string
}

func main() {
	corpus := flag.String("corpus", "", "directory holding the reviewed repositories as owner+name")
	file := flag.String("verdicts", "testdata/realworld/verdicts.tsv", "verdicts file")
	verbose := flag.Bool("v", false, "list the findings that have no verdict")
	list := flag.Bool("list", false, "list the reported findings that have a verdict, with their messages")
	dryRun := flag.Bool("sim", false, "also run the dry run, so that the verdicts of its rules (memory-growth, shape-mismatch, …) are checked; slower")
	floorName := flag.String("severity", "warning", "the lowest severity a finding counts at: info checks the verdicts of info rules (testdata/realworld/info-review.tsv)")
	flag.Parse()
	floor, err := rules.ParseSeverity(*floorName)
	if err != nil || floor == rules.Off {
		fmt.Fprintln(os.Stderr, "realworld: -severity must be info, warning or error")
		os.Exit(2)
	}
	if *corpus == "" {
		fmt.Fprintln(os.Stderr, "realworld: -corpus DIR is required (see testdata/realworld/README.md)")
		os.Exit(2)
	}
	vs, err := readVerdicts(*file)
	if err != nil {
		fmt.Fprintln(os.Stderr, "realworld:", err)
		os.Exit(2)
	}
	code, err := check(os.Stdout, *corpus, vs, *verbose, *list, *dryRun, floor)
	if err != nil {
		fmt.Fprintln(os.Stderr, "realworld:", err)
		os.Exit(2)
	}
	os.Exit(code)
}

func readVerdicts(path string) ([]verdict, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []verdict
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if n == 1 || strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue // header, blank, comment
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 6 {
			return nil, fmt.Errorf("%s:%d: want 6 tab-separated columns, got %d", path, n, len(cols))
		}
		repo, commit, ok := strings.Cut(cols[0], "@")
		ln, err := strconv.Atoi(cols[2])
		if !ok || err != nil {
			return nil, fmt.Errorf("%s:%d: want repository@commit and a line number", path, n)
		}
		switch cols[4] {
		case "real", "wrong", "noise":
		default:
			return nil, fmt.Errorf("%s:%d: verdict %q is not real, wrong or noise", path, n, cols[4])
		}
		out = append(out, verdict{repo: repo, commit: commit, path: cols[1], line: ln, rule: cols[3], verdict: cols[4], reason: cols[5]})
	}
	return out, sc.Err()
}

// check lints each reviewed repository and compares.
func check(w io.Writer, corpus string, vs []verdict, verbose, list, withSim bool, floor rules.Severity) (int, error) {
	byKey := map[key]verdict{}
	var repos []string
	commits := map[string]string{}
	for _, v := range vs {
		byKey[key{v.repo, v.path, v.line, v.rule}] = v
		if _, ok := commits[v.repo]; !ok {
			repos = append(repos, v.repo)
			commits[v.repo] = v.commit
		}
	}
	slices.Sort(repos)
	reported := map[key]bool{}
	linted := map[[2]string]bool{} // repo, path
	type tally struct{ findings, reviewed, real, wrong, noise int }
	perRule := map[string]*tally{}
	var unreviewed []string
	missing := 0
	for _, repo := range repos {
		dir := filepath.Join(corpus, strings.ReplaceAll(repo, "/", "+"))
		if _, err := os.Stat(dir); err != nil {
			fmt.Fprintf(w, "skip %s: not checked out at %s\n", repo, dir)
			missing++
			continue
		}
		if b, err := os.ReadFile(filepath.Join(dir, ".commit")); err == nil && strings.TrimSpace(string(b)) != commits[repo] {
			fmt.Fprintf(w, "warning: %s is checked out at %s, the verdicts are for %s\n", repo, strings.TrimSpace(string(b)), commits[repo])
		}
		found, err := lint.Discover([]string{dir}, lint.DiscoverOptions{Config: rules.DefaultConfig()})
		if err != nil {
			return 2, err
		}
		files := found.Files
		cfg := rules.DefaultConfig()
		cfg.Sim.Enabled = withSim
		if floor == rules.Info {
			// Rules that are off by default (model-not-saved) have their
			// verdicts checked as a user who turns them on sees them.
			for _, r := range rules.All() {
				if r.Implemented && r.DefaultSeverity == rules.Off {
					if err := cfg.SetSeverity(r.ID, rules.Info); err != nil {
						return 2, err
					}
				}
			}
		}
		res, err := lint.Run(files, lint.Options{Config: cfg})
		if err != nil {
			return 2, err
		}
		for _, f := range files {
			rel, _ := filepath.Rel(dir, f)
			linted[[2]string{repo, filepath.ToSlash(rel)}] = true
		}
		for _, f := range res.Findings {
			if f.Severity < floor {
				continue
			}
			rel, _ := filepath.Rel(dir, f.File)
			k := key{repo, filepath.ToSlash(rel), f.Range.Start.Line, f.Rule}
			if reported[k] {
				continue // two findings of one rule on a line: one verdict
			}
			reported[k] = true
			t := perRule[f.Rule]
			if t == nil {
				t = &tally{}
				perRule[f.Rule] = t
			}
			t.findings++
			v, ok := byKey[k]
			if !ok {
				unreviewed = append(unreviewed, fmt.Sprintf("%s/%s:%d %s %s", repo, k.path, k.line, f.Rule, f.Message))
				continue
			}
			t.reviewed++
			if list {
				fmt.Fprintf(w, "%-6s %s/%s:%d %s %s\n", strings.ToUpper(v.verdict), repo, k.path, k.line, f.Rule, f.Message)
			}
			switch v.verdict {
			case "real":
				t.real++
			case "wrong":
				t.wrong++
			case "noise":
				t.noise++
			}
		}
	}
	disagree := 0
	for _, v := range vs {
		k := key{v.repo, v.path, v.line, v.rule}
		dir := filepath.Join(corpus, strings.ReplaceAll(v.repo, "/", "+"))
		if _, err := os.Stat(dir); err != nil {
			continue
		}
		switch {
		case !linted[[2]string{v.repo, v.path}]:
			fmt.Fprintf(w, "SKIP   %s/%s:%d %s (not linted: generated, ignored or missing)\n", v.repo, v.path, v.line, v.rule)
		case v.verdict == "real" && !reported[k]:
			fmt.Fprintf(w, "LOST   %s/%s:%d %s (real: %s)\n", v.repo, v.path, v.line, v.rule, v.reason)
			disagree++
		case v.verdict != "real" && reported[k]:
			fmt.Fprintf(w, "STILL  %s/%s:%d %s (%s: %s)\n", v.repo, v.path, v.line, v.rule, v.verdict, v.reason)
			disagree++
		}
	}
	fmt.Fprintf(w, "\n%-22s %8s %8s %6s %6s %6s %9s\n", "rule", "findings", "reviewed", "real", "wrong", "noise", "precision")
	var all tally
	for _, r := range slices.Sorted(maps.Keys(perRule)) {
		t := perRule[r]
		fmt.Fprintf(w, "%-22s %8d %8d %6d %6d %6d %9s\n", r, t.findings, t.reviewed, t.real, t.wrong, t.noise, pct(t.real, t.reviewed))
		all.findings += t.findings
		all.reviewed += t.reviewed
		all.real += t.real
		all.wrong += t.wrong
		all.noise += t.noise
	}
	fmt.Fprintf(w, "%-22s %8d %8d %6d %6d %6d %9s\n", "all", all.findings, all.reviewed, all.real, all.wrong, all.noise, pct(all.real, all.reviewed))
	counted := "warning/error"
	if floor == rules.Info {
		counted = "info/warning/error"
	}
	fmt.Fprintf(w, "\n%d verdicts, %d disagree with this build; %d %s findings have no verdict", len(vs), disagree, len(unreviewed), counted)
	if missing > 0 {
		fmt.Fprintf(w, "; %d repositories not checked out", missing)
	}
	fmt.Fprintln(w)
	if verbose {
		for _, u := range unreviewed {
			fmt.Fprintln(w, "NEW   ", u)
		}
	}
	if disagree > 0 {
		return 1, nil
	}
	return 0, nil
}

func pct(n, d int) string {
	if d == 0 {
		return "–"
	}
	return fmt.Sprintf("%.0f%%", 100*float64(n)/float64(d))
}
