package rules

import (
	"encoding/json"
	"fmt"
)

// FixKind says what kind of fix a rule offers. Only SafeFix edits are applied
// by --fix; suggestions appear in LSP code actions and --diff.
type FixKind int

const (
	NoFix FixKind = iota
	SafeFix
	Suggestion
)

var fixKindNames = [...]string{"none", "fix", "suggestion"}

func (k FixKind) String() string {
	if k < NoFix || k > Suggestion {
		return fmt.Sprintf("FixKind(%d)", int(k))
	}
	return fixKindNames[k]
}

func (k FixKind) MarshalJSON() ([]byte, error) { return json.Marshal(k.String()) }
