package learningrate

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

var Analyzer = &analysis.Analyzer{
	Name:     "learningrate",
	Doc:      "reports learning rates outside the optimizer's sensible range (rule learning-rate, tips 5, 6)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/learning-rate.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer, contexts.Analyzer},
	Run:      run,
}

const rule = "learning-rate"

// optimizers maps the APIs whose first argument is the learning rate to the
// optimizer's name in the rule options.
var optimizers = map[string]string{
	"tf.train.sgd": "sgd", "tf.SGDOptimizer": "sgd",
	"tf.train.momentum": "momentum", "tf.MomentumOptimizer": "momentum",
	"tf.train.adam": "adam", "tf.AdamOptimizer": "adam",
	"tf.train.adamax": "adamax", "tf.AdamaxOptimizer": "adamax",
	"tf.train.adagrad": "adagrad", "tf.AdagradOptimizer": "adagrad",
	"tf.train.rmsprop": "rmsprop", "tf.RMSPropOptimizer": "rmsprop",
}

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	ctx := runctx.Of(pass)
	if ctx.NoTraining {
		return nil, nil // the rate of an optimizer that never trains does not matter
	}
	cfg := ctx.Config
	var ev *constant.Evaluator
	for _, c := range info.Calls {
		opt, ok := optimizers[c.API.Name]
		if !ok {
			continue
		}
		arg := firstArg(c.Node)
		if arg == nil {
			continue // the default rate is fine
		}
		if pass.ResultOf[contexts.Analyzer].(*contexts.Info).OfNode(c.Node).Test {
			continue // a test picks rates for what it checks (sgd(0) freezes the weights)
		}
		if ev == nil {
			ev = constant.New(info.File)
		}
		lr, ok := ev.Number(arg)
		if !ok {
			continue
		}
		lo, hi := bound(cfg, "min-"+opt), bound(cfg, "max-"+opt)
		value := format(lr)
		if _, literal := arg.(*ast.NumberLiteral); !literal && !isNegatedLiteral(arg) {
			value += " (" + strings.TrimSpace(info.File.Text(arg)) + ")"
		}
		var msg string
		sev := rules.Off
		switch {
		case lr <= 0:
			msg = fmt.Sprintf("learning rate %s for %s must be positive (tip 6)", value, c.API.Name)
			sev = rules.Error
		case lr > hi, lr < lo:
			// Outside the usual range is worth a look, not a warning: on real
			// code the high rates reviewers reran (Adam(0.2) on a logistic
			// regression, Adam(1) on a matrix factorisation) were the best.
			side := "above"
			if lr < lo {
				side = "below"
			}
			msg = fmt.Sprintf("learning rate %s for %s is %s the sensible range %s–%s (tip 6)", value, c.API.Name, side, format(lo), format(hi))
			sev = rules.Info
		default:
			continue
		}
		pass.Report(analysis.Diagnostic{
			Pos:      info.File.Start(arg),
			End:      info.File.End(arg),
			Category: runctx.Category(rule, sev),
			Message:  msg,
		})
	}
	return nil, nil
}

// bound returns a range bound: the value the user configured, else the
// catalog's calibrated default.
func bound(cfg *rules.Config, key string) float64 {
	return cfg.Float(rule, key)
}

func firstArg(call ast.Expression) ast.Expression {
	args := jsast.Arguments(call)
	if len(args) == 0 {
		return nil
	}
	if _, spread := args[0].(*ast.SpreadElement); spread {
		return nil
	}
	return args[0]
}

func isNegatedLiteral(e ast.Expression) bool {
	u, ok := e.(*ast.UnaryExpression)
	if !ok {
		return false
	}
	_, lit := u.Operand.(*ast.NumberLiteral)
	return lit
}

func format(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
