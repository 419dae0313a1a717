package sim

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestPageData runs a page that fetches its config and reads its CSV with
// tf.data.csv, relative to the page: the model is sized from the files and
// the click trains (7 rows in batches of 4, 3 epochs, fired twice).
func TestPageData(t *testing.T) {
	rep := Run(filepath.Join("testdata", "pagedata", "index.html"), Options{})
	if rep.Incomplete != nil {
		t.Fatalf("incomplete: %s", *rep.Incomplete)
	}
	if len(rep.Models) != 2 || rep.Models[0].Params != 4*6+6+6*3+3 {
		t.Fatalf("models %+v, want two of %d params", rep.Models, 4*6+6+6*3+3)
	}
	if len(rep.Steps) != 2*3*2 {
		t.Errorf("%d steps, want 12", len(rep.Steps))
	}
	want := []string{"config.json", "iris.csv"}
	var got []string
	for _, f := range rep.DataFiles {
		got = append(got, filepath.Base(f))
	}
	if !slices.Equal(got, want) {
		t.Errorf("data files %v, want %v", got, want)
	}
}

// TestDataSandbox: reads stay inside the project root, writes never reach
// the disk (the run's own later reads see them), remote URLs stop the run.
func TestDataSandbox(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "project")
	if err := os.Mkdir(root, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "secret.txt"), []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := `const fs = require('fs');
const tf = require('@tensorflow/tfjs');
for (const p of ['../secret.txt', '` + filepath.Join(dir, "secret.txt") + `']) {
  try { fs.readFileSync(p, 'utf8'); console.log('read', p); } catch (e) { console.log(e.code); }
}
fs.writeFileSync('out.json', JSON.stringify({n: 3}));
console.log(JSON.parse(fs.readFileSync('out.json', 'utf8')).n, fs.existsSync('out.json'));
fetch('https://example.com/data.csv').then(() => console.log('fetched'));
`
	file := filepath.Join(root, "train.js")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := Run(file, Options{Root: root})
	if want := []string{"EACCES", "EACCES", "3 true"}; !slices.Equal(rep.Console, want) {
		t.Errorf("printed %q, want %q", rep.Console, want)
	}
	if _, err := os.Stat(filepath.Join(root, "out.json")); err == nil {
		t.Error("the run wrote to the disk")
	}
	if rep.Incomplete == nil || !strings.Contains(*rep.Incomplete, "fetch(https://example.com/data.csv): network access is not simulated") {
		t.Errorf("incomplete %v, want the remote fetch", rep.Incomplete)
	}
}

// TestDataCaps: a file over the per-file cap is refused with EFBIG, for
// the script to handle, and the run stays bounded.
func TestDataCaps(t *testing.T) {
	root := t.TempDir()
	big := filepath.Join(root, "big.bin")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(maxDataFile + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	src := "const fs = require('fs');\ntry { fs.readFileSync('big.bin'); } catch (e) { console.log(e.code); }\n"
	file := filepath.Join(root, "main.js")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := Run(file, Options{Root: root})
	if !slices.Equal(rep.Console, []string{"EFBIG"}) {
		t.Errorf("printed %q", rep.Console)
	}
}

// TestPageImages: an image of the project has its file's size, whether
// the markup or the script sets its src.
func TestPageImages(t *testing.T) {
	rep := Run(filepath.Join("testdata", "pagedata", "images.html"), Options{})
	want := []string{"markup [30,40,3]", "loaded [30,40,1] 40"}
	if !slices.Equal(rep.Console, want) {
		t.Errorf("printed %q, want %q", rep.Console, want)
	}
}
