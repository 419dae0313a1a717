package tfapi

import (
	"go/token"
	"slices"
	"testing"

	"github.com/tfjslint/tfjslint/jsast"
)

// callNames resolves a source and lists the API of every call, in order.
func callNames(t *testing.T, name, src string) []string {
	t.Helper()
	f := jsast.Parse(token.NewFileSet(), name, []byte(src))
	if len(f.Errors) > 0 {
		t.Fatalf("%s: %v", name, f.Errors[0])
	}
	var out []string
	for _, c := range Resolve(f).Calls {
		out = append(out, c.API.Name)
	}
	return out
}

func TestResolveNamespaceBindings(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{
		{"esm.mjs", "import * as tfjs from '@tensorflow/tfjs';\ntfjs.train.sgd(0.1);", []string{"tf.train.sgd"}},
		{"default.mjs", "import tf from '@tensorflow/tfjs-node';\ntf.tensor2d([[1]]);", []string{"tf.tensor2d"}},
		{"named.mjs", "import {train, tidy as t, layers} from '@tensorflow/tfjs';\ntrain.adam();\nt(() => 1);\nlayers.dense({units: 1});", []string{"tf.train.adam", "tf.tidy", "tf.layers.dense"}},
		{"require.cjs", "const tf = require('@tensorflow/tfjs');\ntf.train.sgd(0.1);", []string{"tf.train.sgd"}},
		{"require_member.cjs", "const {train} = require('@tensorflow/tfjs-node-gpu');\ntrain.momentum(0.1, 0.9);", []string{"tf.train.momentum"}},
		{"global.js", "const opt = tf.train.rmsprop(0.001);", []string{"tf.train.rmsprop"}},
		{"window.js", "window.tf.zeros([2]);", []string{"tf.zeros"}},
		{"alias.js", "const t = tf;\nconst tr = t.train;\ntr.adamax(0.002);", []string{"tf.train.adamax"}},
		{"destructure.js", "const {train: {sgd}, layers: L} = tf;\nsgd(0.1);\nL.conv2d({filters: 8, kernelSize: 3});", []string{"tf.train.sgd", "tf.layers.conv2d"}},
		{"new.js", "const o = new tf.SGDOptimizer(0.1);", []string{"tf.SGDOptimizer"}},
		{"dynamic.mjs", "const tf = await import('@tensorflow/tfjs');\ntf.ones([1]);", []string{"tf.ones"}},
		{"bracket.js", "tf['train']['adam'](0.001);", []string{"tf.train.adam"}},
		// Not tfjs:
		{"shadow_local.js", "const tf = {train: {sgd() {}}};\ntf.train.sgd(0.1);", nil},
		{"shadow_param.js", "function f(tf) { return tf.train.sgd(0.1); }", nil},
		{"other_module.mjs", "import * as tf from 'my-tf-lib';\ntf.train.sgd(0.1);", nil},
		{"reassigned.js", "let t = tf;\nt = other;\nt.train.sgd(0.1);", nil},
		{"mylib.js", "myLib.train.sgd();", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := callNames(t, c.name, c.src); !slices.Equal(got, c.want) {
				t.Errorf("calls = %v, want %v", got, c.want)
			}
		})
	}
}

func TestResolveMethodsThroughValueClasses(t *testing.T) {
	src := `import * as tf from '@tensorflow/tfjs';
const model = tf.sequential();
model.add(tf.layers.dense({units: 1, inputShape: [1]}));
model.compile({optimizer: 'adam', loss: 'meanSquaredError'});
const xs = tf.tensor2d([[1], [2]]);
const norm = xs.sub(1).div(2);
const p = model.predict(norm);
p.dataSync();
const loaded = await tf.loadLayersModel('indexeddb://m');
await loaded.fit(xs, xs);
const kept = tf.tidy(() => xs.square());
kept.dispose();
const ds = tf.data.array([1, 2]).shuffle(10).batch(4);
await ds.forEachAsync(b => b);
const opt = tf.train.adam();
opt.minimize(() => p.sum());
`
	got := callNames(t, "m.mjs", src)
	for _, want := range []string{"tf.sequential", "Sequential.add", "LayersModel.compile", "Tensor.sub", "Tensor.div",
		"LayersModel.predict", "Tensor.dataSync", "tf.loadLayersModel", "LayersModel.fit", "tf.tidy", "Tensor.square",
		"Tensor.dispose", "tf.data.array", "Dataset.shuffle", "Dataset.batch", "Dataset.forEachAsync", "tf.train.adam",
		"Optimizer.minimize", "Tensor.sum"} {
		if !slices.Contains(got, want) {
			t.Errorf("missing %s in %v", want, got)
		}
	}
	f := jsast.Parse(token.NewFileSet(), "m.mjs", []byte(src))
	info := Resolve(f)
	if !info.Trains || !info.UsesTF {
		t.Errorf("Trains=%v UsesTF=%v", info.Trains, info.UsesTF)
	}
}

func TestUsesTFWithoutCalls(t *testing.T) {
	f := jsast.Parse(token.NewFileSet(), "x.mjs", []byte("import * as tf from '@tensorflow/tfjs';\nexport default tf;\n"))
	if !Resolve(f).UsesTF {
		t.Error("an import alone means the file uses tfjs")
	}
	f = jsast.Parse(token.NewFileSet(), "y.js", []byte("const x = 1;\n"))
	if Resolve(f).UsesTF {
		t.Error("no tfjs here")
	}
}

func TestMentionsTF(t *testing.T) {
	for src, want := range map[string]bool{
		"const tf = 1":                          true,
		"x.tf.y":                                true,
		"import a from '@tensorflow/tfjs-node'": true,
		"after(); stuff(); tfx = 1; a_tf = 2":   false,
		"":                                      false,
		"tf":                                    true,
	} {
		if got := mentionsTF([]byte(src)); got != want {
			t.Errorf("mentionsTF(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestResolveThisFields(t *testing.T) {
	src := `import * as tf from '@tensorflow/tfjs';
class Trainer {
  constructor() { this.model = tf.sequential(); this.opt = tf.train.adam(); }
  async load() { this.model = await tf.loadLayersModel('indexeddb://m'); }
  step(x) { return this.model.predict(x); }
  train() { this.opt.minimize(() => this.model.predict(this.xs).sum()); }
}
class Other { constructor() { this.model = makeModel(); } run(x) { this.model.predict(x); } }
`
	got := callNames(t, "c.mjs", src)
	if n := countOf(got, "LayersModel.predict"); n != 2 {
		t.Errorf("LayersModel.predict resolved %d times in %v, want 2 (the Trainer's only)", n, got)
	}
	if !slices.Contains(got, "Optimizer.minimize") {
		t.Errorf("this.opt.minimize unresolved: %v", got)
	}
}

func countOf(xs []string, x string) int {
	n := 0
	for _, v := range xs {
		if v == x {
			n++
		}
	}
	return n
}

func TestResolveOptionalChains(t *testing.T) {
	got := callNames(t, "o.mjs", "import * as tf from '@tensorflow/tfjs';\nconst x = tf.tensor([1, 2]);\nx?.data();\nconst model = tf.sequential();\nmodel?.fit(x, x);\ntf?.train?.adam();\n")
	for _, want := range []string{"Tensor.data", "LayersModel.fit", "tf.train.adam"} {
		if !slices.Contains(got, want) {
			t.Errorf("missing %s in %v", want, got)
		}
	}
}

func TestApplyFollowsItsInput(t *testing.T) {
	src := `import * as tf from '@tensorflow/tfjs';
const input = tf.input({shape: [4]});
const hidden = tf.layers.dense({units: 8}).apply(input);
const merged = tf.layers.concatenate().apply([hidden, input]);
const dense = tf.layers.dense({units: 1});
const y = dense.apply(tf.ones([2, 4]));
`
	f := jsast.Parse(token.NewFileSet(), "a.mjs", []byte(src))
	info := Resolve(f)
	kinds := map[string]Kind{}
	for name, b := range info.Scope.Global.Children[0].Bindings {
		kinds[name] = info.KindOf(b.Ident)
	}
	want := map[string]Kind{"input": KindSymbolic, "hidden": KindSymbolic, "merged": KindSymbolic, "y": KindTensor, "dense": KindLayer}
	for name, k := range want {
		if kinds[name] != k {
			t.Errorf("KindOf(%s) = %v, want %v", name, kinds[name], k)
		}
	}
}
