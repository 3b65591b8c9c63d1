//go:build !amd64

package perceptron

// vectorRows reports whether addRows has a vector form: not on this
// architecture.
var vectorRows = false

func (m *Model) addRowsVector(offs []uint32, acc *[accClasses]int32) {}
