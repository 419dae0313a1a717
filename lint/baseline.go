package lint

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
)

// BaselineVersion is the layout of baseline files; Read refuses others.
const BaselineVersion = 1

// Baseline is the set of findings a team has accepted for now, so that
// switching tfjslint on reports only what changes bring (as ESLint's
// eslint-suppressions.json and PHPStan's baseline do). It is written to and
// read from a JSON file kept in the repository.
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`
}

// BaselineEntry is one accepted finding. Only the fingerprint matches;
// file, rule and message are there for people reading the file and for
// keeping entries of files a run did not lint. No line: a baseline written
// again after code moved is the same file.
type BaselineEntry struct {
	File        string `json:"file"`
	Rule        string `json:"rule"`
	Fingerprint string `json:"fingerprint"`
	Message     string `json:"message"`
}

// ReadBaseline loads a baseline file. A missing file is an error that says
// how to create one: reporting everything instead would look like a broken
// baseline.
func ReadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("baseline %s does not exist: create it with --baseline-write %s", path, path)
	}
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	var b Baseline
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("baseline %s: not a tfjslint baseline: %v", path, err)
	}
	if b.Version != BaselineVersion {
		return nil, fmt.Errorf("baseline %s: version %d, this tfjslint reads version %d", path, b.Version, BaselineVersion)
	}
	return &b, nil
}

// Write saves the baseline as indented JSON, entries sorted so that the
// file diffs well in review.
func (b *Baseline) Write(path string) error {
	out := Baseline{Version: BaselineVersion, Findings: slices.Clone(b.Findings)}
	if out.Findings == nil {
		out.Findings = []BaselineEntry{}
	}
	slices.SortStableFunc(out.Findings, compareEntries)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("baseline: %w", err)
	}
	return nil
}

func compareEntries(a, b BaselineEntry) int {
	if c := strings.Compare(a.File, b.File); c != 0 {
		return c
	}
	if c := strings.Compare(a.Rule, b.Rule); c != 0 {
		return c
	}
	if c := strings.Compare(a.Message, b.Message); c != 0 {
		return c
	}
	return strings.Compare(a.Fingerprint, b.Fingerprint)
}

// BaselineOf records res's findings. Entries of prev for files res did not
// lint are kept, so writing a baseline from a run over part of the project
// (a pre-commit run, one directory) does not drop the rest. prev may be nil.
func BaselineOf(res *Result, paths Paths, prev *Baseline) *Baseline {
	b := &Baseline{Version: BaselineVersion}
	if prev != nil {
		linted := lintedFiles(res, paths)
		for _, e := range prev.Findings {
			if !linted[e.File] {
				b.Findings = append(b.Findings, e)
			}
		}
	}
	for i, fp := range res.Fingerprints(paths) {
		f := res.Findings[i]
		b.Findings = append(b.Findings, BaselineEntry{File: paths.Rel(f.File), Rule: f.Rule, Fingerprint: fp, Message: f.Message})
	}
	return b
}

// BaselineResult is what a baseline leaves of a run.
type BaselineResult struct {
	New   []Finding       // findings not in the baseline, in order
	Known []BaselineEntry // baseline entries that matched a finding
	// Stale lists the entries of files the run linted that matched no
	// finding: fixed (or changed) since the baseline was written.
	Stale []BaselineEntry
}

// Apply splits res's findings into new ones and those the baseline accepts.
func (b *Baseline) Apply(res *Result, paths Paths) BaselineResult {
	byFP := map[string][]int{} // a hand-merged file may repeat an entry: each matches once
	for i, e := range b.Findings {
		byFP[e.Fingerprint] = append(byFP[e.Fingerprint], i)
	}
	var out BaselineResult
	matched := make([]bool, len(b.Findings))
	for i, fp := range res.Fingerprints(paths) {
		if js := byFP[fp]; len(js) > 0 {
			byFP[fp] = js[1:]
			matched[js[0]] = true
			out.Known = append(out.Known, b.Findings[js[0]])
			continue
		}
		out.New = append(out.New, res.Findings[i])
	}
	linted := lintedFiles(res, paths)
	for j, e := range b.Findings {
		if !matched[j] && linted[e.File] {
			out.Stale = append(out.Stale, e)
		}
	}
	return out
}

// Pruned is the baseline without the stale entries of r: what --prune-baseline
// writes. New findings are not added.
func (b *Baseline) Pruned(r BaselineResult) *Baseline {
	stale := map[BaselineEntry]int{}
	for _, e := range r.Stale {
		stale[e]++
	}
	out := &Baseline{Version: BaselineVersion}
	for _, e := range b.Findings {
		if stale[e] > 0 {
			stale[e]--
			continue
		}
		out.Findings = append(out.Findings, e)
	}
	return out
}

// lintedFiles is the set of repository paths of the files res covers.
func lintedFiles(res *Result, paths Paths) map[string]bool {
	set := map[string]bool{}
	for _, f := range res.Files {
		set[paths.Rel(f)] = true
	}
	for _, f := range res.Findings {
		set[paths.Rel(f.File)] = true
	}
	return set
}
