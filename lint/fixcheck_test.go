package lint

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/tfjslint/tfjslint/internal/oracle"
	"github.com/tfjslint/tfjslint/rules"
)

// A fixCheck is one program of testdata/fixcheck and the rules whose
// suggested fixes TestFixesOnRealTFJS applies to it.
type fixCheck struct {
	file  string   // in testdata/fixcheck
	rules []string // every suggested fix of these rules is applied
	// fix picks, among the alternatives a finding offers, the one whose
	// message contains it, ignoring case ("" takes the first, as --diff
	// does). It also names the subtest.
	fix string
	// per is what the program repeats: "steps" (optimizer steps), "frames"
	// (requestAnimationFrame callbacks) or "events" (rounds of fired handlers).
	per string
	// leaks: the original grows per step/frame/event and the fix is about
	// memory: the fixed program must not grow at all. A fix that is not
	// (sync-readback, sgd-optimizer, missing-shuffle) must not make the
	// program grow faster than the original.
	leaks bool
	// changesResult: the fix changes what the program computes (another
	// optimizer, another sample order), so only the kind of result is
	// compared: the printed lines with their numbers masked. Otherwise the
	// fixed program must print exactly what the original prints (both run
	// with one seed for Math.random).
	changesResult bool
	// knownBroken, when set, is why the entry fails with today's fixes: the
	// test skips it unless TFJSLINT_FIXCHECK_ALL is set. Remove the mark when
	// the fix lands.
	knownBroken string
}

var (
	undisposedRule  = []string{"undisposed-tensor"}
	temporaryRule   = []string{"leaked-temporary"}
	overwrittenRule = []string{"overwritten-tensor"}
)

var fixChecks = []fixCheck{
	// undisposed-tensor: dispose after the last use, or wrap in tf.tidy.
	{file: "undisposed_dispose.mjs", rules: undisposedRule, fix: "dispose", per: "steps", leaks: true},
	{file: "undisposed_tidy.cjs", rules: undisposedRule, fix: "dispose", per: "steps", leaks: true},
	{file: "undisposed_tidy.cjs", rules: undisposedRule, fix: "tidy", per: "steps", leaks: true},
	// leaked-temporary: wrap the statement's expression, read included, in
	// tf.tidy; for await x.data() reads, bind, await, dispose.
	{file: "leaked_chain.html", rules: temporaryRule, fix: "tidy", per: "frames", leaks: true},
	{file: "leaked_read_click.mjs", rules: temporaryRule, fix: "tidy", per: "events", leaks: true},
	{file: "leaked_read_callback.cjs", rules: temporaryRule, fix: "tidy", per: "steps", leaks: true},
	{file: "leaked_async_read.html", rules: temporaryRule, per: "frames", leaks: true},
	// Containers (a topk result, arrays from a multi-output predict and from
	// executeAsync, an NMS result object): tf.dispose(name), never
	// name.dispose(), which throws on them.
	{file: "container_topk.mjs", rules: undisposedRule, per: "frames", leaks: true},
	{file: "container_multi_output.html", rules: undisposedRule, per: "events", leaks: true},
	{file: "container_execute_async.mjs", rules: undisposedRule, per: "events", leaks: true},
	{file: "container_nms.html", rules: undisposedRule, per: "frames", leaks: true},
	// overwritten-tensor: const previousW = w; w = …; tf.dispose(previousW);
	{file: "overwritten_loop.mjs", rules: overwrittenRule, per: "steps", leaks: true},
	{file: "overwritten_click.html", rules: overwrittenRule, per: "events", leaks: true},
	{file: "overwritten_global_click.html", rules: overwrittenRule, per: "events", leaks: true},
	// Fixes that are not about memory: the fixed program runs and prints
	// the same result (readback) or the same kind of result (an optimizer,
	// a sample order).
	{file: "sync_readback.html", rules: []string{"sync-readback"}, per: "steps"},
	{file: "sgd_optimizer.mjs", rules: []string{"sgd-optimizer"}, per: "steps", changesResult: true},
	{file: "sgd_compile.cjs", rules: []string{"sgd-optimizer"}, per: "steps", changesResult: true},
	{file: "shuffle_fit.js", rules: []string{"missing-shuffle"}, per: "steps", changesResult: true},
	{file: "shuffle_dataset.mjs", rules: []string{"missing-shuffle"}, per: "steps", changesResult: true},
	{file: "shuffle_batch_first.html", rules: []string{"missing-shuffle"}, per: "steps", changesResult: true},
}

// Budgets of one run: few steps, frames and events keep the test short;
// growth is measured over the second half of what ran.
const (
	fixcheckSteps  = 12
	fixcheckFrames = 12
	fixcheckEvents = 6
	fixcheckSeed   = 13
	minRepeats     = 4
)

// TestFixesOnRealTFJS applies every suggested fix of an entry's rules to its
// program and runs the original and the fixed program on real TensorFlow.js
// 4.22.0 under Node. The original must leak per step/frame/event (memory
// fixes); the fixed program must run without throwing, as many
// steps/frames/events as the original, print the same kind of result (the
// same lines once numbers are masked), and not grow at all.
func TestFixesOnRealTFJS(t *testing.T) {
	node := oracle.Need(t)
	all := os.Getenv("TFJSLINT_FIXCHECK_ALL") != ""
	for _, c := range fixChecks {
		name := c.file
		if c.fix != "" {
			name += ":" + c.fix
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if c.knownBroken != "" && !all {
				t.Skipf("known broken (set TFJSLINT_FIXCHECK_ALL=1 to run it): %s", c.knownBroken)
			}
			checkFix(t, node, c)
		})
	}
}

func checkFix(t *testing.T, node string, c fixCheck) {
	file := filepath.Join("..", "testdata", "fixcheck", c.file)
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	fixed, n := applyRuleFixes(t, file, src, c)
	t.Logf("%d suggested fixes applied:\n%s", n, Diff(c.file, src, fixed))
	fixedFile := filepath.Join(t.TempDir(), c.file)
	if err := os.WriteFile(fixedFile, fixed, 0o644); err != nil {
		t.Fatal(err)
	}

	opts := oracle.Options{Frames: fixcheckFrames, Console: true, Seed: fixcheckSeed}
	switch c.per {
	case "steps":
		opts.Steps = fixcheckSteps
	case "events":
		opts.Events = fixcheckEvents
	case "frames":
	default:
		t.Fatalf("per %q: want steps, frames or events", c.per)
	}
	var before, after *oracle.Result
	var errBefore, errAfter error
	var wg sync.WaitGroup
	wg.Go(func() { before, errBefore = oracle.Run(node, file, opts) })
	wg.Go(func() { after, errAfter = oracle.Run(node, fixedFile, opts) })
	wg.Wait()
	if errBefore != nil {
		t.Fatal(errBefore)
	}
	if errAfter != nil {
		t.Fatal(errAfter)
	}

	// The original is the baseline: it must run, and leak when it should.
	if msg := before.Failed(); msg != "" {
		t.Fatalf("the original program fails on real tfjs: %s", msg)
	}
	was := repeats(before, c.per)
	if len(was) < minRepeats {
		t.Fatalf("the original program ran %d %s on real tfjs, want at least %d", len(was), c.per, minRepeats)
	}
	grewBy, grewBytes := growth(was)
	t.Logf("original: %d %s, %+g tensors (%+g bytes) per %s", len(was), c.per, grewBy, grewBytes, unit(c.per))
	if c.leaks && grewBy <= 0 {
		t.Fatalf("the original program does not leak on real tfjs (%+g tensors per %s): the fixture tests nothing", grewBy, unit(c.per))
	}

	// (b) the fixed program still runs.
	if msg := after.Failed(); msg != "" {
		t.Fatalf("the fixed program throws on real tfjs: %s", msg)
	}
	now := repeats(after, c.per)
	if len(now) != len(was) {
		t.Fatalf("the fixed program ran %d %s on real tfjs, the original %d", len(now), c.per, len(was))
	}
	// (c) and its growth is gone.
	grows, growsBytes := growth(now)
	t.Logf("fixed: %d %s, %+g tensors (%+g bytes) per %s", len(now), c.per, grows, growsBytes, unit(c.per))
	switch {
	case c.leaks && grows != 0:
		t.Errorf("the fixed program still grows by %+g tensors (%+g bytes) per %s on real tfjs (the original: %+g)\ntensors per %s: %v",
			grows, growsBytes, unit(c.per), grewBy, unit(c.per), counts(now))
	case !c.leaks && grows > grewBy:
		t.Errorf("the fix makes the program grow: %+g tensors per %s on real tfjs, the original %+g\ntensors per %s: %v",
			grows, unit(c.per), grewBy, unit(c.per), counts(now))
	}
	// The same result: the same models and the same printed lines (their
	// numbers masked when the fix changes the computation).
	if !slices.EqualFunc(before.Models, after.Models, func(a, b json.RawMessage) bool { return string(a) == string(b) }) {
		t.Errorf("the fixed program builds other models:\noriginal %s\nfixed    %s", before.Models, after.Models)
	}
	printed, prints := before.Console, after.Console
	what := "result"
	if c.changesResult {
		printed, prints, what = masked(printed), masked(prints), "kind of result"
	}
	if !slices.Equal(printed, prints) {
		t.Errorf("the fixed program prints another %s:\noriginal:\n\t%s\nfixed:\n\t%s",
			what, strings.Join(before.Console, "\n\t"), strings.Join(after.Console, "\n\t"))
	}
}

// applyRuleFixes applies one suggested fix of every finding of c's rules,
// the one c.fix names, as a user accepting every suggestion would. Fixes
// that overlap one applied earlier are taken by a further pass over the
// fixed text, as a second --fix run would.
func applyRuleFixes(t *testing.T, file string, src []byte, c fixCheck) ([]byte, int) {
	t.Helper()
	cfg := rules.DefaultConfig()
	cfg.Sim.Enabled = false
	total := 0
	for pass := 0; pass < 3; pass++ {
		res, err := Run([]string{file}, Options{Config: cfg, Overlay: map[string][]byte{file: src}})
		if err != nil {
			t.Fatal(err)
		}
		var chosen []Finding
		var missing []string
		for _, f := range res.FindingsOf(file) {
			if !slices.Contains(c.rules, f.Rule) {
				continue
			}
			fix, ok := pickFix(f, c.fix)
			if !ok {
				missing = append(missing, fmt.Sprintf("%s:%d:%d: %s offers no %s (offers %s): %s",
					c.file, f.Range.Start.Line, f.Range.Start.Column, f.Rule, fixWanted(c.fix), fixMessages(f), f.Message))
				continue
			}
			f.Fixes = []Fix{fix}
			chosen = append(chosen, f)
		}
		if pass == 0 && len(chosen) == 0 && len(missing) == 0 {
			t.Fatalf("no finding of %s in %s: the fixture tests nothing", strings.Join(c.rules, ", "), c.file)
		}
		if pass == 0 && len(missing) > 0 {
			t.Fatalf("a finding without the fix to check (a missing fix is not a pass):\n%s", strings.Join(missing, "\n"))
		}
		if len(chosen) == 0 {
			break
		}
		out, n := ApplyFixes(src, chosen, WithSuggestions)
		src, total = out, total+n
		if n == len(chosen) {
			break
		}
	}
	if total == 0 {
		t.Fatalf("no suggested fix of %s applies to %s", strings.Join(c.rules, ", "), c.file)
	}
	return src, total
}

func pickFix(f Finding, want string) (Fix, bool) {
	for _, fix := range f.Fixes {
		if len(fix.Edits) > 0 && strings.Contains(strings.ToLower(fix.Message), strings.ToLower(want)) {
			return fix, true
		}
	}
	return Fix{}, false
}

func fixWanted(want string) string {
	if want == "" {
		return "suggested fix"
	}
	return fmt.Sprintf("fix %q", want)
}

func fixMessages(f Finding) string {
	if len(f.Fixes) == 0 {
		return "none"
	}
	var msgs []string
	for _, fix := range f.Fixes {
		msgs = append(msgs, fmt.Sprintf("%q", fix.Message))
	}
	return strings.Join(msgs, ", ")
}

func repeats(r *oracle.Result, per string) []oracle.Memory {
	switch per {
	case "steps":
		return r.Steps
	case "frames":
		return r.Frames
	}
	return r.Events
}

func unit(per string) string { return strings.TrimSuffix(per, "s") }

// growth is the tensors and bytes added per step/frame/event over the second
// half of the run (the first half is warm-up: optimizer slots, lazily built
// weights).
func growth(m []oracle.Memory) (tensors, bytes float64) {
	n := len(m)
	w := n / 2
	a, b := m[n-1-w], m[n-1]
	return float64(b.NumTensors-a.NumTensors) / float64(w), float64(b.NumBytes-a.NumBytes) / float64(w)
}

func counts(m []oracle.Memory) []int {
	out := make([]int, len(m))
	for i, x := range m {
		out[i] = x.NumTensors
	}
	return out
}

var number = regexp.MustCompile(`-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?|NaN|-?Infinity`)

// masked hides the numbers of printed lines: a loss or a probability may
// change with a fix, the kind of line may not.
func masked(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = number.ReplaceAllString(l, "#")
	}
	return out
}
