package rules

import "fmt"

// Closest returns the rule ID nearest to id by edit distance, for "did you
// mean" hints. Ties go to the rule listed first in the catalog.
func Closest(id string) string { return closest(id, catalogIDs) }

// UnknownRuleError is the error for a rule ID that is not in the catalog, as
// written in config, directives or CLI flags.
func UnknownRuleError(id string) error {
	return fmt.Errorf("unknown rule %q; did you mean %q?", id, Closest(id))
}

func closest(s string, candidates []string) string {
	best, bestDist := "", -1
	for _, c := range candidates {
		if d := levenshtein(s, c); bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// levenshtein counts single-rune insertions, deletions and substitutions.
func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Nearest returns the candidate nearest to s by edit distance and that
// distance, for "did you mean" hints about other names (commands, keys).
func Nearest(s string, candidates []string) (string, int) {
	best := closest(s, candidates)
	return best, levenshtein(s, best)
}
