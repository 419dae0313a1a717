package undisposed_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/undisposed"
)

// TestTidyBlockFix checks the second suggestion of undisposed-tensor: the
// statements from the declaration to the last use, grown to cover what they
// declare, wrapped in tf.tidy — and no suggestion where a tidy would free a
// tensor the code keeps.
func TestTidyBlockFix(t *testing.T) {
	tests := []struct {
		name, src, want string // want "" means no tidy suggestion
	}{
		{
			name: "chain of locals",
			src: `import * as tf from '@tensorflow/tfjs';
const model = tf.sequential();
function report(xs) {
  const probs = model.predict(xs);
  const best = probs.max(1);
  console.log(best.mean().dataSync()[0]);
  return 1;
}
report(tf.zeros([2, 2]));
document.body.onclick = () => report(tf.zeros([2, 2]));
`,
			want: `  tf.tidy(() => {
    const probs = model.predict(xs);
    const best = probs.max(1);
    console.log(best.mean().dataSync()[0]);
  });`,
		},
		{
			name: "a tensor of the block is kept",
			src: `import * as tf from '@tensorflow/tfjs';
const model = tf.sequential();
const history = [];
document.body.onclick = () => {
  const probs = model.predict(tf.zeros([2, 2]));
  history.push(probs.argMax(1));
};
`,
		},
		{
			name: "an await in the block",
			src: `import * as tf from '@tensorflow/tfjs';
const model = tf.sequential();
document.body.onclick = async () => {
  const probs = model.predict(tf.zeros([2, 2]));
  console.log(await probs.argMax(1).data());
};
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "a.mjs")
			if err := os.WriteFile(path, []byte(tt.src), 0o644); err != nil {
				t.Fatal(err)
			}
			r := analyzertest.Analyze(t, undisposed.Analyzer, path)[0]
			var got string
			for _, d := range r.Diagnostics {
				if !strings.HasPrefix(d.Category, "undisposed-tensor") {
					continue
				}
				for _, fix := range d.SuggestedFixes {
					if strings.HasPrefix(fix.Message, "Wrap line") && got == "" { // the first finding's
						got = string(fix.TextEdits[0].NewText)
						start := r.Fset.Position(fix.TextEdits[0].Pos).Offset
						got = tt.src[lineStart(tt.src, start):start] + got
					}
				}
			}
			if got != tt.want {
				t.Errorf("tidy suggestion:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func lineStart(src string, off int) int {
	return strings.LastIndex(src[:off], "\n") + 1
}
