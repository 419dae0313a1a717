package sim

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestP5Sketch runs a p5.js sketch as p5 does once the page has loaded:
// preload reads the project's JSON (the model is sized from it), setup
// builds the model, draw runs per frame until noLoop, and the button's
// mousePressed callback is the user's click that trains (5 rows in
// batches of 2, 2 epochs, fired twice).
func TestP5Sketch(t *testing.T) {
	rep := Run(filepath.Join("testdata", "pagep5", "index.html"), Options{})
	if rep.Incomplete != nil {
		t.Fatalf("incomplete: %s", *rep.Incomplete)
	}
	if len(rep.Models) != 1 || rep.Models[0].Params != 3*16+16+16*4+4 {
		t.Fatalf("models %+v, want one of %d params", rep.Models, 3*16+16+16*4+4)
	}
	if len(rep.Steps) != 2*3*2 {
		t.Errorf("%d steps, want 12", len(rep.Steps))
	}
	if len(rep.Handlers) != 1 || rep.Handlers[0].Type != "click" || len(rep.Events) != 2 {
		t.Errorf("handlers %+v, want the button's click fired twice", rep.Handlers)
	}
	if len(rep.DataFiles) != 1 || filepath.Base(rep.DataFiles[0]) != "colors.json" {
		t.Errorf("data files %v, want colors.json", rep.DataFiles)
	}
}

// TestP5Instance runs an instance-mode sketch (new p5(sketch)) of a page
// that loads a local p5 build: its draw trains one step per frame until
// noLoop, 5 frames, and registers no user events.
func TestP5Instance(t *testing.T) {
	rep := Run(filepath.Join("testdata", "pagep5", "instance.html"), Options{})
	if rep.Incomplete != nil {
		t.Fatalf("incomplete: %s", *rep.Incomplete)
	}
	if len(rep.Models) != 1 || rep.Models[0].Params != 2 {
		t.Fatalf("models %+v, want one of 2 params", rep.Models)
	}
	if len(rep.Steps) != 5 || len(rep.Handlers) != 0 {
		t.Errorf("%d steps, %d events, want 5 and none", len(rep.Steps), len(rep.Events))
	}
}

// TestP5Remote: a sketch that loads a remote file stops there, as fetch
// does.
func TestP5Remote(t *testing.T) {
	dir := t.TempDir()
	page := `<script src="https://cdn.jsdelivr.net/npm/p5@1.9.0/lib/p5.js"></script>
<script>
let data;
function preload() { data = loadJSON('https://example.com/colors.json'); }
function setup() { console.log('setup', data); }
</script>`
	file := filepath.Join(dir, "index.html")
	if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := Run(file, Options{Root: dir})
	if rep.Incomplete == nil || !strings.Contains(*rep.Incomplete, "loadJSON(https://example.com/colors.json): network access is not simulated") {
		t.Errorf("incomplete %v, want the remote load", rep.Incomplete)
	}
	if len(rep.Console) != 0 {
		t.Errorf("printed %q, want nothing: setup does not run", rep.Console)
	}
}

// TestServedPaths: a page's absolute URL paths and its development
// server's localhost URLs are read from the nearest directory of the
// page's path that holds them (a lesson folder served on its own), and
// a bundler's page (import and require in one module) gets require.
func TestServedPaths(t *testing.T) {
	rep := Run(filepath.Join("testdata", "pageserved", "lessons", "week1", "index.html"), Options{})
	if rep.Incomplete != nil {
		t.Fatalf("incomplete: %s", *rep.Incomplete)
	}
	if len(rep.Models) != 1 || rep.Models[0].Params != 4*5+5+5+1 {
		t.Fatalf("models %+v, want one of %d params", rep.Models, 4*5+5+5+1)
	}
	var got []string
	for _, f := range rep.DataFiles {
		got = append(got, filepath.Base(f))
	}
	if want := []string{"iris.csv", "config.json"}; !slices.Equal(got, want) {
		t.Errorf("data files %v, want %v", got, want)
	}
	if len(rep.Steps) != 2*2 {
		t.Errorf("%d steps, want 4", len(rep.Steps))
	}

	rep = Run(filepath.Join("testdata", "pageserved", "bundled", "index.html"), Options{})
	if rep.Incomplete != nil {
		t.Fatalf("bundled: incomplete: %s", *rep.Incomplete)
	}
	if len(rep.Steps) != 2*2 || len(rep.Handlers) != 1 {
		t.Errorf("bundled: %d steps, %d handlers, want 4 and 1", len(rep.Steps), len(rep.Handlers))
	}
}

// TestServedSandbox: a localhost URL or absolute path that climbs out of
// the project root is not read, and another host's URL is the network.
func TestServedSandbox(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "project")
	if err := os.MkdirAll(filepath.Join(root, "site"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "secret.txt"), []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	page := `<script>
(async () => {
  for (const u of ['http://localhost:8080/../../secret.txt', '/../../secret.txt', 'http://127.0.0.1/%2e%2e/%2e%2e/secret.txt']) {
    try { console.log(await (await fetch(u)).text()); } catch (e) { console.log('refused'); }
  }
  await fetch('http://example.com:8080/data.csv');
})();
</script>`
	file := filepath.Join(root, "site", "index.html")
	if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := Run(file, Options{Root: root})
	for _, line := range rep.Console {
		if strings.Contains(line, "secret") {
			t.Fatalf("the page read a file outside the root: %q", rep.Console)
		}
	}
	if rep.Incomplete == nil || !strings.Contains(*rep.Incomplete, "fetch(http://example.com:8080/data.csv): network access is not simulated") {
		t.Errorf("incomplete %v, want the remote fetch", rep.Incomplete)
	}
}

// TestPapaParse: a page that loads papaparse from a CDN (and a tf build
// the checkout lacks) downloads its own CSV with Papa.parse: header
// rows, typed, sized from the file (3 features, 6 rows in batches of 2).
func TestPapaParse(t *testing.T) {
	rep := Run(filepath.Join("testdata", "pagepapa", "index.html"), Options{})
	if rep.Incomplete != nil {
		t.Fatalf("incomplete: %s", *rep.Incomplete)
	}
	if len(rep.Models) != 1 || rep.Models[0].Params != 3*4+4+4+1 {
		t.Fatalf("models %+v, want one of %d params", rep.Models, 3*4+4+4+1)
	}
	if len(rep.Steps) != 3 {
		t.Errorf("%d steps, want 3", len(rep.Steps))
	}
}

// TestPapaParseText: papaparse parses as Papa does: a trailing line
// break leaves a last row of one empty field, dynamicTyping types numbers
// and booleans and makes empty fields null, quoted fields keep their
// commas and quotes.
func TestPapaParseText(t *testing.T) {
	dir := t.TempDir()
	src := `const Papa = require('papaparse');
const text = 'a,b,c\n1,"x, ""y""",true\n2.5,,\n';
const plain = Papa.parse(text);
console.log(plain.data.length, JSON.stringify(plain.data[1]), JSON.stringify(plain.data[3]));
const typed = Papa.parse(text, { header: true, dynamicTyping: true, skipEmptyLines: true });
console.log(typed.data.length, JSON.stringify(typed.data), typed.meta.fields.join('|'));
`
	file := filepath.Join(dir, "parse.js")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := Run(file, Options{Root: dir})
	want := []string{
		`4 ["1","x, \"y\"","true"] [""]`,
		`2 [{"a":1,"b":"x, \"y\"","c":true},{"a":2.5,"b":null,"c":null}] a|b|c`,
	}
	if !slices.Equal(rep.Console, want) {
		t.Errorf("printed %q, want %q", rep.Console, want)
	}
}

// TestJQueryPage: a page that loads jQuery from a CDN runs its ready
// callback once loaded; $.getJSON reads the project's own file, the
// button's .on('click') is the user's click, and .val() reads the form's
// values (8 hidden units, 2 epochs of 4 rows in batches of 2, fired
// twice).
func TestJQueryPage(t *testing.T) {
	rep := Run(filepath.Join("testdata", "pagejquery", "index.html"), Options{})
	if rep.Incomplete != nil {
		t.Fatalf("incomplete: %s", *rep.Incomplete)
	}
	if len(rep.Models) != 2 || rep.Models[0].Params != 2*8+8+8+1 {
		t.Fatalf("models %+v, want two of %d params", rep.Models, 2*8+8+8+1)
	}
	if len(rep.Steps) != 2*2*2 {
		t.Errorf("%d steps, want 8", len(rep.Steps))
	}
	if len(rep.Handlers) != 1 || rep.Handlers[0].Type != "click" || rep.Handlers[0].Target != "#train" {
		t.Errorf("handlers %+v, want the click on #train", rep.Handlers)
	}
	if len(rep.DataFiles) != 1 || filepath.Base(rep.DataFiles[0]) != "points.json" {
		t.Errorf("data files %v, want points.json", rep.DataFiles)
	}
}

// TestWindowsPaths: a Node script written on Windows reads its data with
// backslash separators, as it does there; they climb out of the project
// root no more than slashes do.
func TestWindowsPaths(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "project")
	if err := os.MkdirAll(filepath.Join(root, "data"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "data", "train.csv"), []byte("x,y\n1,2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "secret.txt"), []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := `const fs = require('fs');
console.log(fs.readFileSync(__dirname + '\\data\\train.csv', 'utf8').split('\n').length);
try { fs.readFileSync('..\\secret.txt', 'utf8'); console.log('read'); } catch (e) { console.log(e.code); }
`
	file := filepath.Join(root, "train.js")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := Run(file, Options{Root: root})
	if want := []string{"3", "EACCES"}; !slices.Equal(rep.Console, want) {
		t.Errorf("printed %q, want %q", rep.Console, want)
	}
}
