//go:build !linux

package perceptron

// hugeSlice returns a zeroed slice of n T's; only Linux gets huge pages.
func hugeSlice[T any](owner *Model, n int) []T { return make([]T, n) }
