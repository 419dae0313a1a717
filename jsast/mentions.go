package jsast

import "bytes"

// MentionsAny reports src containing one of words: a lexical pre-check
// before a walk of the tree.
func MentionsAny(src []byte, words ...string) bool {
	for _, w := range words {
		if bytes.Contains(src, []byte(w)) {
			return true
		}
	}
	return false
}
