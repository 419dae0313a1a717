package sim

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestOraclePages drives the pages of testdata/pages on the simulator and
// on real tfjs (run.js --drive: the page's local scripts run with its
// inline ones, then each UI handler is fired twice once the page is idle)
// and requires the same models, the same tf.memory() after every step and
// after every firing.
func TestOraclePages(t *testing.T) {
	node := needOracle(t)
	pages, err := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no page fixtures: %v", err)
	}
	for _, page := range pages {
		t.Run(filepath.Base(page), func(t *testing.T) {
			t.Parallel()
			got := Run(page, Options{})
			extra := []string{"--drive"}
			if len(got.StandIns) > 0 {
				extra = append(extra, "--stand-ins", strings.Join(got.StandIns, ","))
			}
			want := runOracle(t, node, page, defaultSteps, extra...)
			diff := compareReports(got, want)
			if len(got.Events) != len(want.Events) {
				diff += fmt.Sprintf("events: %d firings, tfjs has %d\n", len(got.Events), len(want.Events))
			}
			for i := range min(len(got.Events), len(want.Events)) {
				if got.Events[i] != want.Events[i] {
					diff += fmt.Sprintf("firing %d: %+v, tfjs has %+v\n", i+1, got.Events[i], want.Events[i])
				}
			}
			if diff != "" {
				t.Errorf("simulator and tfjs differ:\n%s", diff)
			}
			if want.Incomplete != nil && !strings.HasPrefix(*want.Incomplete, "step budget") {
				t.Errorf("the page fails on real tfjs: %s", *want.Incomplete)
			}
			if got.Incomplete != nil && !strings.HasPrefix(*got.Incomplete, "step budget") {
				t.Errorf("the simulation is incomplete: %s", *got.Incomplete)
			}
			t.Logf("%d models, %d steps, %d firings equal", len(want.Models), len(want.Steps), len(want.Events))
		})
	}
}

// TestPageDriven checks what driving a page finds: its local scripts share
// one global scope, the form controls have their markup's values (the
// selected option sizes the model, the number input sets the epochs), each
// handler fires twice in document order, and a leak per click is reported
// at its allocation site with the handler that leaks.
func TestPageDriven(t *testing.T) {
	page := filepath.Join("testdata", "pages", "train_button.html")
	rep := Run(page, Options{})
	if rep.Incomplete != nil {
		t.Fatalf("incomplete: %s", *rep.Incomplete)
	}
	var fired []string
	for _, h := range rep.Handlers {
		fired = append(fired, fmt.Sprintf("%s %s:%d", h.Event(), filepath.Base(h.At.File), h.At.Line))
	}
	if got, want := strings.Join(fired, ", "), "change on #units ui.js:42, click on #train ui.js:41, click on #predict train_button.html:20"; got != want {
		t.Errorf("fired %s, want %s", got, want)
	}
	// 16 hidden units (the selected option): 6*16+16 + 16*3+3 params; 3
	// epochs (value="3") of 4 batches per click.
	if len(rep.Models) != 2 || rep.Models[0].Params != 163 || len(rep.Steps) != 24 {
		t.Fatalf("models %+v, %d steps", rep.Models, len(rep.Steps))
	}
	var leaks []string
	for _, l := range rep.Leaks {
		leaks = append(leaks, fmt.Sprintf("%s:%d:%d %s %v/%s on %s", filepath.Base(l.File), l.Line, l.Column, l.Op, l.TensorsPerStep, l.Event, l.Target))
	}
	want := []string{
		"ui.js:13:39 tf.train.adam 2/click on #train",
		"ui.js:36:33 tf.randomNormal 1/click on #predict",
		"ui.js:37:30 LayersModel.predict 1/click on #predict",
		"ui.js:38:28 Tensor.argMax 1/click on #predict",
	}
	if strings.Join(leaks, "\n") != strings.Join(want, "\n") {
		t.Errorf("leaks:\n%s\nwant:\n%s", strings.Join(leaks, "\n"), strings.Join(want, "\n"))
	}
}

// TestPageGlobals checks the globals of a page that loads libraries from a
// CDN: its element ids name its elements (preview sizes the model, rate
// sets the learning rate) and jQuery and tfjs-vis are inert stand-ins,
// listed, so the click trains.
func TestPageGlobals(t *testing.T) {
	rep := Run(filepath.Join("testdata", "pages", "cdn_page.html"), Options{})
	if rep.Incomplete != nil {
		t.Fatalf("incomplete: %s", *rep.Incomplete)
	}
	if got := strings.Join(rep.StandIns, ","); got != "$,tfvis" {
		t.Errorf("stand-ins %q, want $,tfvis", got)
	}
	if len(rep.External) != 3 {
		t.Errorf("scripts not run: %v", rep.External)
	}
	// 28*28 inputs (the canvas's width and height) to 10 units.
	if len(rep.Models) != 1 || rep.Models[0].Params != 28*28*10+10 || len(rep.Steps) != 16 {
		t.Fatalf("models %+v, %d steps", rep.Models, len(rep.Steps))
	}
}

// TestArgparseDefaults runs Node CLIs whose hyper-parameters come from
// argparse (the 1.x and 2.x APIs), behind a require.main guard: without
// arguments every declared argument has its default (converted by its
// type), so the model and the step count follow them.
func TestArgparseDefaults(t *testing.T) {
	cases := []struct {
		file          string
		params, steps int
	}{
		// 10*24+24 + 24+1 params; 64 samples in batches of 16 ('16' as
		// int), 3 epochs.
		{"argparse_cli.js", 10*24 + 24 + 24 + 1, 3 * 4},
		// 5*12+12 + 12+1; 32 samples in batches of 8, 2 epochs.
		{"argparse2_cli.mjs", 5*12 + 12 + 12 + 1, 2 * 4},
	}
	for _, c := range cases {
		rep := Run(filepath.Join("testdata", "node", c.file), Options{})
		if rep.Incomplete != nil {
			t.Errorf("%s: incomplete: %s", c.file, *rep.Incomplete)
			continue
		}
		if len(rep.Models) != 1 || rep.Models[0].Params != c.params || len(rep.Steps) != c.steps {
			t.Errorf("%s: models %+v, %d steps; want %d params, %d steps", c.file, rep.Models, len(rep.Steps), c.params, c.steps)
		}
	}
}

// TestOracleArgparse runs the argparse 1.x CLI on real tfjs with the real
// argparse (1.0.10, in the oracle's packages), without arguments, and
// requires the same model and steps.
func TestOracleArgparse(t *testing.T) {
	node := needOracle(t)
	file := filepath.Join("testdata", "node", "argparse_cli.js")
	got := Run(file, Options{})
	want := runOracle(t, node, file, defaultSteps)
	if want.Incomplete != nil {
		t.Fatalf("the CLI fails on real tfjs: %s", *want.Incomplete)
	}
	if diff := compareReports(got, want); diff != "" {
		t.Errorf("simulator and tfjs differ:\n%s", diff)
	}
}

// TestModulePageSelect drives a module page whose model follows a
// <select>'s selected option (read through options[selectedIndex]) and
// which draws with tfjs-vis, an inert stand-in (its namespace import
// included).
func TestModulePageSelect(t *testing.T) {
	rep := Run(filepath.Join("testdata", "pagevis", "index.html"), Options{})
	if rep.Incomplete != nil {
		t.Fatalf("incomplete: %s", *rep.Incomplete)
	}
	// GRU of 6 units on 3 features, as tfjs counts it: 3*(3*6+6*6+6), and a dense.
	if len(rep.Models) != 2 || rep.Models[0].Layers[0].Class != "GRU" || rep.Models[0].Params != 3*(3*6+6*6+6)+7 || len(rep.Steps) != 8 {
		t.Fatalf("models %+v, %d steps", rep.Models, len(rep.Steps))
	}
}

// TestPageAttributeOrder checks that what a page's script sees of its
// markup's attributes is in the same order on every run (Go maps hand
// them to the engine): the page throws the keys of two datasets.
func TestPageAttributeOrder(t *testing.T) {
	const want = "alpha,beta,mid,zeta a,w,x,y"
	for range 20 {
		rep := Run(filepath.Join("testdata", "pageorder", "index.html"), Options{})
		if rep.Incomplete == nil || !strings.Contains(*rep.Incomplete, want) {
			t.Fatalf("the page saw its attributes in another order: %s, want %q", deref(rep.Incomplete), want)
		}
	}
}

// TestPageDelegation checks that a listener on document or window that
// acts on event.target (event delegation) is fired once for each of the
// page's controls with an id, each as the target, and that the controls
// answer matches and closest.
func TestPageDelegation(t *testing.T) {
	rep := Run(filepath.Join("testdata", "pages", "delegated.html"), Options{})
	var got []string
	for _, h := range rep.Handlers {
		got = append(got, fmt.Sprintf("%s %d", h.Event(), h.Steps))
	}
	if want := []string{"click on #train via document 4", "click on #reset via document 0"}; !slices.Equal(got, want) {
		t.Errorf("handlers fired: %q, want %q", got, want)
	}

	rep = Run(filepath.Join("testdata", "pagedelegate", "index.html"), Options{})
	got = nil
	for _, h := range rep.Handlers {
		got = append(got, fmt.Sprintf("%s %d", h.Event(), h.Steps))
	}
	want := []string{"click on #settings via window 0", "click on #epochs via window 0", "click on #fit via window 4"}
	if !slices.Equal(got, want) {
		t.Errorf("handlers fired: %q, want %q", got, want)
	}
	if rep.Incomplete != nil && !strings.HasPrefix(*rep.Incomplete, "step budget") {
		t.Errorf("the page did not run through: %s", *rep.Incomplete)
	}
}

// TestModuleImportsLibrary checks that a module importing a library build
// from the project (a UMD bundle, as tfjs-vis.js) gets an inert stand-in,
// as a page's <script src> of one does, instead of the engine running it.
func TestModuleImportsLibrary(t *testing.T) {
	rep := Run(filepath.Join("testdata", "pagelib", "index.html"), Options{})
	if rep.Incomplete != nil {
		t.Errorf("the run stopped: %s", *rep.Incomplete)
	}
	if len(rep.Steps) != 2 {
		t.Errorf("%d optimizer steps, want 2", len(rep.Steps))
	}
	if want := []string{"https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@4.22.0/dist/tf.min.js", "vis.js", "./vis.js"}; !slices.Equal(rep.External, want) {
		t.Errorf("not run: %q, want %q", rep.External, want)
	}
}
