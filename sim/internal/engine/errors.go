package engine

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ErrorKind classifies the errors tfjs throws.
type ErrorKind uint8

const (
	ValueError ErrorKind = iota // wrong arguments
	ShapeError                  // incompatible shapes: the shape-mismatch rule
	TypeError
	NotImplemented // real tfjs does it, the simulator does not
)

// Error is an error tfjs would throw, with its message.
type Error struct {
	Kind ErrorKind
	Msg  string
}

func (e *Error) Error() string { return e.Msg }

// Errorf makes an *Error.
func Errorf(kind ErrorKind, format string, args ...any) *Error {
	return &Error{Kind: kind, Msg: fmt.Sprintf(format, args...)}
}

// Unknown is a dimension tfjs-layers shapes hold as null.
const Unknown = math.MinInt32

// FormatShape prints a shape as tfjs messages do ("2,3"; null for unknown dims).
func FormatShape(s []int) string {
	parts := make([]string, len(s))
	for i, d := range s {
		if d == Unknown {
			parts[i] = "null"
		} else {
			parts[i] = strconv.Itoa(d)
		}
	}
	return strings.Join(parts, ",")
}
