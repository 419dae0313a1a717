package lint

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestFollowImports: Run with FollowImports lints the files the given one
// loads, transitively, reading the overlay before the disk, leaving out
// external specifiers and vendored bundles, and stopping at the limit.
func TestFollowImports(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	main := filepath.Join(dir, "main.js") // only in the overlay
	model := write("model.js", "import {helper} from './util.js';\nexport const m = helper();\n")
	util := write("util.js", "export function helper() { return 1; }\n")
	vendor := write("tf.min.js", "var tf={};")
	write("unused.js", "export const x = 1;\n")
	overlay := map[string][]byte{
		main: []byte("import * as tf from '@tensorflow/tfjs';\nimport './tf.min.js';\nimport {m} from './model.js';\nconsole.log(m, tf);\n"),
	}
	for _, tc := range []struct {
		limit int
		want  []string
	}{
		{0, []string{main}},
		{1, []string{main}},
		{2, []string{main, model}},
		{200, []string{main, model, util}},
	} {
		res, err := Run([]string{main}, Options{Overlay: overlay, FollowImports: tc.limit})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(res.Files, tc.want) {
			t.Errorf("limit %d: Files = %v, want %v", tc.limit, res.Files, tc.want)
		}
		for _, f := range res.Files {
			if res.Sources[f] == nil {
				t.Errorf("limit %d: no source of %s", tc.limit, f)
			}
		}
		if _, ok := res.Sources[vendor]; ok {
			t.Errorf("limit %d: the vendored bundle was read into Sources", tc.limit)
		}
	}
}
