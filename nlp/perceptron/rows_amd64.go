package perceptron

import "golang.org/x/sys/cpu"

// vectorRows reports whether addRows sums with AVX2 (sum32).
var vectorRows = cpu.X86.HasAVX2

// sum32 adds, for each of the n offsets at offs, the 32 16-bit lanes that
// start at word rows[off+word] to out (rows_amd64.s). The caller keeps
// every read inside the rows slice.
//
//go:noescape
func sum32(rows *uint64, offs *uint32, n int, word int, out *[32]uint32)

// addRowsVector is addRows with AVX2: thirty-two classes of every row at a
// time, each 16-bit weight widened to a 32-bit lane of a vector sum (five
// instructions for sixteen classes of a row, against some twenty of the
// 64-bit words). fill pads rows with a block, so that a row's last
// thirty-two classes may end past the row.
func (m *Model) addRowsVector(offs []uint32, acc *[accClasses]int32) {
	bias := int64(len(offs)) * 32768
	var out [32]uint32
	for x := 0; x < m.rowWords; x += 8 {
		sum32(&m.rows[0], &offs[0], len(offs), m.maskWords+x, &out)
		c := acc[4*x&(accClasses-1):][:32]
		n := min(32, 4*(m.rowWords-x))
		for i, v := range out[:n] {
			c[i] += int32(int64(v) - bias)
		}
	}
}
