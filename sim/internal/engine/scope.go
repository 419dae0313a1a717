package engine

// scope is one tidy/startScope frame.
type scope struct {
	id    int
	name  string
	track []*Tensor
}

// StartScope is engine.startScope.
func (e *Engine) StartScope(name string) {
	e.scopes = append(e.scopes, &scope{id: e.nextScopeID, name: name})
	e.nextScopeID++
}

// EndScope is engine.endScope: dispose what the scope tracked except kept
// tensors and result, then track result in the parent scope when it was
// made in this one. It does nothing without an open scope.
func (e *Engine) EndScope(result []*Tensor) {
	n := len(e.scopes)
	if n == 0 {
		return
	}
	s := e.scopes[n-1]
	keepIDs := make(map[int]bool, len(result))
	for _, t := range result {
		keepIDs[t.ID] = true
	}
	for _, t := range s.track {
		if !t.kept && !keepIDs[t.ID] {
			e.Dispose(t)
		}
	}
	e.scopes = e.scopes[:n-1]
	for _, t := range result {
		if !t.kept && t.scopeID == s.id {
			e.track(t)
		}
	}
}

// ScopeDepth is the number of open scopes.
func (e *Engine) ScopeDepth() int { return len(e.scopes) }

// Tidy runs fn in a scope and keeps the tensors it returns, as tf.tidy.
// The scope ends even when fn fails.
func (e *Engine) Tidy(name string, fn func() ([]*Tensor, error)) ([]*Tensor, error) {
	e.StartScope(name)
	res, err := fn()
	if err != nil {
		e.EndScope(nil)
		return nil, err
	}
	e.EndScope(res)
	return res, nil
}
