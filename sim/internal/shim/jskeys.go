package shim

import (
	"slices"
	"strconv"
)

// isArrayIndexName reports a property name JavaScript orders as an integer.
func isArrayIndexName(s string) bool {
	if s == "" || len(s) > 1 && s[0] == '0' {
		return false
	}
	n, err := strconv.ParseUint(s, 10, 32)
	return err == nil && n < 1<<32-1
}

func sortByIndex(gs []namedGrad) {
	slices.SortStableFunc(gs, func(a, b namedGrad) int {
		x, _ := strconv.Atoi(a.name)
		y, _ := strconv.Atoi(b.name)
		return x - y
	})
}
