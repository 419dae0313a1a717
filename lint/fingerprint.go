package lint

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
)

// Fingerprints names each finding in a way that survives edits elsewhere in
// its file: a hash of the rule, the file's repository path, the flagged
// lines' text with whitespace normalized, and how many findings of the same
// rule on identical text come before it in the file. Line numbers are left
// out, so inserting lines above a finding keeps its fingerprint; re-indenting
// it does too. Changing the flagged line itself makes it a new finding, as in
// ESLint's and GitLab's baselines. Findings must be sorted as Result keeps
// them. The result is parallel to findings: 32 hex digits each.
func Fingerprints(findings []Finding, sources map[string][]byte, paths Paths) []string {
	out := make([]string, len(findings))
	seen := map[string]int{} // key without the occurrence index -> occurrences so far
	for i, f := range findings {
		key := f.Rule + "\x00" + paths.Rel(f.File) + "\x00" + flaggedText(sources[f.File], f.Range)
		n := seen[key]
		seen[key] = n + 1
		sum := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(n)))
		out[i] = hex.EncodeToString(sum[:16])
	}
	return out
}

// SetFingerprints records each finding's fingerprint in it. Call it on the
// whole run, before findings are filtered out (a baseline, --quiet): a
// fingerprint counts the findings like it before it, so one computed after
// filtering could take the name of a finding that was left out.
func (r *Result) SetFingerprints(paths Paths) {
	for i, fp := range Fingerprints(r.Findings, r.Sources, paths) {
		r.Findings[i].Fingerprint = fp
	}
}

// Fingerprints returns the findings' fingerprints, parallel to r.Findings:
// those SetFingerprints recorded, computed from r.Findings for any without.
func (r *Result) Fingerprints(paths Paths) []string {
	out := make([]string, len(r.Findings))
	var computed []string
	for i, f := range r.Findings {
		if f.Fingerprint == "" {
			if computed == nil {
				computed = Fingerprints(r.Findings, r.Sources, paths)
			}
			out[i] = computed[i]
			continue
		}
		out[i] = f.Fingerprint
	}
	return out
}

// flaggedText is the text of the lines a range covers, whitespace runs
// collapsed to one space, or "" for a finding about the whole file (or one
// whose source is not at hand: its fingerprint then rests on rule and file).
func flaggedText(src []byte, r Range) string {
	if src == nil || r.Start.Line < 1 || r.Start.Offset < 0 || r.Start.Offset > len(src) {
		return ""
	}
	end := r.End.Offset
	if end < r.Start.Offset || end > len(src) {
		end = r.Start.Offset
	}
	// Whole lines: the snippet alone (tf.train.sgd(0.05)) recurs across a
	// file, its line much less.
	from := bytes.LastIndexByte(src[:r.Start.Offset], '\n') + 1
	to := len(src)
	if nl := bytes.IndexByte(src[end:], '\n'); nl >= 0 {
		to = end + nl
	}
	return strings.Join(strings.Fields(string(src[from:to])), " ")
}
