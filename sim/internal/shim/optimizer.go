package shim

import (
	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// Optimizer is one tf.train.* optimizer. Its tensors follow tfjs 4.22.0's
// optimizer classes: what the constructor creates, the slot variables
// applyGradients creates on first use (per position in the gradient list,
// as tfjs indexes them), and the scalars it keeps.
type Optimizer struct {
	s     *Shim
	Class string // "AdamOptimizer", ...
	obj   *sobek.Object

	lr, beta1, beta2, eps, rho, decay, momentum, initAccum float64
	nesterov, centered                                     bool

	c, m                          *engine.Tensor // SGD's -lr (kept), Momentum's momentum (not kept)
	accBeta1, accBeta2, iteration *engine.Tensor // Adam/Adamax state variables
	slots                         [][]*engine.Tensor
	iterations                    int
	disposed                      bool
	site                          *engine.Site // the constructor call
}

// slotKinds is how many slot variables each class creates per variable.
func (o *Optimizer) slotKinds() int {
	switch o.Class {
	case "MomentumOptimizer", "AdagradOptimizer":
		return 1
	case "RMSPropOptimizer":
		if o.centered {
			return 3
		}
		return 2
	case "AdamOptimizer", "AdamaxOptimizer", "AdadeltaOptimizer":
		return 2
	}
	return 0
}

// newOptimizer runs the constructor of class; site is the user's call.
func (s *Shim) newOptimizer(class string, o *Optimizer, site *engine.Site) *Optimizer {
	o.s, o.Class, o.site = s, class, site
	switch class {
	case "SGDOptimizer", "MomentumOptimizer":
		o.setLearningRate(o.lr, site)
		if class == "MomentumOptimizer" {
			o.m = s.E.NewTensor([]int{}, engine.Float32, site)
		}
	case "AdamOptimizer":
		_, _ = s.E.Tidy("", func() ([]*engine.Tensor, error) {
			o.accBeta1 = o.scalarVariable(site)
			o.accBeta2 = o.scalarVariable(site)
			return nil, nil
		})
	case "AdamaxOptimizer":
		_, _ = s.E.Tidy("", func() ([]*engine.Tensor, error) {
			o.iteration = o.scalarVariable(site)
			o.accBeta1 = o.scalarVariable(site)
			return nil, nil
		})
	}
	o.obj = s.optimizerObject(o)
	return o
}

// scalarVariable is scalar(v).variable().
func (o *Optimizer) scalarVariable(site *engine.Site) *engine.Tensor {
	init := o.s.E.NewTensor([]int{}, engine.Float32, site)
	v, _ := o.s.E.MakeVariable(init, true, "", engine.Float32, site)
	return v
}

// setLearningRate is SGDOptimizer.setLearningRate: a new kept -lr scalar.
func (o *Optimizer) setLearningRate(lr float64, site *engine.Site) {
	o.lr = lr
	if o.c != nil {
		o.s.E.Dispose(o.c)
	}
	o.c = o.s.E.Keep(o.s.E.NewTensor([]int{}, engine.Float32, site))
}

// slot returns slot k of position i, making it (zeros, or the Adagrad
// fill) like value when it does not exist yet.
func (o *Optimizer) slot(i, k int, value *engine.Tensor, tidyEach bool) *engine.Tensor {
	for len(o.slots) <= i {
		o.slots = append(o.slots, make([]*engine.Tensor, o.slotKinds()))
	}
	if o.slots[i][k] != nil {
		return o.slots[i][k]
	}
	site := o.s.internalSite(o.Class + ".applyGradients")
	make1 := func() *engine.Tensor {
		init := o.s.E.NewTensor(value.Shape, value.DType, site)
		v, _ := o.s.E.MakeVariable(init, false, "", value.DType, site)
		return v
	}
	if tidyEach {
		var v *engine.Tensor
		_, _ = o.s.E.Tidy("", func() ([]*engine.Tensor, error) {
			v = make1()
			return nil, nil
		})
		o.slots[i][k] = v
	} else {
		o.slots[i][k] = make1()
	}
	return o.slots[i][k]
}

// update assigns a fresh value to v, as `v.assign(expr)` in a tidy does.
func (o *Optimizer) update(v *engine.Tensor) error {
	nv := o.s.E.NewTensor(v.Shape, v.DType, o.s.internalSite(o.Class+".applyGradients"))
	return o.s.E.Assign(v, nv)
}

// applyGradients is the class's applyGradients on an ordered gradient list.
func (o *Optimizer) applyGradients(grads []namedGrad) error {
	if o.disposed && (o.c != nil && o.c.IsDisposed()) {
		return engine.Errorf(engine.ValueError, "Tensor is disposed.")
	}
	var err error
	switch o.Class {
	case "AdamOptimizer", "AdamaxOptimizer":
		_, err = o.s.E.Tidy("", func() ([]*engine.Tensor, error) {
			return nil, o.applyAdamLike(grads)
		})
	default:
		err = o.applyEach(grads)
	}
	if err != nil {
		return err
	}
	o.iterations++
	return nil
}

func (o *Optimizer) variable(name string) (*engine.Tensor, error) {
	v := o.s.E.Variable(name)
	if v == nil {
		return nil, engine.Errorf(engine.TypeError, "Cannot read properties of undefined (reading 'assign'): no variable named %s", name)
	}
	return v, nil
}

// applyEach is SGD, Momentum, Adagrad, Adadelta and RMSProp: per variable,
// slots first, then one tidy that assigns the new values.
func (o *Optimizer) applyEach(grads []namedGrad) error {
	for i, g := range grads {
		value := o.s.E.Variable(g.name)
		if o.Class != "SGDOptimizer" {
			if value == nil {
				return engine.Errorf(engine.TypeError, "Cannot read properties of undefined (reading 'shape')")
			}
			for k := range o.slotKinds() {
				if o.Class == "RMSPropOptimizer" && k == 2 && !o.centered {
					continue
				}
				o.slot(i, k, value, true)
			}
		}
		if g.grad == nil {
			continue
		}
		if value == nil {
			return engine.Errorf(engine.TypeError, "Cannot read properties of undefined (reading 'assign')")
		}
		_, err := o.s.E.Tidy("", func() ([]*engine.Tensor, error) {
			for k := range o.slotKinds() {
				if err := o.update(o.slots[i][k]); err != nil {
					return nil, err
				}
			}
			return nil, o.update(value)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// applyAdamLike is Adam and Adamax: one tidy around every variable, slot
// variables made inside it, then the beta accumulators advance.
func (o *Optimizer) applyAdamLike(grads []namedGrad) error {
	site := o.s.internalSite(o.Class + ".applyGradients")
	o.s.E.NewTensor([]int{}, engine.Float32, site) // oneMinusAccBeta1
	if o.Class == "AdamOptimizer" {
		o.s.E.NewTensor([]int{}, engine.Float32, site) // oneMinusAccBeta2
	}
	for i, g := range grads {
		value := o.s.E.Variable(g.name)
		if value == nil {
			return engine.Errorf(engine.TypeError, "Cannot read properties of undefined (reading 'shape')")
		}
		o.slot(i, 0, value, o.Class == "AdamOptimizer")
		o.slot(i, 1, value, o.Class == "AdamOptimizer")
		if g.grad == nil {
			continue
		}
		for k := range 2 {
			if err := o.update(o.slots[i][k]); err != nil {
				return err
			}
		}
		if err := o.update(value); err != nil {
			return err
		}
	}
	if o.iteration != nil {
		if err := o.update(o.iteration); err != nil {
			return err
		}
	}
	if err := o.update(o.accBeta1); err != nil {
		return err
	}
	if o.accBeta2 != nil {
		return o.update(o.accBeta2)
	}
	return nil
}

// dispose is the class's dispose().
// tensors passes every tensor the optimizer holds: its scalars and state
// variables and the slot variables of each trained variable.
func (o *Optimizer) tensors(add func(*engine.Tensor)) {
	for _, t := range []*engine.Tensor{o.c, o.accBeta1, o.accBeta2, o.iteration} {
		if t != nil {
			add(t)
		}
	}
	for _, row := range o.slots {
		for _, v := range row {
			if v != nil {
				add(v)
			}
		}
	}
}

func (o *Optimizer) dispose() {
	owned := []*engine.Tensor{o.c, o.m, o.accBeta1, o.accBeta2, o.iteration}
	if o.Class == "MomentumOptimizer" {
		owned[0] = nil // MomentumOptimizer.dispose does not dispose SGD's scalar
	}
	for _, t := range owned {
		if t != nil {
			o.s.E.Dispose(t)
		}
	}
	for _, row := range o.slots {
		for _, v := range row {
			if v != nil {
				o.s.E.Dispose(v)
			}
		}
	}
	o.disposed = true
}
