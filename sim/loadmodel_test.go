package sim

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadLocalModel: tf.loadLayersModel of the project's own model.json
// gives the model its topology describes. The want lists are what real
// tfjs 4.22 gives for the same files (tf.models.modelFromJSON, class,
// output shape and params per layer), and the params must also equal the
// weights manifest's.
func TestLoadLocalModel(t *testing.T) {
	rep := Run(filepath.Join("testdata", "loadmodel", "transfer.js"), Options{})
	if rep.Incomplete != nil {
		t.Fatalf("incomplete: %s", *rep.Incomplete)
	}
	want := map[string]string{
		"model":      `Conv2D [null,28,28,8] 80; MaxPooling2D [null,14,14,8] 0; BatchNormalization [null,14,14,8] 32; Flatten [null,1568] 0; Dropout [null,1568] 0; Dense [null,10] 15690`,
		"functional": `InputLayer [null,16] 0; Dense [null,32] 544; Dense [null,32] 544; Add [null,32] 0; Concatenate [null,48] 0; Dense [null,3] 147`,
	}
	found := map[string]bool{}
	for _, m := range rep.Models {
		var parts []string
		for _, l := range m.Layers {
			shape, _ := json.Marshal(l.OutputShape)
			parts = append(parts, fmt.Sprintf("%s %s %d", l.Class, shape, l.Params))
		}
		got := strings.Join(parts, "; ")
		for dir, w := range want {
			if got == w {
				found[dir] = true
				if m.Params != manifestParams(t, dir) {
					t.Errorf("%s: %d params, the manifest has %d", dir, m.Params, manifestParams(t, dir))
				}
			}
		}
	}
	for dir, w := range want {
		if !found[dir] {
			t.Errorf("no model %s = %s among %+v", dir, w, rep.Models)
		}
	}
	if len(rep.Steps) != 5 {
		t.Errorf("%d steps, want 4 of the head and 1 of the ranker", len(rep.Steps))
	}
}

func manifestParams(t *testing.T, dir string) int {
	b, err := os.ReadFile(filepath.Join("testdata", "loadmodel", dir, "model.json"))
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		WeightsManifest []struct {
			Weights []struct{ Shape []int } `json:"weights"`
		} `json:"weightsManifest"`
	}
	if err := json.Unmarshal(b, &j); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, g := range j.WeightsManifest {
		for _, w := range g.Weights {
			p := 1
			for _, d := range w.Shape {
				p *= d
			}
			n += p
		}
	}
	return n
}
