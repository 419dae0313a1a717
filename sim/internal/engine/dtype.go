package engine

import "fmt"

// DType is a tfjs data type.
type DType uint8

const (
	Float32 DType = iota
	Int32
	Bool
	Complex64
	String
)

var dtypeNames = [...]string{Float32: "float32", Int32: "int32", Bool: "bool", Complex64: "complex64", String: "string"}

func (d DType) String() string {
	if int(d) < len(dtypeNames) {
		return dtypeNames[d]
	}
	return fmt.Sprintf("DType(%d)", d)
}

// ParseDType reads a tfjs dtype name.
func ParseDType(s string) (DType, bool) {
	for i, n := range dtypeNames {
		if n == s {
			return DType(i), true
		}
	}
	return Float32, false
}

// BytesPerElement is tfjs's util.bytesPerElement; strings have no fixed size.
func (d DType) BytesPerElement() int {
	switch d {
	case Float32, Int32:
		return 4
	case Complex64:
		return 8
	case Bool:
		return 1
	}
	return 0
}

// Upcast is tfjs's upcastType: the dtype of an op on a and b.
func Upcast(a, b DType) (DType, error) {
	if a == String || b == String {
		if a == b {
			return String, nil
		}
		return Float32, fmt.Errorf("Can not upcast %s with %s", a, b)
	}
	switch {
	case a == Complex64 || b == Complex64:
		return Complex64, nil
	case a == Float32 || b == Float32:
		return Float32, nil
	case a == Int32 || b == Int32:
		return Int32, nil
	}
	return Bool, nil
}

// SumOutType is the dtype of a sum over a tensor of dtype d (bool sums to int32).
func SumOutType(d DType) DType {
	t, _ := Upcast(d, Int32)
	return t
}
