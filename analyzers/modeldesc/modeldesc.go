package modeldesc

import (
	"sync"

	"reflect"
	"strings"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
)

var Analyzer = &analysis.Analyzer{
	Name:       "modeldesc",
	Doc:        "describes the models a file builds: layers, topology and compile config",
	Requires:   []*analysis.Analyzer{tfapi.Analyzer},
	Run:        run,
	ResultType: reflect.TypeOf((*Info)(nil)),
}

// Info is the result of the Analyzer for one file.
type Info struct {
	tf *tfapi.Info
	// Compiles are the compile calls of the file's models, in source order.
	Compiles []*Compile

	modelsOnce sync.Once
	models     []*Model
}

// FileModels is Reader().FileModels(), read once for all the file's passes
// (the models are not changed after they are read).
func (i *Info) FileModels() []*Model {
	i.modelsOnce.Do(func() { i.models = i.Reader().FileModels() })
	return i.models
}

// Reader returns a new Reader of the file. The analyzers of a file run
// concurrently and a Reader caches as it reads, so each pass takes its own.
func (i *Info) Reader() *Reader { return NewReader(i.tf) }

// Compile is one model.compile({…}) call.
type Compile struct {
	Call      *ast.CallExpression
	Receiver  ast.Expression     // the model expression
	Config    *ast.ObjectLiteral // the config literal
	Loss      ast.Expression     // the loss property's value, nil when absent
	LossName  string             // the loss when a constant string ("categoricalCrossentropy"), or a tf.losses.* / tf.metrics.* function's name
	Optimizer ast.Expression     // the optimizer property's value
	Metrics   ast.Expression     // the metrics property's value
	known     bool
}

// Models returns the models the compile may configure.
func (c *Compile) Models(r *Reader) []*Model { return r.ModelAt(c.Receiver, c.Call) }

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	out := &Info{tf: info}
	if !info.UsesTF {
		return out, nil
	}
	r := NewReader(info)
	info.File.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		if c := r.compile(n.(*ast.CallExpression)); c != nil {
			out.Compiles = append(out.Compiles, c)
		}
	})
	return out, nil
}

// compile reads X.compile({…}): the receiver must be a known tfjs model,
// or the config must name a loss, which only tfjs-style compile configs do.
func (r *Reader) compile(call *ast.CallExpression) *Compile {
	dot, ok := call.Callee.(*ast.DotExpression)
	if !ok || dot.Identifier.Name != "compile" || len(call.ArgumentList) != 1 {
		return nil
	}
	cfg := r.Eval.Object(call.ArgumentList[0])
	if cfg == nil {
		return nil
	}
	api, known := r.Info.API(call)
	known = known && api.Name == "LayersModel.compile"
	if !known && constant.Property(cfg, "loss") == nil {
		return nil
	}
	c := &Compile{Call: call, Receiver: dot.Left, Config: cfg, known: known,
		Loss:      constant.Property(cfg, "loss"),
		Optimizer: constant.Property(cfg, "optimizer"),
		Metrics:   constant.Property(cfg, "metrics"),
	}
	c.LossName = r.lossName(c.Loss)
	return c
}

// lossName names a loss: a string constant, or a tfjs loss function
// (tf.losses.softmaxCrossEntropy, tf.metrics.categoricalCrossentropy).
func (r *Reader) lossName(e ast.Expression) string {
	if e == nil {
		return ""
	}
	if s, ok := r.Eval.String(e); ok {
		return s
	}
	name := r.Info.Name(e)
	for _, p := range []string{"tf.losses.", "tf.metrics."} {
		if strings.HasPrefix(name, p) {
			return name
		}
	}
	return ""
}
