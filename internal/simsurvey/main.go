// Command simsurvey runs the dry run (`tfjslint sim --json`) on real
// programs and counts why runs stop: the sim-incomplete reasons, grouped
// into kinds (remote fetch, local data file, model load, …), and how many
// runs reached training.
//
//	go build -o /tmp/tfjslint ./cmd/tfjslint
//	go run ./internal/simsurvey -bin /tmp/tfjslint -corpus /work/corpus LIST...
//
// Each LIST file names one entry a line, relative to the corpus
// (./OWNER+NAME/path); the entry runs with its checkout as the project
// root. -json writes every run's outcome, for comparing two builds.
//
// testdata/entries-2026-12-06.txt is a seeded sample of 150 entries, at
// most 3 per repository: the corpus files that call fit, fitDataset,
// trainOnBatch or minimize (not minified builds or bundles), each mapped
// to the page that loads it (directly or through one import), else the
// file itself. Files of bundled apps (React, Vue, Angular components)
// are their own entries there and mostly define functions nothing
// calls: "complete" without a step.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
)

type outcome struct {
	Entry      string `json:"entry"`
	Steps      int    `json:"steps"`
	Models     int    `json:"models"`
	Events     int    `json:"events"`
	Incomplete string `json:"incomplete"`
	Kind       string `json:"kind"`
}

// kinds classify a sim-incomplete reason, first match wins.
var kinds = []struct {
	name string
	re   *regexp.Regexp
}{
	{"step budget (trained)", regexp.MustCompile(`step budget`)},
	{"work budget", regexp.MustCompile(`work budget|operation budget`)},
	{"time limit", regexp.MustCompile(`^time limit`)},
	{"fetch of a remote URL", regexp.MustCompile(`^fetch\(https?:`)},
	{"fetch of a local file", regexp.MustCompile(`^fetch\(`)},
	{"XMLHttpRequest", regexp.MustCompile(`XMLHttpRequest`)},
	{"model load: remote", regexp.MustCompile(`\((https?:|indexeddb:|localstorage:)[^)]*\) loads a model`)},
	{"model load: local", regexp.MustCompile(`loads a model`)},
	{"tf.data.csv", regexp.MustCompile(`tf\.data\.csv`)},
	{"fs read", regexp.MustCompile(`require\('fs'\)|fs\.|require\('fs/promises'\)`)},
	{"image load", regexp.MustCompile(`Image|img|\.src`)},
	{"other network", regexp.MustCompile(`network`)},
	{"not simulated", regexp.MustCompile(`not simulated|not available in the simulator`)},
	{"script error", regexp.MustCompile(`threw|Error|error|not a function|undefined`)},
	{"nothing ran", regexp.MustCompile(`trained nothing|nothing called|never`)},
}

func classify(inc string) string {
	if inc == "" {
		return "complete"
	}
	for _, k := range kinds {
		if k.re.MatchString(inc) {
			return k.name
		}
	}
	return "other"
}

func main() {
	bin := flag.String("bin", "tfjslint", "the tfjslint binary to run")
	corpus := flag.String("corpus", "/work/corpus", "directory of OWNER+NAME checkouts")
	timeout := flag.Duration("timeout", 10*time.Minute, "per run, a crash guard outside the dry run's own safety net (5m by default); a run it kills is counted as such")
	out := flag.String("json", "", "write every run's outcome here")
	verbose := flag.Bool("v", false, "print each run")
	flag.Parse()
	var entries []string
	for _, list := range flag.Args() {
		f, err := os.Open(list)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if e := strings.TrimSpace(sc.Text()); e != "" && !strings.HasPrefix(e, "#") {
				entries = append(entries, strings.TrimPrefix(e, "./"))
			}
		}
		f.Close()
	}
	var all []outcome
	for _, e := range entries {
		o := runOne(*bin, *corpus, e, *timeout)
		if *verbose {
			fmt.Printf("%-40s steps=%-3d models=%d %s\n", o.Kind, o.Steps, o.Models, e)
		}
		all = append(all, o)
	}
	summary(all)
	if *out != "" {
		b, _ := json.MarshalIndent(all, "", " ")
		if err := os.WriteFile(*out, b, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
}

func runOne(bin, corpus, entry string, timeout time.Duration) outcome {
	o := outcome{Entry: entry}
	repo, _, _ := strings.Cut(entry, "/")
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "sim", "--json", filepath.Join(corpus, entry))
	cmd.Dir = filepath.Join(corpus, repo)
	b, err := cmd.Output()
	var rep struct {
		Models     []json.RawMessage `json:"models"`
		Steps      []json.RawMessage `json:"steps"`
		Events     []json.RawMessage `json:"events"`
		Incomplete *string           `json:"incomplete"`
	}
	if jerr := json.Unmarshal(b, &rep); jerr != nil {
		o.Incomplete = fmt.Sprintf("run failed: %v %v", err, jerr)
		o.Kind = "run failed"
		return o
	}
	o.Steps, o.Models, o.Events = len(rep.Steps), len(rep.Models), len(rep.Events)
	if rep.Incomplete != nil {
		o.Incomplete = *rep.Incomplete
	}
	o.Kind = classify(o.Incomplete)
	return o
}

func summary(all []outcome) {
	trained, sized := 0, 0
	count := map[string]int{}
	for _, o := range all {
		if o.Steps > 0 {
			trained++
		}
		if o.Models > 0 {
			sized++
		}
		if o.Steps == 0 {
			count[o.Kind]++
		}
	}
	fmt.Printf("%d runs, %d reach training, %d build a compiled model\n", len(all), trained, sized)
	fmt.Println("why the runs that did not train stopped:")
	names := make([]string, 0, len(count))
	for k := range count {
		names = append(names, k)
	}
	slices.SortFunc(names, func(a, b string) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		return strings.Compare(a, b)
	})
	for _, k := range names {
		fmt.Printf("  %4d  %s\n", count[k], k)
	}
}
